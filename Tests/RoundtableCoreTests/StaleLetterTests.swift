import Foundation
import Testing

@testable import RoundtableCore

@Suite("A letter that still states the old time or place")
struct StaleLetterTests {
    static let london = TimeZone(identifier: "Europe/London")!
    /// Tuesday 4 March 2031, 16:30 to 17:10 in London (GMT then), in the Library.
    static var plan: InvitationCheck.PlanNow {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = london
        let start = calendar.date(from: DateComponents(year: 2031, month: 3, day: 4, hour: 16, minute: 30))!
        return InvitationCheck.PlanNow(
            startsAt: start, lengthMinutes: 40, placeName: "Library", otherPlaces: ["Room 4", "Family room"],
            timeZone: london)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var letter: String
        var stale: [String]
        var testDescription: String { letter }
    }

    static let cases: [Case] = [
        Case(letter: "We will meet at 15:45 in the Library.", stale: ["15:45"]),
        Case(letter: "We will meet at 3:45 pm.", stale: ["3:45 pm"]),
        Case(letter: "Come at 3.45pm, please.", stale: ["3.45pm"]),
        Case(letter: "Come at 4 pm.", stale: ["4 pm"]),
        Case(letter: "We will meet at 16:30 until 17:10.", stale: []),
        Case(letter: "We will meet at 4:30 pm and finish by 5.10pm.", stale: []),
        Case(letter: "See you at 4.30 on Tuesday 4 March.", stale: []),
        Case(letter: "See you on Wednesday 5 March at 4.30.", stale: ["Wednesday", "5 March"]),
        Case(letter: "See you on March 11th.", stale: ["March 11th"]),
        Case(letter: "We will meet in Room 4, at 4:30 pm.", stale: ["Room 4"]),
        Case(letter: "A 15-minute break, in Year 7, costs £1.50 at 2031 prices.", stale: []),
        Case(letter: "Come at 15:45. Yes, 15:45.", stale: ["15:45"]),
    ]

    @Test("Old times, dates, weekdays and rooms are found; the plan's own are not", arguments: cases)
    func stale(_ test: Case) {
        #expect(InvitationCheck.staleDetails(in: test.letter, plan: Self.plan) == test.stale)
    }
}
