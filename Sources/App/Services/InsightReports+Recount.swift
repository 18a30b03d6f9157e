import Foundation
import RoundtableCore
import SQLKit

extension InsightReports {
    /// Counts every stored report that is due (`InsightRecount.isDue`: asked for and never
    /// counted, or counted a while ago in a period that can still change), each claimed first by
    /// one conditional update so that several processes on one database never count the same
    /// one at once. Returns how many were counted.
    @discardableResult
    static func recountDue(
        now: Date, timeZone: TimeZone, every interval: TimeInterval, on db: any SQLDatabase
    ) async throws -> Int {
        struct Row: Decodable {
            var id: UUID
            var key: String
            var organisation_id: UUID
            var school_id: UUID?
            var period: String
            var period_end: String
            var counted_at: Date?
        }
        let today = SchoolDay(now, in: timeZone)
        let cutoff = now.addingTimeInterval(-interval)
        let rows = try await db.select()
            .columns("id", "key", "organisation_id", "school_id", "period", "period_end", "counted_at")
            .from(table)
            .where { $0.where("counted_at", .is, SQLLiteral.null).orWhere("counted_at", .lessThanOrEqual, cutoff) }
            .all(decoding: Row.self)
        var counted = 0
        for row in rows {
            guard let end = SchoolDay(iso: row.period_end),
                InsightRecount.isDue(
                    countedAt: row.counted_at, periodEnd: end, now: now, today: today, every: interval),
                let period = try? JSONDecoder().decode(InsightPeriod.self, from: Data(row.period.utf8))
            else { continue }
            struct Claimed: Decodable { var id: UUID }
            let claimed = try await db.raw(
                """
                UPDATE insight_reports SET claimed_until = \(bind: now.addingTimeInterval(30 * 60))
                WHERE id = \(bind: row.id) AND (counted_at IS NULL OR counted_at <= \(bind: cutoff))
                AND (claimed_until IS NULL OR claimed_until < \(bind: now)) RETURNING id
                """
            ).first(decoding: Claimed.self)
            guard claimed != nil else { continue }
            let schools =
                if let school = row.school_id { [school] } else {
                    try await db.select().column("id").from(School.schema)
                        .where("organisation_id", .equal, row.organisation_id)
                        .all(decoding: IDRow.self).map(\.id)
                }
            let report = try await count(schools: schools, period: period, now: now, timeZone: timeZone, on: db)
            try await store(
                report, key: row.key, organisation: row.organisation_id, school: row.school_id, countedAt: now, on: db)
            counted += 1
        }
        return counted
    }

    private struct IDRow: Decodable { var id: UUID }
}
