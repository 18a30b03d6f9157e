import Fluent

/// What each member of staff does (teacher, counsellor, ...), alongside their access role.
struct AddJobRoleToUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("job_role", .string, .required, .sql(.default("other")))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("job_role").update()
    }
}
