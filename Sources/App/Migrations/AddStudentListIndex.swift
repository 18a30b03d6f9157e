import Fluent

/// The student list filters on school and activity, sorts by name and searches the folded
/// name: one index serves the filter, the order, the count and the search, so a
/// 60,000-student school is neither sorted nor read row by row on every page.
struct AddStudentListIndex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex(
            on: Student.schema,
            columns: ["school_id", "is_active", "legal_family_name", "legal_given_name", "search_name"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(
            index: "idx_students_school_id_is_active_legal_family_name_legal_given_name_search_name"
        )
        .run()
    }
}
