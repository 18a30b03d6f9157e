import Foundation
import RoundtableCore
import SQLKit

/// Insight's figures, stored once counted (`InsightRecount` says why and when they are counted
/// again). A page reads one row; the counting itself (`InsightRead` and Core's
/// `InsightReport.make`) runs when a school's period is first asked for, in the worker for the
/// whole organisation's, and then on the schedule.
enum InsightReports {
    struct Stored: Sendable {
        var report: InsightReport
        var countedAt: Date
    }

    static let table = "insight_reports"

    /// The stored figures for a place and period; the first time, a school's are counted now
    /// and the organisation's are asked of the worker (nil: being counted).
    static func report(
        organisation: UUID, school: UUID?, schools: [UUID], period: InsightPeriod, now: Date, timeZone: TimeZone,
        on db: any SQLDatabase
    ) async throws -> Stored? {
        let key = InsightRecount.key(school: school, organisation: organisation, period: period)
        struct Row: Decodable {
            var report: String?
            var counted_at: Date?
        }
        let row = try await db.select().columns("report", "counted_at").from(table).where("key", .equal, key)
            .first(decoding: Row.self)
        // A report stored by an older version that no longer reads is counted again.
        if let row, let json = row.report, let countedAt = row.counted_at,
            let report = try? JSONDecoder().decode(InsightReport.self, from: Data(json.utf8))
        {
            return Stored(report: report, countedAt: countedAt)
        }
        if InsightRecount.countsInBackground(school: school) {
            if row == nil {
                try await ask(key: key, organisation: organisation, school: school, period: period, on: db)
            } else if row?.report != nil {
                // Stored by a version whose report no longer reads: asked for again, even once
                // the period is final.
                try await db.update(table).set("counted_at", to: SQLLiteral.null).where("key", .equal, key).run()
            }
            return nil
        }
        let report = try await count(schools: schools, period: period, now: now, timeZone: timeZone, on: db)
        try await store(report, key: key, organisation: organisation, school: school, countedAt: now, on: db)
        return Stored(report: report, countedAt: now)
    }

    static func count(
        schools: [UUID], period: InsightPeriod, now: Date, timeZone: TimeZone, on db: any SQLDatabase
    ) async throws -> InsightReport {
        // On SQLite, school by school: a whole district's year in one statement held the event
        // loop's only connection for more than ten seconds, and a page waiting for it failed
        // (docs/BENCHMARKS.md); a school's statements take well under a second, so pages get
        // their turn in between. PostgreSQL answers pages on other connections meanwhile, and
        // there one statement for every school measured twice as fast as fifty.
        let batches = db.dialect.name == "sqlite" ? schools.map { [$0] } : [schools]
        var meetings: [InsightMeeting] = []
        for batch in batches {
            meetings += try await InsightRead.meetings(schools: batch, interval: period.interval(in: timeZone), on: db)
        }
        return InsightReport.make(meetings, period: period, timeZone: timeZone, today: SchoolDay(now, in: timeZone))
    }

    /// A row with no figures yet, for the worker; one asking at the same time as another adds nothing.
    static func ask(
        key: String, organisation: UUID, school: UUID?, period: InsightPeriod, on db: any SQLDatabase
    ) async throws {
        try await db.insert(into: table)
            .columns("id", "key", "organisation_id", "school_id", "period", "period_end")
            .values(
                SQLBind(UUID()), SQLBind(key), SQLBind(organisation), SQLBind(school), SQLBind(try json(period)),
                SQLBind(period.days.upperBound.description)
            )
            .ignoringConflicts(with: ["key"])
            .run()
    }

    /// One statement: a new row, or the row for the same place and period replaced and its
    /// claim let go.
    static func store(
        _ report: InsightReport, key: String, organisation: UUID, school: UUID?, countedAt: Date,
        on db: any SQLDatabase
    ) async throws {
        try await db.insert(into: table)
            .columns(
                "id", "key", "organisation_id", "school_id", "period", "period_end", "report", "counted_at",
                "claimed_until"
            )
            .values(
                SQLBind(UUID()), SQLBind(key), SQLBind(organisation), SQLBind(school), SQLBind(try json(report.period)),
                SQLBind(report.period.days.upperBound.description), SQLBind(try json(report)), SQLBind(countedAt),
                SQLLiteral.null
            )
            .onConflict(with: ["key"]) {
                try $0.set(excludedValueOf: "report").set(excludedValueOf: "counted_at")
                    .set(excludedValueOf: "period").set(excludedValueOf: "period_end")
                    .set(excludedValueOf: "claimed_until")
            }
            .run()
    }

    private static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
    }
}
