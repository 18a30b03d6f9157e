import Fluent

/// When each term was first saved, so a mistake can be put right for a week before the term
/// settles (Core `SchoolTerm.correctionDays`). Terms saved before this have none: settled.
struct AddSchoolTermSavedAt: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SchoolTermRecord.schema).field("saved_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SchoolTermRecord.schema).deleteField("saved_at").update()
    }
}
