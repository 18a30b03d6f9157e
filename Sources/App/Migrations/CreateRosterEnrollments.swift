import Fluent

/// Class lists as the last roster left them, so that a delta export (which names only the
/// enrollments that changed) can tell which teachers a new pupil's class already has.
struct CreateRosterEnrollments: AsyncMigration {
    static let schema = "roster_enrollments"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id", onDelete: .cascade))
            .field("class_sourced_id", .string, .required)
            .field("user_sourced_id", .string, .required)
            .field("role", .string, .required)
            .unique(on: "school_id", "class_sourced_id", "user_sourced_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
