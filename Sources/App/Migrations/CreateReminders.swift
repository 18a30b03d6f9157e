import Fluent
import RoundtableCore

/// Reminders (issue 12): the jobs any process may run (`scheduled_jobs`, one row per job with
/// its lease), the reminders they make (`reminders`, one row per reminder, ever: the unique
/// key is what stops a second), and each person's choice: a member of staff's list
/// (`users.reminder_digest`, off until they choose) and a family member's "no reminders"
/// (`family_members.reminders_off_at`).
struct CreateReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ScheduledJob.schema)
            .id()
            .field("name", .string, .required)
            .field("next_run_at", .datetime, .required)
            .field("claimed_until", .datetime)
            .field("claimed_by", .uuid)
            .field("last_run_at", .datetime)
            .unique(on: "name")
            .create()
        try await database.schema(Reminder.schema)
            .id()
            .field("kind", .string, .required)
            .field("recipient_kind", .string, .required)
            .field("recipient_id", .uuid, .required)
            .field("subject_id", .uuid, .required)
            .field("due_day", .string, .required)
            .field("due_at", .datetime, .required)
            .field("status", .string, .required)
            .field("school_id", .uuid, .references(School.schema, "id", onDelete: .cascade))
            .field("meeting_id", .uuid, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("outbox_message_id", .uuid, .references(OutboxMessage.schema, "id", onDelete: .setNull))
            .field("sent_at", .datetime)
            .field("note", .string)
            .field("created_at", .datetime)
            .unique(on: "kind", "recipient_kind", "recipient_id", "subject_id", "due_day")
            .create()
        try await database.createIndex(on: Reminder.schema, columns: ["status", "due_at"])
        try await database.schema(User.schema)
            .field("reminder_digest", .string, .required, .sql(.default(DigestFrequency.initial.rawValue)))
            .update()
        try await database.schema(FamilyMember.schema).field("reminders_off_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FamilyMember.schema).deleteField("reminders_off_at").update()
        try await database.schema(User.schema).deleteField("reminder_digest").update()
        try await database.schema(Reminder.schema).delete()
        try await database.schema(ScheduledJob.schema).delete()
    }
}
