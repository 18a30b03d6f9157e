import Fluent
import SQLKit

/// Stored Insight figures (`InsightReports`): one row per place and period, the period and the
/// report as JSON (both counts empty while a first count is waiting for the worker), when it
/// was counted, and until when a process has claimed its count.
struct CreateInsightReports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("insight_reports")
            .id()
            .field("key", .string, .required)
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id", onDelete: .cascade))
            .field("school_id", .uuid, .references(School.schema, "id", onDelete: .cascade))
            .field("period", .string, .required)
            .field("period_end", .string, .required)
            .field("report", .string)
            .field("counted_at", .datetime)
            .field("claimed_until", .datetime)
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("insight_reports").delete()
    }
}
