import Fluent
import SQLKit

/// Alerts that lead to action (issue 14): one open alert per participant of a meeting (a
/// partial unique index, so parallel saves make one), closed with what the lead did. The
/// reasons hold the question and why, never the participant's own words.
struct CreateFeedbackAlerts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FeedbackAlert.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("owner_id", .uuid, .required, .references(User.schema, "id"))
            .field("reasons", .string, .required)
            .field("raised_at", .datetime, .required)
            .field("closed_at", .datetime)
            .field("closed_by_id", .uuid, .references(User.schema, "id"))
            .field("action", .string)
            .field("action_note", .string)
            .create()
        let sql = try database.sql()
        try await sql.raw(
            """
            CREATE UNIQUE INDEX idx_feedback_alerts_open ON feedback_alerts (meeting_id, participant_id)
            WHERE closed_at IS NULL
            """
        ).run()
        try await database.createIndex(on: FeedbackAlert.schema, columns: ["owner_id", "closed_at"])
        try await database.createIndex(on: FeedbackAlert.schema, columns: ["school_id", "closed_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FeedbackAlert.schema).delete()
    }
}

/// The school's alert thresholds (`FeedbackAlerts.Thresholds`), the numbers by default.
struct AddFeedbackThresholds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(School.schema)
            .field("feedback_low_score", .int, .required, .sql(.default(5))).update()
        try await database.schema(School.schema).field("feedback_drop", .int, .required, .sql(.default(2))).update()
        try await database.schema(School.schema)
            .field("feedback_low_face", .int, .required, .sql(.default(2))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(School.schema).deleteField("feedback_low_face").update()
        try await database.schema(School.schema).deleteField("feedback_drop").update()
        try await database.schema(School.schema).deleteField("feedback_low_score").update()
    }
}
