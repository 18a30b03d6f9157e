import Fluent

/// Participants answer from their page, in the language they chose there.
struct CreateParticipantReplies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ParticipantReply.schema)
            .id()
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("attendance", .string, .required)
            .field("suitable_times", .string)
            .field("interpreter_language", .string)
            .field("access_needs", .string)
            .field("preferred_mode", .string)
            .field("note", .string)
            .field("updated_at", .datetime)
            .unique(on: "participant_id")
            .create()
        try await database.schema(ParticipantLink.schema).field("language", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ParticipantLink.schema).deleteField("language").update()
        try await database.schema(ParticipantReply.schema).delete()
    }
}
