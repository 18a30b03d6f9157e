import Fluent

struct CreateMeetingChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingChangeRecord.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex(on: MeetingChangeRecord.schema, columns: ["meeting_id", "at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingChangeRecord.schema).delete()
    }
}
