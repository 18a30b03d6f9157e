import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// A job any serving process may run, claimed with a lease (see `ScheduledJobs`).
final class ScheduledJob: Model, @unchecked Sendable {
    static let schema = "scheduled_jobs"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "next_run_at") var nextRunAt: Date
    @OptionalField(key: "claimed_until") var claimedUntil: Date?
    @OptionalField(key: "claimed_by") var claimedBy: UUID?
    @OptionalField(key: "last_run_at") var lastRunAt: Date?

    init() {}
}

/// One reminder to one person about one thing on one day. Made once (the unique key), turned
/// into an email once (a conditional update), kept afterwards so it is never made again.
final class Reminder: Model, @unchecked Sendable {
    static let schema = "reminders"

    @ID(key: .id) var id: UUID?
    @Enum(key: "kind") var kind: ReminderKind
    /// Who it is for: `family` (a family member's id) or `staff` (a user's id).
    @Enum(key: "recipient_kind") var recipientKind: ParticipantKind
    @Field(key: "recipient_id") var recipientID: UUID
    /// The meeting, the action's record entry, or for a staff list the member of staff.
    @Field(key: "subject_id") var subjectID: UUID
    /// The day it is about (`2026-12-05`): the meeting's day, the due day, the list's day.
    @Field(key: "due_day") var dueDay: String
    @Field(key: "due_at") var dueAt: Date
    @Enum(key: "status") var status: ReminderStatus
    /// The school it is from; for an administrator's list, none.
    @OptionalParent(key: "school_id") var school: School?
    @OptionalParent(key: "meeting_id") var meeting: Meeting?
    @OptionalField(key: "outbox_message_id") var outboxMessageID: UUID?
    @OptionalField(key: "sent_at") var sentAt: Date?
    /// Why it was cancelled or skipped, in words for the outbox reader; never a name.
    @OptionalField(key: "note") var note: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
