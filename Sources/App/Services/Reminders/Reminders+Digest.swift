import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// What a member of staff's list holds: their actions due or overdue, goals due for review,
/// and meetings to prepare, as dates and links. Never a student's name or an entry's words:
/// the email may sit in a shared mailbox, and the pages behind the links ask who is reading.
struct DigestList: Sendable, Equatable {
    struct Line: Sendable, Equatable {
        var meetingID: UUID
        var schoolID: UUID
        var date: Date
        var overdue: Bool
    }

    var actions: [Line] = []
    var goals: [Line] = []
    var meetings: [Line] = []

    var isEmpty: Bool { actions.isEmpty && goals.isEmpty && meetings.isEmpty }

    /// Two statements: the goals and actions they own or whose meeting they lead, and the
    /// meetings they lead (or planned without a lead) coming up within the horizon.
    static func read(
        for userID: UUID, frequency: DigestFrequency, timeZone: TimeZone, on db: any SQLDatabase, now: Date
    ) async throws -> DigestList {
        struct EntryRow: Decodable {
            var meetingId: UUID
            var schoolId: UUID
            var kind: String
            var label: String
            var authorId: UUID?
            var leadId: UUID?
            var status: String
            var due: Date
        }
        let horizon = now.addingTimeInterval(Double(frequency.horizonDays) * 86_400)
        let held = MeetingLifecycle.states(where: \.isHeld)
        let entries = try await db.raw(
            """
            SELECT ft.meeting_id, m.school_id, ft.kind, ft.label, ft.author_id, m.lead_id, ft.status, ft.due
            FROM follow_through_current ft
            JOIN meetings m ON m.id = ft.meeting_id
            WHERE ft.due IS NOT NULL AND ft.due <= \(bind: horizon) AND m.state IN (\(binds: held.map(\.rawValue)))
                AND (EXISTS (SELECT 1 FROM record_entry_owners o
                        WHERE o.entry_id = ft.entry_id AND o.user_id = \(bind: userID))
                    -- As on the home page: the lead also has the goals, and the actions nobody
                    -- was named for; an action a parent does is theirs, not the lead's.
                    OR (m.lead_id = \(bind: userID) AND (ft.kind = \(bind: RecordEntryKind.goal.rawValue)
                        OR NOT EXISTS (SELECT 1 FROM record_entry_owners o WHERE o.entry_id = ft.entry_id))))
            ORDER BY ft.due
            """
        ).all(decoding: EntryRow.self, keyDecodingStrategy: .columns)
        var list = DigestList()
        for row in entries {
            guard let kind = RecordEntryKind(rawValue: row.kind), let label = RecordLabel(rawValue: row.label),
                RecordVisibility.canSee(
                    row.leadId == userID ? .lead : .staffParticipant, label: kind.effectiveLabel(label),
                    isAuthor: row.authorId == userID)
            else { continue }
            switch kind {
            case .action:
                guard let status = ActionStatus(rawValue: row.status), !status.isSettled else { continue }
                let overdue = ActionStatus.isOverdue(status: status, due: row.due, now: now, timeZone: timeZone)
                list.actions.append(
                    Line(meetingID: row.meetingId, schoolID: row.schoolId, date: row.due, overdue: overdue))
            case .goal:
                guard let status = GoalStatus(rawValue: row.status), !status.isSettled else { continue }
                let overdue = ActionStatus.isOverdue(status: .open, due: row.due, now: now, timeZone: timeZone)
                list.goals.append(
                    Line(meetingID: row.meetingId, schoolID: row.schoolId, date: row.due, overdue: overdue))
            default: continue
            }
        }
        struct MeetingRow: Decodable {
            var id: UUID
            var schoolId: UUID
            var startsAt: Date
        }
        let coming = MeetingLifecycle.states { !$0.hasStarted && !$0.isCancelled }
        list.meetings = try await db.raw(
            """
            SELECT id, school_id, starts_at FROM meetings
            WHERE (lead_id = \(bind: userID) OR (lead_id IS NULL AND created_by_id = \(bind: userID)))
                AND starts_at > \(bind: now) AND starts_at <= \(bind: horizon)
                AND state IN (\(binds: coming.map(\.rawValue)))
            ORDER BY starts_at
            """
        ).all(decoding: MeetingRow.self, keyDecodingStrategy: .columns).map {
            Line(meetingID: $0.id, schoolID: $0.schoolId, date: $0.startsAt, overdue: false)
        }
        return list
    }
}

extension Reminders {
    /// How many lines of each kind an email lists; the home page has the rest.
    static let digestLines = 10

    static func digestEmail(
        _ reminder: Reminder, _ settings: Settings, on db: any Database, now: Date
    ) async throws -> Outcome {
        guard let user = try await User.find(reminder.recipientID, on: db), user.isActive else {
            return .stop(.cancelled, "The account is switched off.")
        }
        guard
            ReminderRule.due(.digest(user.reminderDigest), now: now, timeZone: settings.timeZone)?.day
                == reminder.dueDay
        else { return .stop(.cancelled, "They changed or turned off their list.") }
        let list = try await DigestList.read(
            for: user.requireID(), frequency: user.reminderDigest, timeZone: settings.timeZone, on: db.sql(), now: now)
        guard !list.isEmpty else { return .stop(.skipped, "Nothing needed them.") }
        guard let recipient = Recipient.staff(user) else { return .stop(.skipped, "No email address.") }
        let schoolID = user.$school.id ?? (list.meetings + list.actions + list.goals).first!.schoolID
        let school = try await School.find(schoolID, on: db)?.name ?? "Roundtable"
        return .email(
            OutboxMessage(
                school: schoolID, meeting: nil, to: recipient,
                subject: user.reminderDigest == .weekly ? "Your week in Roundtable" : "Your day in Roundtable",
                body: digestBody(
                    list, name: user.name, frequency: user.reminderDigest, school: school, settings: settings),
                now: now))
    }

    /// Plain English, like every staff email: dates and links, nothing about anyone.
    static func digestBody(
        _ list: DigestList, name: String, frequency: DigestFrequency, school: String, settings: Settings
    ) -> String {
        let english = Localizer("en")
        let utc = TimeZone(identifier: "UTC")!
        func section(_ title: String, _ lines: [DigestList.Line], _ line: (DigestList.Line) -> String) -> String? {
            guard !lines.isEmpty else { return nil }
            var text = ["\(title): \(lines.count)"] + lines.prefix(digestLines).map { "- " + line($0) }
            if lines.count > digestLines { text.append("- and \(lines.count - digestLines) more on your home page") }
            return text.joined(separator: "\n")
        }
        let record = { (line: DigestList.Line) in settings.url(.meeting(MeetingID(line.meetingID), .record())) }
        let parts: [String?] = [
            "Dear \(name),",
            "Here is what needs you in Roundtable \(frequency == .weekly ? "this week" : "today"). Each link opens the page once you sign in; nothing here names a student.",
            section("Actions due or overdue", list.actions) {
                "due \(english.day($0.date, timeZone: utc))\($0.overdue ? " (overdue)" : ""): \(record($0))"
            },
            section("Goals to review", list.goals) {
                "review \($0.overdue ? "was due" : "due") \(english.day($0.date, timeZone: utc)): \(record($0))"
            },
            section("Meetings to prepare", list.meetings) {
                "\(english.dateTime($0.date, timeZone: settings.timeZone)): \(settings.url(.meeting(MeetingID($0.meetingID), .show())))"
            },
            "Your home page: \(settings.url(.home))",
            "You chose to get this \(frequency == .weekly ? "on Monday mornings" : "every morning"). To change that or stop it: \(settings.url(.reminderSettings()))",
            school,
        ]
        return parts.compactMap { $0 }.joined(separator: "\n\n")
    }
}
