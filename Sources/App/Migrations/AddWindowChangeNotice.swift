import Fluent

/// A participant's part of the meeting that moved after sharing waits here to be told to them
/// (and only them) in the next change notice.
struct AddWindowChangeNotice: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingParticipant.schema).field("window_changed_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingParticipant.schema).deleteField("window_changed_at").update()
    }
}
