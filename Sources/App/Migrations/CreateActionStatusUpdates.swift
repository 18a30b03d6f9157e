import Fluent

/// How actions from a meeting went, added after it (issue 12, follow-through).
struct CreateActionStatusUpdates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ActionStatusUpdate.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RecordEntry.schema, "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("note", .string)
            .field("by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex(on: ActionStatusUpdate.schema, columns: ["entry_id", "at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionStatusUpdate.schema).delete()
    }
}
