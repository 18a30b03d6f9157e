import Fluent

struct CreateUser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("school_id", .uuid, .references(School.schema, "id"))
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("password_hash", .string)
            .field("role", .string, .required)
            .field("is_active", .bool, .required)
            .field("last_sign_in_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "email")
            .create()
        try await database.createIndex(on: User.schema, columns: ["school_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
