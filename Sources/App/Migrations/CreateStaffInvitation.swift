import Fluent

struct CreateStaffInvitation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffInvitation.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .field("invited_by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex(on: StaffInvitation.schema, columns: ["user_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffInvitation.schema).delete()
    }
}
