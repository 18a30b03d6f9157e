import Fluent

/// Someone the family brings may come for part of the meeting too, kept as a participant's
/// part is: minutes from the start when they join and leave; both empty, the whole meeting.
struct AddGuestWindows: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(CreateMeetingGuests.schema).field("joins_at_minute", .int).update()
        try await database.schema(CreateMeetingGuests.schema).field("leaves_at_minute", .int).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CreateMeetingGuests.schema).deleteField("joins_at_minute").update()
        try await database.schema(CreateMeetingGuests.schema).deleteField("leaves_at_minute").update()
    }
}
