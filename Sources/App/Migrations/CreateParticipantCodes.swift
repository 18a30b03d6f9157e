import Fluent

/// The optional email code before a participant's page shows anything: the school's choice,
/// the codes sent (hashed), and the browsers that gave the right one (hashed tokens).
struct CreateParticipantCodes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(School.schema)
            .field("participant_code_required", .bool, .required, .sql(.default(false)))
            .update()
        try await database.schema(ParticipantCodeRecord.schema)
            .id()
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("code_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("attempts", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.createIndex(on: ParticipantCodeRecord.schema, columns: ["participant_id", "created_at"])
        try await database.schema(TrustedBrowser.schema)
            .id()
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "participant_id", "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(TrustedBrowser.schema).delete()
        try await database.schema(ParticipantCodeRecord.schema).delete()
        try await database.schema(School.schema).deleteField("participant_code_required").update()
    }
}
