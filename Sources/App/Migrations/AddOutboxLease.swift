import Fluent

/// Claims on outbox messages that run out, so a message whose sender died mid-send is sent
/// by another process instead of staying "sending" for good.
struct AddOutboxLease: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one at a time.
        try await database.schema(OutboxMessage.schema).field("claimed_until", .datetime).update()
        try await database.schema(OutboxMessage.schema).field("claimed_by", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).deleteField("claimed_by").update()
        try await database.schema(OutboxMessage.schema).deleteField("claimed_until").update()
    }
}
