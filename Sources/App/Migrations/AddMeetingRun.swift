import Fluent

/// Running a meeting: when it started and closed, a revision the shared screen follows, the
/// follow-up it came from, each agenda item's progress, who took part, and the meeting's log.
struct AddMeetingRun: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // SQLite adds one column per ALTER TABLE, so one update per column.
        try await database.schema(Meeting.schema).field("started_at", .datetime).update()
        try await database.schema(Meeting.schema).field("closed_at", .datetime).update()
        try await database.schema(Meeting.schema)
            .field("run_revision", .int, .required, .sql(.default(0))).update()
        try await database.schema(Meeting.schema)
            .field("follow_up_of_id", .uuid, .references(Meeting.schema, "id", onDelete: .setNull)).update()
        try await database.schema(AgendaItem.schema)
            .field("run_state", .string, .required, .sql(.default("waiting"))).update()
        try await database.schema(AgendaItem.schema)
            .field("extra_minutes", .int, .required, .sql(.default(0))).update()
        try await database.schema(AgendaItem.schema).field("started_at", .datetime).update()
        try await database.schema(MeetingParticipant.schema).field("presence", .string).update()
        try await database.schema(MeetingParticipant.schema).field("interpreter_used", .string).update()
        try await database.schema(MeetingRunEvent.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("sentence", .string, .required)
            .create()
        try await database.createIndex(on: MeetingRunEvent.schema, columns: ["meeting_id", "at"])
        try await database.createIndex(on: Meeting.schema, columns: ["follow_up_of_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingRunEvent.schema).delete()
        // SQLite will not drop an indexed column.
        try await database.sql().drop(index: "idx_meetings_follow_up_of_id").run()
        for field in ["interpreter_used", "presence"] {
            try await database.schema(MeetingParticipant.schema).deleteField(.string(field)).update()
        }
        for field in ["started_at", "extra_minutes", "run_state"] {
            try await database.schema(AgendaItem.schema).deleteField(.string(field)).update()
        }
        for field in ["follow_up_of_id", "run_revision", "closed_at", "started_at"] {
            try await database.schema(Meeting.schema).deleteField(.string(field)).update()
        }
    }
}
