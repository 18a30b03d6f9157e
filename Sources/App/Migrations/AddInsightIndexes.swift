import Fluent
import SQLKit

/// Indexes Insight's count needs at an organisation's size (docs/BENCHMARKS.md): without them
/// each meeting's alerts and request were found by reading the whole table, and a school's
/// period by reading every meeting of the organisation.
struct AddInsightIndexes: AsyncMigration {
    static let indexes: [(String, [String])] = [
        (FeedbackAlert.schema, ["meeting_id"]),
        (MeetingRequest.schema, ["meeting_id"]),
        (Meeting.schema, ["school_id", "started_at"]),
    ]

    func prepare(on database: any Database) async throws {
        for (table, columns) in Self.indexes { try await database.createIndex(on: table, columns: columns) }
    }

    func revert(on database: any Database) async throws {
        for (table, columns) in Self.indexes {
            try await database.sql().drop(index: "idx_\(table)_\(columns.joined(separator: "_"))").run()
        }
    }
}
