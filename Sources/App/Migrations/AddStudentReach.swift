import Fluent
import SQLKit

/// What widens a member of staff's view of students: the year groups a head of year leads,
/// and each school's choice of which job roles see more.
struct AddStudentReach: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .field("year_groups_led", .array(of: .int))
            .update()
        // SQLite adds one column per ALTER TABLE, so one update per column.
        try await database.schema(School.schema)
            .field("head_of_year_sees_year_group", .bool, .required, .sql(.default(true)))
            .update()
        try await database.schema(School.schema)
            .field("sen_coordinator_sees_special_needs", .bool, .required, .sql(.default(true)))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(School.schema).deleteField("head_of_year_sees_year_group").update()
        try await database.schema(School.schema).deleteField("sen_coordinator_sees_special_needs").update()
        try await database.schema(User.schema).deleteField("year_groups_led").update()
    }
}
