import Fluent

struct CreateRosterImportJob: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RosterImportJob.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id"))
            .field("created_by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("file_name", .string, .required)
            .field("status", .string, .required)
            .field("phase", .string, .required)
            .field("dry_run", .bool, .required)
            .field("skip_invalid", .bool, .required)
            .field("summary", .string)
            .field("failure", .string)
            .field("created_at", .datetime)
            .field("finished_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RosterImportJob.schema).delete()
    }
}
