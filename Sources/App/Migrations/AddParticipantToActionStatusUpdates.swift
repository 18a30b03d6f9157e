import Fluent

/// A family member or the student may mark their own action done from their link: the line
/// then says which participant, not which member of staff.
struct AddParticipantToActionStatusUpdates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ActionStatusUpdate.schema)
            .field("by_participant_id", .uuid, .references(MeetingParticipant.schema, "id", onDelete: .setNull))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionStatusUpdate.schema).deleteField("by_participant_id").update()
    }
}
