import Fluent
import RoundtableCore

/// How the meeting felt (issue 14): one answer per participant per meeting, changeable for a
/// week (`FeedbackRule`). The unique participant makes a double or parallel first submit
/// write one row.
struct CreateFeedbackAnswers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        var schema = database.schema(FeedbackAnswer.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("scale", .string, .required)
        for question in FeedbackQuestion.allCases { schema = schema.field(.string(question.field), .int) }
        try await schema
            .field("better", .string)
            .field("totals_only", .bool, .required)
            .field("saves", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "participant_id")
            .create()
        try await database.createIndex(on: FeedbackAnswer.schema, columns: ["meeting_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackAnswer.schema).delete()
    }
}
