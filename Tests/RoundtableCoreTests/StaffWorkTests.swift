import Foundation
import Testing

@testable import RoundtableCore

@Suite("What needs a member of staff")
struct StaffWorkTests {
    static let london = TimeZone(identifier: "Europe/London")!
    static let tokyo = TimeZone(identifier: "Asia/Tokyo")!
    /// 11 March 2031, 23:30 UTC: still the 11th in London, already the 12th in Tokyo.
    static let lateEvening = Date(timeIntervalSince1970: 1_930_953_600 + 23.5 * 3600)
    static func day(_ n: Int) -> Date { Date(timeIntervalSince1970: 1_930_953_600 + Double(n) * 86_400) }

    @Test("Due soon reaches seven days after today in the school's time zone, and includes what is overdue")
    func dueSoon() {
        let now = Self.lateEvening
        #expect(StaffWork.dueHorizon(now: now, timeZone: Self.london) == Self.day(7))
        #expect(StaffWork.dueHorizon(now: now, timeZone: Self.tokyo) == Self.day(8))
        #expect(StaffWork.isDueSoon(due: Self.day(-30), now: now, timeZone: Self.london))
        #expect(StaffWork.isDueSoon(due: Self.day(7), now: now, timeZone: Self.london))
        #expect(!StaffWork.isDueSoon(due: Self.day(8), now: now, timeZone: Self.london))
        #expect(!StaffWork.isDueSoon(due: nil, now: now, timeZone: Self.london))
    }

    @Test("A review is due on its day and late the day after")
    func reviews() {
        let now = Self.lateEvening
        #expect(StaffWork.isReviewDue(due: Self.day(0), now: now, timeZone: Self.london))
        #expect(!StaffWork.isReviewLate(due: Self.day(0), now: now, timeZone: Self.london))
        #expect(!StaffWork.isReviewDue(due: Self.day(1), now: now, timeZone: Self.london))
        #expect(StaffWork.isReviewDue(due: Self.day(1), now: now, timeZone: Self.tokyo))
        #expect(StaffWork.isReviewLate(due: Self.day(-1), now: now, timeZone: Self.london))
    }

    @Test(
        "A shared or ready meeting within the week with steps left needs preparing; a draft or a finished list does not"
    )
    func preparation() {
        let now = Self.day(0)
        let soon = now.addingTimeInterval(3 * 86_400)
        let all = PreparationStep.steps(for: .routine).map(\.rawValue)
        let left = StaffWork.preparationLeft(
            state: .shared, startsAt: soon, urgency: .routine, preparationDone: [all[0]], now: now)
        #expect(left?.done == 1)
        #expect(left?.of == all.count)
        #expect(
            StaffWork.preparationLeft(state: .ready, startsAt: soon, urgency: .routine, preparationDone: [], now: now)
                != nil)
        #expect(
            StaffWork.preparationLeft(state: .draft, startsAt: soon, urgency: .routine, preparationDone: [], now: now)
                == nil)
        #expect(
            StaffWork.preparationLeft(state: .shared, startsAt: soon, urgency: .routine, preparationDone: all, now: now)
                == nil)
        #expect(
            StaffWork.preparationLeft(
                state: .shared, startsAt: now.addingTimeInterval(8 * 86_400), urgency: .routine, preparationDone: [],
                now: now) == nil)
        #expect(
            StaffWork.preparationLeft(
                state: .shared, startsAt: now.addingTimeInterval(-60), urgency: .routine, preparationDone: [], now: now)
                == nil)
    }

    @Test("The count says how many things in words")
    func countText() {
        #expect(StaffWork.countText(1) == "1 thing needs you")
        #expect(StaffWork.countText(3) == "3 things need you")
    }
}
