import Fluent

struct CreateCalendarFeeds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CalendarFeed.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex(on: CalendarFeed.schema, columns: ["user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CalendarFeed.schema).delete()
    }
}
