import Fluent

struct CreateSession: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SignedInSession.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex(on: SignedInSession.schema, columns: ["user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignedInSession.schema).delete()
    }
}
