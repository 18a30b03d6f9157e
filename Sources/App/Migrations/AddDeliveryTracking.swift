import Fluent

/// What the meeting page needs to say how each person was reached: which participant an email
/// is for, when a link was last handed over another way (and how many times, so two presses
/// at once make one link), when they were last reminded to reply (so a double press sends one
/// email), and which links were handed over (nobody emailed them, so no emailed code is asked).
struct AddDeliveryTracking: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        try await database.schema(OutboxMessage.schema).field("participant_id", .uuid).update()
        try await database.schema(MeetingParticipant.schema).field("handed_at", .datetime).update()
        try await database.schema(MeetingParticipant.schema)
            .field("handed_count", .int, .required, .sql(.default(0))).update()
        try await database.schema(MeetingParticipant.schema).field("reminded_at", .datetime).update()
        try await database.schema(ParticipantLink.schema)
            .field("handed", .bool, .required, .sql(.default(false))).update()
        try await database.createIndex(on: OutboxMessage.schema, columns: ["participant_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "idx_\(OutboxMessage.schema)_participant_id").run()
        try await database.schema(ParticipantLink.schema).deleteField("handed").update()
        try await database.schema(MeetingParticipant.schema).deleteField("reminded_at").update()
        try await database.schema(MeetingParticipant.schema).deleteField("handed_count").update()
        try await database.schema(MeetingParticipant.schema).deleteField("handed_at").update()
        try await database.schema(OutboxMessage.schema).deleteField("participant_id").update()
    }
}
