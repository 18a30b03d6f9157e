import Foundation
import Testing

@testable import RoundtableCore

@Suite("Clashes between meetings")
struct BookingTests {
    static let base = Date(timeIntervalSince1970: 1_800_000_000)
    static let room = UUID()
    static let otherRoom = UUID()
    static let lead = UUID()
    static let colleague = UUID()

    /// This meeting: minute 0 to minute 45, in `room`, led by `lead`.
    static let meeting = Booking(
        meetingID: UUID(), state: .shared, startsAt: base, lengthMinutes: 45, spaceID: room, staffIDs: [lead])

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var startMinute: Double
        var length: Int
        var state: MeetingState = .shared
        var space: UUID?
        var staff: Set<UUID> = []
        var clashes: Bool
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "same room, same time", startMinute: 0, length: 45, space: room, clashes: true),
        Case(name: "same room, starts inside", startMinute: 30, length: 30, space: room, clashes: true),
        Case(name: "same room, covers it", startMinute: -30, length: 120, space: room, clashes: true),
        Case(name: "same room, ends inside", startMinute: -20, length: 21, space: room, clashes: true),
        Case(name: "same room, ends as it starts", startMinute: -30, length: 30, space: room, clashes: false),
        Case(name: "same room, starts as it ends", startMinute: 45, length: 30, space: room, clashes: false),
        Case(name: "same room, cancelled", startMinute: 0, length: 45, state: .cancelled, space: room, clashes: false),
        Case(name: "same room, a draft", startMinute: 10, length: 20, state: .draft, space: room, clashes: true),
        Case(name: "same room, held", startMinute: 10, length: 20, state: .closed, space: room, clashes: true),
        Case(name: "another room, nobody shared", startMinute: 0, length: 45, space: otherRoom, clashes: false),
        Case(
            name: "another room, the same lead", startMinute: 0, length: 45, space: otherRoom, staff: [lead],
            clashes: true),
        Case(name: "no room, the same lead", startMinute: 40, length: 10, staff: [lead, colleague], clashes: true),
        Case(name: "no room, someone else", startMinute: 0, length: 45, staff: [colleague], clashes: false),
        Case(name: "the same lead, an hour later", startMinute: 60, length: 30, staff: [lead], clashes: false),
    ]

    @Test("Overlap is half-open; a cancelled meeting holds nothing", arguments: cases)
    func clash(_ test: Case) {
        let other = Booking(
            meetingID: UUID(), state: test.state, startsAt: Self.base.addingTimeInterval(test.startMinute * 60),
            lengthMinutes: test.length, spaceID: test.space, staffIDs: test.staff)
        let found = Bookings.clashes(of: Self.meeting, with: [other])
        #expect(found.isEmpty == !test.clashes)
        if let clash = found.first {
            #expect(clash.sameRoom == (test.space == Self.room))
            #expect(clash.sharedStaff == test.staff.intersection([Self.lead]))
        }
    }

    @Test("A meeting never clashes with itself, and a cancelled one with nothing")
    func selfAndCancelled() {
        #expect(Bookings.clashes(of: Self.meeting, with: [Self.meeting]).isEmpty)
        var cancelled = Self.meeting
        cancelled.state = .cancelled
        var other = Self.meeting
        other.meetingID = UUID()
        #expect(Bookings.clashes(of: cancelled, with: [other]).isEmpty)
        #expect(Bookings.clashes(of: Self.meeting, with: [other]).count == 1)
    }

    @Test("Rooms taken during a meeting, whatever the room this meeting has now")
    func roomsTaken() {
        let early = Booking(
            meetingID: UUID(), state: .ready, startsAt: Self.base.addingTimeInterval(-600), lengthMinutes: 20,
            spaceID: Self.otherRoom)
        let later = Booking(
            meetingID: UUID(), state: .draft, startsAt: Self.base.addingTimeInterval(1200), lengthMinutes: 20,
            spaceID: Self.otherRoom)
        let after = Booking(
            meetingID: UUID(), state: .draft, startsAt: Self.base.addingTimeInterval(45 * 60), lengthMinutes: 20,
            spaceID: Self.room)
        let taken = Bookings.roomsTaken(during: Self.meeting, by: [later, after, early, Self.meeting])
        #expect(taken[Self.otherRoom]?.map(\.meetingID) == [early.meetingID, later.meetingID])
        #expect(taken[Self.room] == nil)
    }

    @Test("Moving an agenda item to a place counted from 1")
    func move() {
        let (a, b, c) = (UUID(), UUID(), UUID())
        #expect(AgendaOrder.move(c, to: 1, in: [a, b, c]) == [c, a, b])
        #expect(AgendaOrder.move(a, to: 3, in: [a, b, c]) == [b, c, a])
        #expect(AgendaOrder.move(b, to: 2, in: [a, b, c]) == [a, b, c])
        #expect(AgendaOrder.move(b, to: 0, in: [a, b, c]) == nil)
        #expect(AgendaOrder.move(b, to: 4, in: [a, b, c]) == nil)
        #expect(AgendaOrder.move(UUID(), to: 1, in: [a, b, c]) == nil)
    }

    @Test("Changing an agenda item: its words, minutes and a place on the list")
    func editForm() throws {
        let good = AgendaItemEditForm(item: .init(title: " Reading ", minutes: "15", notes: ""), position: "2")
        let checked = try good.check(count: 3).get()
        #expect(checked.item.title == "Reading" && checked.item.minutes == 15 && checked.position == 2)
        let bad = AgendaItemEditForm(item: .init(title: "", minutes: "0", notes: ""), position: "4")
        guard case .failure(let box) = bad.check(count: 3) else {
            Issue.record("accepted")
            return
        }
        #expect(box.errors["title"] != nil && box.errors["minutes"] != nil)
        #expect(box.errors["position"] == "Choose a place from 1 to 3")
    }
}
