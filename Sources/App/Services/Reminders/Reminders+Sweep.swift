import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension Reminders {
    /// A reminder the sweep found due; becomes a `reminders` row unless one exists.
    struct Found: Sendable, Equatable {
        var kind: ReminderKind
        var recipientKind: ParticipantKind
        var recipientID: UUID
        var subjectID: UUID
        var slot: ReminderRule.Slot
        var schoolID: UUID?
        var meetingID: UUID?
    }

    /// Finds what is due now and makes a row for each reminder not made before. Returns how
    /// many rows are new. Each query asks for a window a little wider than the rule's, and
    /// `ReminderRule` decides for every candidate.
    static func sweep(_ settings: Settings, on db: any Database, now: Date) async throws -> Int {
        let sql = try db.sql()
        var found = try await meetingCandidates(settings, on: sql, now: now)
        found += try await actionCandidates(settings, on: sql, now: now)
        found += try await digestCandidates(settings, on: sql, now: now)
        return try await insert(found, on: sql, now: now)
    }

    /// Family members invited to a meeting starting within a day that is still going ahead.
    /// Who turned reminders off, has no address or may not be contacted is left out here,
    /// and asked again when the email is made.
    static func meetingCandidates(_ settings: Settings, on db: any SQLDatabase, now: Date) async throws -> [Found] {
        struct Row: Decodable {
            var meetingId: UUID
            var schoolId: UUID
            var familyMemberId: UUID
            var startsAt: Date
            var attendance: String?
            var restriction: String?
            var contactStoppedAt: Date?
        }
        let goingAhead = MeetingLifecycle.states { $0.hasBeenShared && !$0.hasStarted && !$0.isCancelled }
        let rows = try await db.raw(
            """
            SELECT m.id AS meeting_id, m.school_id, p.family_member_id, m.starts_at, r.attendance,
                f.restriction, f.contact_stopped_at
            FROM meeting_participants p
            JOIN meetings m ON m.id = p.meeting_id
            JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN participant_replies r ON r.participant_id = p.id
            WHERE p.kind = \(bind: ParticipantKind.family.rawValue)
                AND m.state IN (\(binds: goingAhead.map(\.rawValue)))
                AND m.starts_at > \(bind: now) AND m.starts_at <= \(bind: now.addingTimeInterval(ReminderRule.meetingNotice))
                AND f.reminders_off_at IS NULL AND f.email IS NOT NULL AND f.is_active = \(bind: true)
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        return rows.compactMap { row in
            guard ContactRule.contact(.family(restriction: row.restriction, stoppedAt: row.contactStoppedAt)) == nil,
                let slot = ReminderRule.due(
                    .meeting(
                        startsAt: row.startsAt,
                        reply: row.attendance.flatMap(ParticipantReplyForm.Attendance.init(rawValue:))),
                    now: now, timeZone: settings.timeZone)
            else { return nil }
            return Found(
                kind: .meeting, recipientKind: .family, recipientID: row.familyMemberId, subjectID: row.meetingId,
                slot: slot, schoolID: row.schoolId, meetingID: row.meetingId)
        }
    }

    /// Open actions a family member owns (`record_entry_owners`), due in the next few days,
    /// from a meeting that was held, that the family may read on their page.
    static func actionCandidates(_ settings: Settings, on db: any SQLDatabase, now: Date) async throws -> [Found] {
        struct Row: Decodable {
            var entryId: UUID
            var meetingId: UUID
            var schoolId: UUID
            var familyMemberId: UUID
            var label: String
            var status: String
            var due: Date
            var restriction: String?
            var contactStoppedAt: Date?
        }
        let held = MeetingLifecycle.states(where: \.isHeld)
        let rows = try await db.raw(
            """
            SELECT ft.entry_id, ft.meeting_id, m.school_id, o.family_member_id, ft.label, ft.status, ft.due,
                f.restriction, f.contact_stopped_at
            FROM record_entry_owners o
            JOIN follow_through_current ft ON ft.entry_id = o.entry_id
            JOIN meetings m ON m.id = ft.meeting_id
            JOIN family_members f ON f.id = o.family_member_id
            WHERE ft.kind = \(bind: RecordEntryKind.action.rawValue) AND ft.status = \(bind: ActionStatus.open.rawValue)
                AND ft.due >= \(bind: now.addingTimeInterval(-2 * 86_400))
                AND ft.due <= \(bind: now.addingTimeInterval(Double(ReminderRule.actionNoticeDays + 2) * 86_400))
                AND m.state IN (\(binds: held.map(\.rawValue)))
                AND f.reminders_off_at IS NULL AND f.email IS NOT NULL AND f.is_active = \(bind: true)
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        return rows.compactMap { row in
            guard let label = RecordLabel(rawValue: row.label),
                RecordVisibility.canSee(
                    .familyMember, label: RecordEntryKind.action.effectiveLabel(label), isAuthor: false),
                ContactRule.contact(.family(restriction: row.restriction, stoppedAt: row.contactStoppedAt)) == nil,
                let status = ActionStatus(rawValue: row.status),
                let slot = ReminderRule.due(
                    .action(dueDay: row.due, status: status), now: now, timeZone: settings.timeZone)
            else { return nil }
            return Found(
                kind: .action, recipientKind: .family, recipientID: row.familyMemberId, subjectID: row.entryId,
                slot: slot, schoolID: row.schoolId, meetingID: row.meetingId)
        }
    }

    /// Staff who chose a daily or weekly list. Whether there is anything to put in it is
    /// decided when it is written: an empty list is skipped, not sent.
    static func digestCandidates(_ settings: Settings, on db: any SQLDatabase, now: Date) async throws -> [Found] {
        struct Row: Decodable {
            var id: UUID
            var schoolId: UUID?
            var reminderDigest: String
        }
        let rows = try await db.raw(
            """
            SELECT id, school_id, reminder_digest FROM users
            WHERE reminder_digest <> \(bind: DigestFrequency.off.rawValue) AND is_active = \(bind: true)
                AND password_hash IS NOT NULL
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        return rows.compactMap { row in
            guard let frequency = DigestFrequency(rawValue: row.reminderDigest),
                let slot = ReminderRule.due(.digest(frequency), now: now, timeZone: settings.timeZone)
            else { return nil }
            return Found(
                kind: .staffDigest, recipientKind: .staff, recipientID: row.id, subjectID: row.id, slot: slot,
                schoolID: row.schoolId, meetingID: nil)
        }
    }

    /// One statement for the lot; a reminder already made (by this sweep earlier, another
    /// process, or a process before a restart) is left as it is. Returns the rows inserted.
    static func insert(_ found: [Found], on db: any SQLDatabase, now: Date) async throws -> Int {
        guard !found.isEmpty else { return 0 }
        var made = 0
        // Small batches keep each statement well under the engines' limits on parameters.
        for start in stride(from: 0, to: found.count, by: 50) {
            let chunk = found[start..<min(start + 50, found.count)]
            var values: [SQLQueryString] = []
            for reminder in chunk {
                values.append(
                    """
                    (\(bind: UUID()), \(bind: reminder.kind.rawValue), \(bind: reminder.recipientKind.rawValue),
                     \(bind: reminder.recipientID), \(bind: reminder.subjectID), \(bind: reminder.slot.day),
                     \(bind: reminder.slot.dueAt), \(bind: ReminderStatus.queued.rawValue), \(bind: reminder.schoolID),
                     \(bind: reminder.meetingID), \(bind: now))
                    """)
            }
            let rows = try await db.raw(
                """
                INSERT INTO \(ident: Reminder.schema) (id, kind, recipient_kind, recipient_id, subject_id, due_day,
                    due_at, status, school_id, meeting_id, created_at)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT DO NOTHING
                RETURNING id
                """
            ).all()
            made += rows.count
        }
        return made
    }
}
