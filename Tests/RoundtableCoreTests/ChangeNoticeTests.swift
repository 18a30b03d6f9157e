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
