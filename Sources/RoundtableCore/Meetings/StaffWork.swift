import Foundation

/// What counts as work that needs a member of staff now: the rules behind the staff home page
/// and the count beside "Home" in the navigation, so the two (and any later digest) cannot
/// disagree about what is due, what is overdue or which meeting still needs preparing.
public enum StaffWork {
    /// How far ahead the home page looks: meetings this week, actions and reviews due within it.
    public static let daysAhead = 7

    /// The latest due day that counts as "due soon": `daysAhead` days after today in the
    /// school's time zone, as due dates are kept (midnight UTC of the day). An action or a
    /// review dated on or before it is due soon or overdue.
    public static func dueHorizon(now: Date, timeZone: TimeZone) -> Date {
        let today = dayStamp(of: now, in: timeZone)
        return utc.date(byAdding: .day, value: daysAhead, to: today) ?? today
    }

    /// Open and dated no later than `dueHorizon`.
    public static func isDueSoon(due: Date?, now: Date, timeZone: TimeZone) -> Bool {
        guard let due else { return false }
        return due <= dueHorizon(now: now, timeZone: timeZone)
    }

    /// A goal's review has come: its day is today or has passed, in the school's time zone.
    public static func isReviewDue(due: Date?, now: Date, timeZone: TimeZone) -> Bool {
        guard let due else { return false }
        return due <= dayStamp(of: now, in: timeZone)
    }

    /// A goal's review day has passed with nobody saying how it went.
    public static func isReviewLate(due: Date?, now: Date, timeZone: TimeZone) -> Bool {
        // The same day rule as an action: still waiting after the end of its day.
        ActionStatus.isOverdue(status: .open, due: due, now: now, timeZone: timeZone)
    }

    /// A meeting the person leads that people have been invited to, starting within the
    /// week, with preparation steps still to tick (as on the meeting's page): how many of how
    /// many are done, or `nil` when it does not need preparing now.
    public static func preparationLeft(
        state: MeetingState, startsAt: Date?, urgency: Urgency, preparationDone: [String], now: Date
    ) -> (done: Int, of: Int)? {
        // The meeting page offers preparation until the meeting starts; only an invited,
        // not yet started meeting is "to prepare" (a draft is still being planned).
        guard MeetingLifecycle(state).allows(.start), let startsAt, startsAt >= now,
            startsAt.timeIntervalSince(now) <= Double(daysAhead) * 86_400
        else { return nil }
        let steps = PreparationStep.steps(for: urgency)
        let done = steps.filter { preparationDone.contains($0.rawValue) }.count
        return done < steps.count ? (done, steps.count) : nil
    }

    /// The start of today and of the day `daysAhead` days later in the school's time zone:
    /// the home page lists meetings starting in between, today's apart.
    public static func week(now: Date, timeZone: TimeZone) -> (today: Date, tomorrow: Date, end: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        let tomorrow = calendar.date(byAdding: .day, value: 1, to: today) ?? today
        let end = calendar.date(byAdding: .day, value: daysAhead, to: today) ?? today
        return (today, tomorrow, end)
    }

    /// What the count beside "Home" says to someone who cannot see it.
    public static func countText(_ count: Int) -> String {
        count == 1 ? "1 thing needs you" : "\(count) things need you"
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Today in the school's time zone, as a due date is stored: that day at midnight UTC.
    /// Also the "today" a new due or review date is checked against: in the evening west of
    /// UTC (or the morning east of it) the UTC date is not the school's.
    public static func dayStamp(of now: Date, in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: now)
        return utc.date(from: day) ?? now
    }
}
