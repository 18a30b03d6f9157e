import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension SeatingPage {
    /// After the access check, two queries: the people (`MeetingPeopleRead`) and the
    /// meeting's room.
    static func read(
        _ context: MeetingContext, notice: SiteRoute.Notice?, on db: any SQLDatabase
    ) async throws
        -> SeatingPage
    {
        let meeting = context.meeting
        let meetingID = try meeting.requireID()
        let people = try await MeetingPeopleRead.read(meetingID, for: context.viewer, on: db)
        let seating = Meetings.seatingPeople(people)
        let order = SeatingPlan.reconcile(saved: meeting.seating, with: seating)
        let labels = Meetings.seatLabels(people)
        struct RoomRow: Decodable {
            var name: String
            var table_shape: TableShape
            var capacity: Int
        }
        let room = try await db.raw(
            """
            SELECT sp.name, sp.table_shape, sp.capacity FROM meetings m JOIN spaces sp ON sp.id = m.space_id
            WHERE m.id = \(bind: meetingID)
            """
        ).first(decoding: RoomRow.self)
        return SeatingPage(
            meetingID: MeetingID(meetingID), studentNames: context.students.map(\.displayName),
            seats: order.compactMap { labels[$0] }, isSuggested: order == SeatingPlan.arrange(seating),
            room: room.map { Room(name: $0.name, table: $0.table_shape, capacity: $0.capacity) },
            mayChange: context.mayChange, notice: notice)
    }
}

extension Meetings {
    /// Participants as the seating plan sees them (those shown to participants), with a seat
    /// for an interpreter beside each person who needs one.
    static func seatingPeople(_ people: [MeetingPeopleRead.Row]) -> [SeatingPlan.Person] {
        var seats: [SeatingPlan.Person] = []
        for person in people where ContactRule.shownToParticipants(person.contact) {
            let id = person.id
            seats.append(SeatingPlan.Person(id: id, kind: person.kind, isParent: person.is_parent))
            if person.interpreterNeeded != nil {
                seats.append(SeatingPlan.Person(id: interpreterSeat(for: id), kind: .staff, helps: id))
            }
        }
        return seats
    }

    /// A stable id for the interpreter's seat beside `id`, so a saved plan keeps it.
    static func interpreterSeat(for id: UUID) -> UUID {
        var bytes = id.uuid
        bytes.15 ^= 0xFF
        bytes.14 ^= 0xA5
        return UUID(uuid: bytes)
    }

    /// The words on each seat: name and role.
    static func seatLabels(_ people: [MeetingPeopleRead.Row]) -> [UUID: SeatingPage.Seat] {
        var labels: [UUID: SeatingPage.Seat] = [:]
        for person in people where ContactRule.shownToParticipants(person.contact) {
            let id = person.id
            labels[id] = SeatingPage.Seat(id: id, name: person.name, role: person.role.lowercased(), kind: person.kind)
            if let language = person.interpreterNeeded {
                let seat = interpreterSeat(for: id)
                labels[seat] = SeatingPage.Seat(
                    id: seat, name: "Interpreter for \(person.name)", role: LanguageName.of(language), kind: .staff)
            }
        }
        return labels
    }
}
