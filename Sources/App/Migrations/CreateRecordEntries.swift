import Fluent

/// What a meeting records: notes, decisions, goals, actions and parked topics, each labelled
/// shared or staff only, and every change made after closing with its reason.
struct CreateRecordEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RecordEntry.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("agenda_item_id", .uuid, .references(AgendaItem.schema, "id", onDelete: .setNull))
            .field("kind", .string, .required)
            .field("label", .string, .required)
            .field("author_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("text", .string, .required)
            .field("reason", .string)
            .field("agreement", .string)
            .field("imposed_by", .string)
            .field("measure", .string)
            .field("target", .string)
            .field("owners", .string)
            .field("owner_kind", .string)
            .field("date", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema(RecordRevision.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RecordEntry.schema, "id", onDelete: .cascade))
            .field("changed_by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("changed_at", .datetime, .required)
            .field("reason", .string, .required)
            .field("before", .string, .required)
            .create()
        try await database.createIndex(on: RecordEntry.schema, columns: ["meeting_id", "created_at"])
        try await database.createIndex(on: RecordRevision.schema, columns: ["entry_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecordRevision.schema).delete()
        try await database.schema(RecordEntry.schema).delete()
    }
}
