import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The other meetings of the school booked at an overlapping time, for the meeting page and for
/// choosing a room. One query: the meeting itself (for its staff) and every meeting of the
/// school starting within `Bookings.lookBack` before it and its end, each with its students
/// (for the viewer's right to see them) and its staff; Core says what clashes.
struct BookingClashRead {
    /// Clashes over this meeting's own room or staff.
    var clashes: [MeetingClash]
    /// For each room, the other meetings that hold it at the time.
    var roomsTaken: [UUID: [MeetingClash]]

    static let none = BookingClashRead(clashes: [], roomsTaken: [:])

    struct Row: Decodable {
        var id: UUID
        var type: MeetingType
        var state: MeetingState
        var starts_at: Date?
        var length_minutes: Int
        var space_id: UUID?
        var space_name: String?
        var lead_id: UUID?
        var lead_name: String?
        var created_by_id: UUID
        /// "student" or "staff"; nil for a meeting with neither.
        var kind: String?
        var ref_id: UUID?
        var user_name: String?
        var preferred_name: String?
        var legal_given_name: String?
        var legal_family_name: String?
        var student_school_id: UUID?
        var year_group: Int?
        var has_special_needs: Bool?
        var is_linked: Bool?
    }

    /// No query for a meeting without a time.
    static func read(
        _ meeting: Meeting, for staff: StaffContext, on db: any SQLDatabase
    ) async throws
        -> BookingClashRead
    {
        guard let startsAt = meeting.startsAt else { return .none }
        let meetingID = try meeting.requireID()
        let viewerID = try staff.user.requireID()
        let end = startsAt.addingTimeInterval(TimeInterval(meeting.lengthMinutes * 60))
        let rows = try await db.raw(
            """
            SELECT m.id, m.type, m.state, m.starts_at, m.length_minutes, m.space_id, sp.name AS space_name,
                m.lead_id, ul.name AS lead_name, m.created_by_id, x.kind, x.ref_id, u.name AS user_name,
                st.preferred_name, st.legal_given_name, st.legal_family_name, st.school_id AS student_school_id,
                st.year_group, st.has_special_needs,
                EXISTS (SELECT 1 FROM staff_student_links l WHERE l.student_id = st.id
                    AND l.user_id = \(bind: viewerID)) AS is_linked
            FROM meetings m
            LEFT JOIN spaces sp ON sp.id = m.space_id
            LEFT JOIN users ul ON ul.id = m.lead_id
            LEFT JOIN (
                SELECT meeting_id, 'student' AS kind, student_id AS ref_id FROM meeting_students
                UNION ALL
                SELECT meeting_id, 'staff' AS kind, user_id AS ref_id FROM meeting_participants
                    WHERE user_id IS NOT NULL
            ) x ON x.meeting_id = m.id
            LEFT JOIN students st ON x.kind = 'student' AND st.id = x.ref_id
            LEFT JOIN users u ON x.kind = 'staff' AND u.id = x.ref_id
            WHERE m.school_id = \(bind: meeting.$school.id)
                AND (m.id = \(bind: meetingID)
                    OR (m.starts_at > \(bind: startsAt.addingTimeInterval(-Bookings.lookBack))
                        AND m.starts_at < \(bind: end)))
            ORDER BY m.starts_at, m.id, st.legal_family_name, st.legal_given_name
            """
        ).all(decoding: Row.self)
        return assemble(rows, meeting: meeting, startsAt: startsAt, staff: staff)
    }

    /// One meeting's rows gathered.
    private struct Gathered {
        var first: Row
        var staff: [UUID: String] = [:]
        var students: [Row] = []
    }

    private static func assemble(
        _ rows: [Row], meeting: Meeting, startsAt: Date, staff: StaffContext
    )
        -> BookingClashRead
    {
        var order: [UUID] = []
        var gathered: [UUID: Gathered] = [:]
        for row in rows {
            if gathered[row.id] == nil {
                order.append(row.id)
                gathered[row.id] = Gathered(first: row)
                if let lead = row.lead_id { gathered[row.id]?.staff[lead] = row.lead_name ?? "" }
            }
            switch row.kind {
            case "staff": if let user = row.ref_id { gathered[row.id]?.staff[user] = row.user_name ?? "" }
            case "student": gathered[row.id]?.students.append(row)
            default: break
            }
        }
        func booking(_ meetingGroup: Gathered) -> Booking? {
            guard let start = meetingGroup.first.starts_at else { return nil }
            return Booking(
                meetingID: meetingGroup.first.id, state: meetingGroup.first.state, startsAt: start,
                lengthMinutes: meetingGroup.first.length_minutes, spaceID: meetingGroup.first.space_id,
                staffIDs: Set(meetingGroup.staff.keys))
        }
        guard let meetingID = meeting.id else { return .none }
        let own = Booking(
            meetingID: meetingID, state: meeting.state, startsAt: startsAt, lengthMinutes: meeting.lengthMinutes,
            spaceID: meeting.$space.id, staffIDs: Set(gathered[meetingID].map { Array($0.staff.keys) } ?? []))
        let others = order.filter { $0 != meetingID }.compactMap { gathered[$0].flatMap(booking) }
        let scope = StudentDirectory.scope(for: staff)
        let organisationID = meeting.organisationID ?? staff.actor.organisationID

        /// The other meeting as this viewer may be told of it: its subject only if they may open it.
        func view(_ other: Booking, room: String?, staffIDs: Set<UUID>) -> MeetingClash {
            let group = gathered[other.meetingID]!
            let seesAll = group.students.allSatisfy { student in
                guard let school = student.student_school_id, let year = student.year_group else { return false }
                return scope.includes(
                    StudentFacts(
                        schoolID: school, organisationID: organisationID, yearGroup: year,
                        hasSpecialNeeds: student.has_special_needs ?? false),
                    isLinked: student.is_linked ?? false)
            }
            let ref = MeetingRef(
                school: SchoolRef(id: meeting.$school.id, organisationID: organisationID),
                createdBy: group.first.created_by_id, leadID: group.first.lead_id)
            // Among its staff: the lead counts too, as `isOwnerOrLead` lets them in anyway.
            let maySee = AccessPolicy.allows(
                staff.actor,
                .viewMeeting(ref, seesAllStudents: seesAll, takesPart: group.staff[staff.actor.userID] != nil))
            let names = group.students.compactMap { student -> String? in
                guard let given = student.legal_given_name, let family = student.legal_family_name else { return nil }
                return "\(student.preferred_name ?? given) \(family)"
            }
            let subject =
                names.isEmpty ? group.first.type.label : "\(group.first.type.label): \(names.joined(separator: ", "))"
            return MeetingClash(
                startsAt: other.startsAt, endsAt: other.endsAt, subject: maySee ? subject : nil, room: room,
                staffNames: staffIDs.subtracting([staff.actor.userID]).compactMap { group.staff[$0] }.sorted(),
                includesYou: staffIDs.contains(staff.actor.userID))
        }
        let clashes = Bookings.clashes(of: own, with: others).map { clash in
            view(
                clash.other, room: clash.sameRoom ? gathered[clash.other.meetingID]?.first.space_name : nil,
                staffIDs: clash.sharedStaff)
        }
        let taken = Bookings.roomsTaken(during: own, by: others).mapValues { bookings in
            bookings.map { view($0, room: gathered[$0.meetingID]?.first.space_name, staffIDs: []) }
        }
        return BookingClashRead(clashes: clashes, roomsTaken: taken)
    }

}
