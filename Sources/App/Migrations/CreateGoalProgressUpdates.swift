import Fluent

/// How a goal is going, added after the meeting (issue 12): status, a note, the value seen and
/// the next review, by a member of staff or (a note only) by a participant from their link.
struct CreateGoalProgressUpdates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GoalProgressUpdate.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RecordEntry.schema, "id", onDelete: .cascade))
            .field("status", .string, .required)
            .field("note", .string)
            .field("observed", .string)
            .field("next_review", .datetime)
            .field("by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("by_participant_id", .uuid, .references(MeetingParticipant.schema, "id", onDelete: .setNull))
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex(on: GoalProgressUpdate.schema, columns: ["entry_id", "at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(GoalProgressUpdate.schema).delete()
    }
}
