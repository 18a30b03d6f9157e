import Foundation
import Testing

@testable import RoundtableCore

@Suite("Changes collect into one notice")
struct ChangeNoticeTests {
    let last = Date(timeIntervalSince1970: 1_900_000_000)

    @Test("It goes 15 minutes after the last change, not before")
    func quiet() {
        #expect(!ChangeNotice.isDue(lastChange: last, state: .shared, now: last.addingTimeInterval(14 * 60)))
        #expect(ChangeNotice.isDue(lastChange: last, state: .shared, now: last.addingTimeInterval(15 * 60)))
        #expect(!ChangeNotice.isDue(lastChange: nil, state: .shared, now: last.addingTimeInterval(3600)))
    }

    @Test("Only a shared meeting that has not started tells people", arguments: MeetingState.allCases)
    func states(_ state: MeetingState) {
        let expected = state == .shared || state == .ready
        #expect(ChangeNotice.isDue(lastChange: last, state: state, now: last.addingTimeInterval(3600)) == expected)
    }
}

@Suite("A change to someone's part of the meeting is told to them")
struct WindowChangeNoticeTests {
    let last = Date(timeIntervalSince1970: 1_900_000_000)

    @Test("Told only after sharing, before the start, and only when the part moved")
    func tells() {
        let first20 = PartWindow(from: 0, until: 20)
        #expect(ChangeNotice.tellsWindowChange(before: nil, after: first20, state: .shared))
        #expect(ChangeNotice.tellsWindowChange(before: first20, after: nil, state: .ready))
        #expect(ChangeNotice.tellsWindowChange(before: first20, after: PartWindow(from: 10, until: 30), state: .shared))
        #expect(!ChangeNotice.tellsWindowChange(before: first20, after: first20, state: .shared))
        #expect(!ChangeNotice.tellsWindowChange(before: nil, after: first20, state: .draft))
        #expect(!ChangeNotice.tellsWindowChange(before: nil, after: first20, state: .inProgress))
        #expect(!ChangeNotice.tellsWindowChange(before: nil, after: first20, state: .cancelled))
    }

    @Test("The notice waits for the latest change, of the plan or of a part")
    func lastChange() {
        let later = last.addingTimeInterval(300)
        #expect(ChangeNotice.lastChange(plan: last, windows: [nil, later]) == later)
        #expect(ChangeNotice.lastChange(plan: later, windows: [last]) == later)
        #expect(ChangeNotice.lastChange(plan: nil, windows: [nil]) == nil)
    }

    @Test("A moved part alone is told to that person; a changed plan to everyone")
    func who() {
        let people = ["amira", "senco", "student"]
        #expect(ChangeNotice.told(planChanged: false, windowChanged: ["senco"], among: people) == ["senco"])
        #expect(ChangeNotice.told(planChanged: true, windowChanged: ["senco"], among: people) == people)
        #expect(ChangeNotice.told(planChanged: false, windowChanged: Set<String>(), among: people).isEmpty)
    }
}
