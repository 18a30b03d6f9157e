import Fluent

/// Sharing a meeting: its invitation texts, personal links, the outbox, and the calendar
/// sequence number that tells calendars an event has changed.
struct CreateInvitations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Meeting.schema)
            .field("calendar_sequence", .int, .required, .sql(.default(0)))
            .update()
        try await database.schema(Meeting.schema)
            .field("shared_at", .datetime)
            .update()
        try await database.schema(InvitationText.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("language", .string, .required)
            .field("body", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "meeting_id", "language")
            .create()
        try await database.schema(ParticipantLink.schema)
            .id()
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("last_used_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        // Every email carries a fresh link (only hashes are kept, so an old one cannot be
        // sent again); all of a person's links work until the meeting's follow-up ends.
        try await database.createIndex(on: ParticipantLink.schema, columns: ["participant_id"])
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .references(Meeting.schema, "id", onDelete: .setNull))
            .field("to_email", .string, .required)
            .field("to_name", .string, .required)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("calendar", .string)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime)
            .create()
        try await database.createIndex(on: OutboxMessage.schema, columns: ["status", "next_attempt_at"])
        try await database.createIndex(on: OutboxMessage.schema, columns: ["school_id", "created_at"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).delete()
        try await database.schema(ParticipantLink.schema).delete()
        try await database.schema(InvitationText.schema).delete()
        try await database.schema(Meeting.schema).deleteField("shared_at").update()
        try await database.schema(Meeting.schema).deleteField("calendar_sequence").update()
    }
}
