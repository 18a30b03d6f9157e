import Fluent

/// Participants' own words before the meeting: the voice form, how they want to take part,
/// and agenda items they add (remembered as theirs).
struct AddParticipantVoice: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ParticipantVoice.schema)
            .id()
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("going_well", .string)
            .field("worries", .string)
            .field("hopes", .string)
            .field("talk_about", .string)
            .field("know_beforehand", .string)
            .field("face", .int)
            .field("updated_at", .datetime)
            .unique(on: "participant_id")
            .create()
        try await database.schema(ParticipantReply.schema).field("contribution", .string).update()
        try await database.schema(AgendaItem.schema)
            .field(
                "proposed_by_participant_id", .uuid,
                .references(MeetingParticipant.schema, "id", onDelete: .setNull)
            )
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgendaItem.schema).deleteField("proposed_by_participant_id").update()
        try await database.schema(ParticipantReply.schema).deleteField("contribution").update()
        try await database.schema(ParticipantVoice.schema).delete()
    }
}
