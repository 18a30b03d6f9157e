import Fluent

struct CreateInstallation: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Installation.schema)
            .field("id", .int, .identifier(auto: false))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("completed_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Installation.schema).delete()
    }
}
