import Foundation

/// When stored Insight figures are counted again. Counting a whole organisation's year reads
/// every meeting in it, so the figures are stored and served from the store; they are counted
/// again on a schedule kept in the database (each report's time of counting), which a restart
/// picks up where it left off. A period stays open to recounting while its meetings can still
/// change: summaries answered, actions done and feedback given come weeks after a meeting.
public enum InsightRecount {
    /// A whole organisation's period is counted by the worker, never while someone waits: at a
    /// district's size it reads hundreds of thousands of meetings (docs/BENCHMARKS.md). A
    /// school's is counted at once the first time.
    public static func countsInBackground(school: UUID?) -> Bool { school == nil }

    /// Days after a period ends during which its figures can still move.
    public static let settlingDays = 90

    /// Whether figures counted at `countedAt` for a period ending on `periodEnd` are due to be
    /// counted again.
    /// Never counted (asked for, waiting): always due.
    public static func isDue(
        countedAt: Date?, periodEnd: SchoolDay, now: Date, today: SchoolDay, every interval: TimeInterval
    ) -> Bool {
        guard let countedAt else { return true }
        guard now.timeIntervalSince(countedAt) >= interval else { return false }
        return stillSettling(periodEnd: periodEnd, today: today)
    }

    /// Whether a period ending on `periodEnd` can still change on `today`.
    public static func stillSettling(periodEnd: SchoolDay, today: SchoolDay) -> Bool {
        var day = periodEnd
        for _ in 0..<settlingDays {
            if day >= today { return true }
            day = day.next
        }
        return day >= today
    }

    /// The stored figures' name: the place (a school, or the organisation as a whole) and the
    /// period's first day and kind, so a term whose dates are corrected is counted afresh.
    public static func key(school: UUID?, organisation: UUID, period: InsightPeriod) -> String {
        let place =
            school.map { "school:\($0.uuidString.lowercased())" }
            ?? "organisation:\(organisation.uuidString.lowercased())"
        return "\(place):\(period.kind.rawValue):\(period.days.lowerBound):\(period.days.upperBound)"
    }
}
