import Fluent

struct CreateMeetingViews: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingView.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("viewed_at", .datetime, .required)
            .unique(on: "meeting_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingView.schema).delete()
    }
}
