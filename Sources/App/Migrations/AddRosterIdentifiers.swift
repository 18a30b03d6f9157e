import Fluent

/// What a roster import needs to recognise people and places again next time.
struct AddRosterIdentifiers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE, so one update per column.
        try await database.schema(School.schema).field("sourced_id", .string).update()
        try await database.schema(User.schema).field("sourced_id", .string).update()
        try await database.schema(FamilyMember.schema)
            .field("is_active", .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FamilyMember.schema).deleteField("is_active").update()
        try await database.schema(User.schema).deleteField("sourced_id").update()
        try await database.schema(School.schema).deleteField("sourced_id").update()
    }
}
