import Fluent

/// Browsers staff have signed in from, so that others' wrong passwords never make them wait.
struct CreateKnownBrowsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(KnownBrowser.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(KnownBrowser.schema).delete()
    }
}
