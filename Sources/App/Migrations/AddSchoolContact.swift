import Fluent

/// The school's address and phone number, shown on every family's page so that someone holding
/// only a link handed over by text message still knows where to go and whom to call.
struct AddSchoolContact: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(School.schema).field("address", .string).update()
        try await database.schema(School.schema).field("phone", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(School.schema).deleteField("phone").update()
        try await database.schema(School.schema).deleteField("address").update()
    }
}
