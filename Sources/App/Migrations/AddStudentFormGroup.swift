import Fluent

/// Two "Ellery, Charlie, Year 7" are told apart by their form (tutor group) and date of
/// birth: the form group, as the school names it ("7A", "7 Oak"), typed or imported.
struct AddStudentFormGroup: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Student.schema).field("form_group", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Student.schema).deleteField("form_group").update()
    }
}
