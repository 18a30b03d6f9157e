import Fluent

/// Changes to a shared meeting wait to be told in one notice: the time of the last one.
struct AddPendingChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Meeting.schema).field("changes_pending_at", .datetime).update()
        try await database.createIndex(on: Meeting.schema, columns: ["changes_pending_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "idx_meetings_changes_pending_at").run()
        try await database.schema(Meeting.schema).deleteField("changes_pending_at").update()
    }
}
