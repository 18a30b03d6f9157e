import Foundation
import Testing

@testable import RoundtableCore

@Suite("Running the agenda")
struct AgendaRunTests {
    static func run() -> AgendaRun {
        AgendaRun(items: [
            RunItem(title: "How the term has gone", plannedMinutes: 10),
            RunItem(title: "Reading at home", plannedMinutes: 15),
            RunItem(title: "Lunchtimes", plannedMinutes: 10),
            RunItem(title: "Next steps", plannedMinutes: 5),
        ])
    }

    @Test("Starting an item closes the one before and says so")
    func start() throws {
        var run = Self.run()
        let ids = run.items.map(\.id)
        #expect(run.next?.title == "How the term has gone")
        let first = try run.start(ids[0])
        #expect(first == [RunEvent(kind: .started, title: "How the term has gone", minutes: 10)])
        #expect(first[0].sentence == "Started “How the term has gone”, with 10 minutes planned")
        #expect(try run.start(ids[0]).isEmpty)
        let second = try run.start(ids[1])
        #expect(second.map(\.kind) == [.finished, .started])
        #expect(run.items.map(\.state) == [.done, .current, .waiting, .waiting])
        #expect(run.next?.title == "Lunchtimes")
        #expect(throws: RunRefusal.alreadyDone) { try run.start(ids[0]) }
        #expect(throws: RunRefusal.notFound) { try run.start(UUID()) }
        #expect(run.finish() == [RunEvent(kind: .finished, title: "Reading at home")])
        #expect(run.finish().isEmpty)
        #expect(run.current == nil)
    }

    @Test("Done, next item moves on once; a stale second tap changes nothing")
    func moveOn() throws {
        var run = Self.run()
        let ids = run.items.map(\.id)
        _ = try run.start(ids[0])
        let events = try run.moveOn(from: ids[0])
        #expect(events.map(\.kind) == [.finished, .started])
        #expect(run.items.map(\.state) == [.done, .current, .waiting, .waiting])
        // The same button pressed again on an old page must not finish "Reading at home".
        #expect(throws: RunRefusal.notCurrent) { try run.moveOn(from: ids[0]) }
        #expect(run.items.map(\.state) == [.done, .current, .waiting, .waiting])
        // Parking the item in hand moves on; parking one still to come does not.
        _ = try run.parkAndMoveOn(ids[1])
        #expect(run.items.map(\.state) == [.done, .parked, .current, .waiting])
        _ = try run.parkAndMoveOn(ids[3])
        #expect(run.items.map(\.state) == [.done, .parked, .current, .parked])
        _ = try run.moveOn(from: ids[2])
        #expect(run.current == nil && run.next == nil)
    }

    @Test("Skipping, parking and picking a parked item up again")
    func skipAndPark() throws {
        var run = Self.run()
        let ids = run.items.map(\.id)
        _ = try run.start(ids[0])
        #expect(try run.park(ids[0]).first?.sentence == "Parked “How the term has gone” to come back to")
        #expect(run.current == nil)
        #expect(try run.park(ids[0]).isEmpty)
        #expect(try run.skip(ids[2]) == [RunEvent(kind: .skipped, title: "Lunchtimes")])
        #expect(
            run.unfinished.map(\.title) == ["How the term has gone", "Reading at home", "Lunchtimes", "Next steps"])
        _ = try run.start(ids[0])
        run.finish()
        #expect(throws: RunRefusal.alreadyDone) { try run.skip(ids[0]) }
        #expect(throws: RunRefusal.alreadyDone) { try run.park(ids[0]) }
        #expect(run.unfinished.map(\.title) == ["Reading at home", "Lunchtimes", "Next steps"])
    }

    @Test("Extending adds time, within bounds, and never to a finished item")
    func extend() throws {
        var run = Self.run()
        let ids = run.items.map(\.id)
        _ = try run.start(ids[1])
        let events = try run.extend(ids[1], by: 5)
        #expect(events.first?.sentence == "Gave “Reading at home” 5 minutes more")
        #expect(try run.extend(ids[1], by: 1).first?.sentence == "Gave “Reading at home” 1 minute more")
        #expect(run.items[1].extraMinutes == 6 && run.items[1].totalMinutes == 21)
        #expect(throws: RunRefusal.minutesOutOfRange) { try run.extend(ids[1], by: 0) }
        #expect(throws: RunRefusal.minutesOutOfRange) { try run.extend(ids[1], by: 31) }
        run.finish()
        #expect(throws: RunRefusal.alreadyDone) { try run.extend(ids[1], by: 5) }
        #expect(run.items[1].extraMinutes == 6)
        #expect(!RunRefusal.alreadyDone.message.isEmpty)
    }

    @Test("Only waiting items move, past finished ones, and not off either end")
    func move() throws {
        var run = Self.run()
        let ids = run.items.map(\.id)
        #expect(try run.move(ids[0], .up).isEmpty)
        #expect(try run.move(ids[3], .down).isEmpty)
        #expect(try run.move(ids[3], .up) == [RunEvent(kind: .movedUp, title: "Next steps")])
        #expect(run.items.map(\.title) == ["How the term has gone", "Reading at home", "Next steps", "Lunchtimes"])
        _ = try run.start(ids[0])
        #expect(throws: RunRefusal.notWaiting) { try run.move(ids[0], .down) }
        #expect(try run.move(ids[1], .up).isEmpty)
        _ = try run.start(ids[1])
        run.finish()
        #expect(try run.move(ids[3], .down).first?.sentence == "Moved “Next steps” later")
        #expect(run.items.map(\.title) == ["How the term has gone", "Reading at home", "Lunchtimes", "Next steps"])
    }

    @Test("A follow-up opens with a look back, carries what was left, and closes with next steps")
    func followUp() throws {
        var run = Self.run()
        let ids = run.items.map(\.id)
        _ = try run.start(ids[0])
        _ = try run.extend(ids[0], by: 10)
        _ = try run.park(ids[0])
        _ = try run.start(ids[1])
        let agenda = FollowUpDraft.agenda(from: run.unfinished)
        #expect(
            agenda.map(\.title) == [
                FollowUpDraft.openingTitle, "How the term has gone", "Reading at home", "Lunchtimes", "Next steps",
                FollowUpDraft.closingTitle,
            ])
        #expect(agenda.map(\.minutes) == [5, 10, 15, 10, 5, 5])
        #expect(agenda[1].notes != nil && agenda[2].notes != nil && agenda[3].notes == nil)
        for item in agenda {
            #expect((try? AgendaItemForm(title: item.title, minutes: String(item.minutes)).check().get()) != nil)
        }
        #expect(FollowUpDraft.agenda(from: []).count == 2)

        let purpose = FollowUpDraft.purpose(preferredName: " Zoë ", topics: ["Reading at home", "Lunchtimes"])
        #expect(purpose.contains("Zoë") && purpose.contains("Reading at home and Lunchtimes"))
        let many = FollowUpDraft.purpose(preferredName: "Noor", topics: ["A", "B", "C", "D", "E"])
        #expect(many.contains("A, B, C and 2 more things"))
        #expect(FollowUpDraft.purpose(preferredName: "Noor", topics: []).hasSuffix("next."))
        var plan = MeetingPlanForm()
        plan.purpose = FollowUpDraft.purpose(
            preferredName: "Noor", topics: Array(repeating: String(repeating: "x", count: 300), count: 9))
        plan.lengthMinutes = "30"
        #expect(throws: Never.self) { try plan.check(now: Date(), timeZone: .gmt).get() }
    }
}

@Suite("The meeting clock")
struct MeetingClockTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    @Test("An item warns in its last two minutes, then says it has run over")
    func item() {
        let clock = MeetingClock(meetingStartedAt: Self.start, boundaryMinutes: 45)
        let calm = clock.item(plannedMinutes: 10, startedAt: Self.start, now: Self.at(7))
        #expect(calm.level == .calm && calm.elapsedSeconds == 420 && calm.plannedSeconds == 600)
        #expect(calm.remainingSeconds == 180)
        let near = clock.item(plannedMinutes: 10, startedAt: Self.start, now: Self.at(8.5))
        #expect(near.level == .nearEnd)
        #expect(near.message == "Two minutes left for this item")
        let extended = clock.item(plannedMinutes: 10, extraMinutes: 5, startedAt: Self.start, now: Self.at(8.5))
        #expect(extended.level == .calm && extended.plannedSeconds == 900)
        let over = clock.item(plannedMinutes: 10, startedAt: Self.start, now: Self.at(11))
        #expect(over.level == .over && over.remainingSeconds == -60)
        #expect(over.message.contains("park"))
        let early = clock.item(plannedMinutes: 10, startedAt: Self.start, now: Self.at(-1))
        #expect(early.elapsedSeconds == 0 && early.level == .calm)
    }

    @Test("A short item warns over its last fifth instead")
    func shortItem() {
        let clock = MeetingClock(meetingStartedAt: Self.start, boundaryMinutes: 45)
        #expect(clock.item(plannedMinutes: 5, startedAt: Self.start, now: Self.at(3.5)).level == .calm)
        let near = clock.item(plannedMinutes: 5, startedAt: Self.start, now: Self.at(4.25))
        #expect(near.level == .nearEnd && near.message == "One minute left for this item")
    }

    @Test("The meeting warns five minutes before its boundary and never stops")
    func meeting() {
        let clock = MeetingClock(meetingStartedAt: Self.start, boundaryMinutes: 45)
        let itemStart = Self.at(30)
        let readings = clock.read(itemMinutes: 10, itemStartedAt: itemStart, now: Self.at(41))
        #expect(readings.meeting.level == .nearEnd && readings.meeting.remainingSeconds == 240)
        #expect(readings.meeting.message.contains("Four minutes") && readings.meeting.message.contains("finish"))
        #expect(readings.item?.level == .over)
        #expect(clock.read(itemMinutes: 0, itemStartedAt: nil, now: Self.at(10)).item == nil)
        #expect(clock.meeting(now: Self.at(39)).level == .calm)
        let over = clock.meeting(now: Self.at(60))
        #expect(over.level == .over && over.remainingSeconds == -900 && over.message.contains("agreed"))
    }
}
