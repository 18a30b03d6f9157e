import Fluent

struct CreateSchool: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(School.schema)
            .id()
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("name", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "organisation_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(School.schema).delete()
    }
}
