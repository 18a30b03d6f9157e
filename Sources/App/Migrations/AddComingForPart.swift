import Fluent

/// Someone who comes for part of the meeting: minutes from the start when they join and
/// leave (issue 13). Both empty: the whole meeting.
struct AddParticipantWindows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(MeetingParticipant.schema).field("joins_at_minute", .int).update()
        try await database.schema(MeetingParticipant.schema).field("leaves_at_minute", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingParticipant.schema).deleteField("joins_at_minute").update()
        try await database.schema(MeetingParticipant.schema).deleteField("leaves_at_minute").update()
    }
}

/// Someone the family brings: a name on the list of who is coming, never a participant with a
/// link (issue 13).
struct CreateMeetingGuests: AsyncMigration {
    static let schema = "meeting_guests"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("relationship", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("added_by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime, .required)
            // A second press of "Add" adds nobody twice.
            .unique(on: "meeting_id", "name")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
