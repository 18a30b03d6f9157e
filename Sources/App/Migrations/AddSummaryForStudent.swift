import Fluent

/// A few lines the school writes for the student after the meeting, in words they understand,
/// per language like the rest of the school's summary words.
struct AddSummaryForStudent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SummaryText.schema).field("for_student", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SummaryText.schema).deleteField("for_student").update()
    }
}
