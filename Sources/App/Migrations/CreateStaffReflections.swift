import Fluent
import RoundtableCore

/// The staff side of how a meeting felt (issue 14): one private reflection per member of staff
/// per meeting. The unique (meeting, author) makes parallel saves write one row.
struct CreateStaffReflections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        var schema = database.schema(StaffReflection.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
        for prompt in StaffReflectionPrompt.allCases { schema = schema.field(.string(prompt.field), .string) }
        for question in FeedbackQuestion.allCases { schema = schema.field(.string(question.field), .int) }
        try await schema
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "meeting_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffReflection.schema).delete()
    }
}
