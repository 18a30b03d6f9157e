import Fluent
import SQLKit

/// The school's texts per language (`MeetingText`). One text per meeting, language and part,
/// and per item for agenda parts: a plain unique index covers the items (item_id set), and a
/// partial one the meeting-wide parts, since NULLs never clash in a unique index.
struct CreateMeetingTexts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingText.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("language", .string, .required)
            .field("part", .string, .required)
            .field("item_id", .uuid, .references(AgendaItem.schema, "id", onDelete: .cascade))
            .field("text", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "meeting_id", "language", "part", "item_id")
            .create()
        try await database.sql().raw(
            """
            CREATE UNIQUE INDEX uq_meeting_texts_meeting_part ON meeting_texts (meeting_id, language, part) \
            WHERE item_id IS NULL
            """
        ).run()
        try await database.createIndex(on: MeetingText.schema, columns: ["item_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingText.schema).delete()
    }
}
