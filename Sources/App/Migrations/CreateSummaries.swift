import Fluent

/// Sharing a meeting's record: what the school writes for each language (what happens next, a
/// translation), each participant's confirmation or comment and the school's answer, when it
/// was shared, and the school's own list of jargon to explain.
struct CreateSummaries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SummaryText.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("language", .string, .required)
            .field("next_steps", .string)
            .field("translation", .string)
            .field("updated_at", .datetime)
            .unique(on: "meeting_id", "language")
            .create()
        try await database.schema(SummaryResponse.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("kind", .string, .required)
            .field("text", .string)
            .field("created_at", .datetime)
            .field("answer", .string)
            .field("answered_at", .datetime)
            .field("answered_by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .create()
        try await database.createIndex(on: SummaryResponse.schema, columns: ["meeting_id", "created_at"])
        try await database.createIndex(on: SummaryResponse.schema, columns: ["participant_id"])
        try await database.schema(Meeting.schema).field("record_shared_at", .datetime).update()
        try await database.schema(School.schema).field("jargon", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(School.schema).deleteField("jargon").update()
        try await database.schema(Meeting.schema).deleteField("record_shared_at").update()
        try await database.schema(SummaryResponse.schema).delete()
        try await database.schema(SummaryText.schema).delete()
    }
}
