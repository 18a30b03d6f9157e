import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension Reminders {
    /// What a reminder row turns into: an email, or a reason it does not go.
    enum Outcome {
        case email(OutboxMessage)
        case stop(ReminderStatus, String)
    }

    /// Turns due rows into outbox emails; returns how many joined the outbox.
    static func sendDue(_ settings: Settings, on db: any Database, now: Date) async throws -> Int {
        let ids = try await db.sql().raw(
            """
            SELECT id FROM \(ident: Reminder.schema)
            WHERE status = \(bind: ReminderStatus.queued.rawValue) AND due_at <= \(bind: now)
            ORDER BY due_at LIMIT \(literal: batch)
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
        var queued = 0
        for id in ids where try await sendOne(id, settings, on: db, now: now) { queued += 1 }
        return queued
    }

    /// Claims one row and makes its email, in one transaction: the claim is a conditional
    /// update, so of two processes here at once one gets the row and the other nothing; and
    /// if making the email fails, the claim rolls back with it and the row waits for the next
    /// turn. Everything is asked again here (a restriction, "reminders off", a moved meeting,
    /// an action marked done since the sweep): the latest word wins.
    static func sendOne(_ id: UUID, _ settings: Settings, on db: any Database, now: Date) async throws -> Bool {
        try await db.transaction { db in
            let claimed = try await db.sql().raw(
                """
                UPDATE \(ident: Reminder.schema)
                SET status = \(bind: ReminderStatus.sent.rawValue), sent_at = \(bind: now)
                WHERE id = \(bind: id) AND status = \(bind: ReminderStatus.queued.rawValue)
                RETURNING id
                """
            ).all()
            guard !claimed.isEmpty, let reminder = try await Reminder.find(id, on: db) else { return false }
            let outcome =
                switch reminder.kind {
                case .meeting, .action: try await familyEmail(reminder, settings, on: db, now: now)
                case .staffDigest: try await digestEmail(reminder, settings, on: db, now: now)
                }
            switch outcome {
            case .email(let message):
                try await message.create(on: db)
                reminder.outboxMessageID = message.id
                try await reminder.save(on: db)
                return true
            case .stop(let status, let note):
                reminder.status = status
                reminder.sentAt = nil
                reminder.note = note
                try await reminder.save(on: db)
                return false
            }
        }
    }

    /// A family member's reminder: neutral, in their language, with a fresh personal link.
    static func familyEmail(
        _ reminder: Reminder, _ settings: Settings, on db: any Database, now: Date
    ) async throws -> Outcome {
        guard let member = try await FamilyMember.find(reminder.recipientID, on: db), member.isActive else {
            return .stop(.cancelled, "The family member is no longer recorded.")
        }
        if member.remindersOffAt != nil { return .stop(.cancelled, "They turned reminders off.") }
        guard ContactRule.contact(member.contactPerson) == nil else {
            return .stop(.skipped, "A contact restriction: nothing is sent to them.")
        }
        guard let address = member.email, let recipient = Recipient.familyMember(member, at: address) else {
            return .stop(.skipped, "No email address.")
        }
        guard let meetingID = reminder.$meeting.id, let meeting = try await Meeting.find(meetingID, on: db),
            let participant = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meetingID)
                .filter(\.$familyMember.$id == member.requireID()).first()
        else { return .stop(.cancelled, "They no longer take part in the meeting.") }
        let holdsLink =
            try await ParticipantLink.query(on: db).filter(\.$participant.$id == participant.requireID())
            .filter(\.$revokedAt == nil).count() > 0
        guard ReminderRule.mayMakeLink(holdsUnstoppedLink: holdsLink) else {
            return .stop(.cancelled, "Their links were stopped; a new link from the school starts reminders again.")
        }
        let t = try await Sharing.localizer(for: participant, on: db)
        let school = try await School.find(meeting.$school.id, on: db)?.name ?? "School"
        // What the email says beyond "a reminder", once it is sure to go.
        let say: (String) -> [String]
        switch reminder.kind {
        case .meeting:
            let reply = try await ParticipantReply.query(on: db).filter(\.$participant.$id == participant.requireID())
                .first()
            let lifecycle = meeting.lifecycle
            guard lifecycle.hasBeenShared, !lifecycle.hasStarted, !lifecycle.isCancelled, let start = meeting.startsAt,
                ReminderRule.due(
                    .meeting(startsAt: start, reply: reply?.attendance), now: now, timeZone: settings.timeZone)?.day
                    == reminder.dueDay
            else { return .stop(.cancelled, "The meeting moved, is not going ahead, or they cannot come.") }
            let when = t.isolatedDate(t.dateTime(start, timeZone: settings.timeZone))
            say = { url in
                [t(.reminderMeeting, ["school": t.isolatedName(school)]), url, t(.emailWhen, ["when": when])]
            }
        case .action:
            guard let action = try await currentAction(reminder.subjectID, on: db),
                RecordVisibility.canSee(
                    .familyMember, label: RecordEntryKind.action.effectiveLabel(action.label), isAuthor: false),
                ReminderRule.due(
                    .action(dueDay: action.due, status: action.status), now: now, timeZone: settings.timeZone)?.day
                    == reminder.dueDay
            else { return .stop(.cancelled, "The action is settled, or its date changed.") }
            // A due date is a day, kept as midnight UTC: it is read as that day everywhere.
            let day = t.isolatedDate(t.day(action.due, timeZone: TimeZone(identifier: "UTC")!))
            say = { url in [t(.reminderAction, ["school": t.isolatedName(school), "date": day]), url] }
        case .staffDigest:
            return .stop(.skipped, "Not a family reminder.")
        }
        // A link of its own, so the email opens the page even if the invitation's link has
        // ended; it neither replaces nor lengthens the links the person already has.
        guard let expires = ReminderRule.linkExpiry(day: reminder.dueDay, timeZone: settings.timeZone) else {
            return .stop(.skipped, "The reminder's day could not be read.")
        }
        let token = try await Sharing.issueLink(for: participant, expires: expires, on: db)
        let url = settings.url(.participant(token: token, .page()))
        let body =
            ([t(.dear, ["name": member.displayName])] + say(url) + [t(.emailPrivate), t(.reminderHowToStop), school])
            .joined(separator: "\n\n")
        return .email(
            OutboxMessage(
                school: meeting.$school.id, meeting: meetingID, to: recipient,
                subject: t(.reminderSubject, ["school": school]), body: body, now: now))
    }

    struct CurrentAction: Decodable {
        var label: RecordLabel
        var status: ActionStatus
        var due: Date
    }

    /// Where an action stands now, from `follow_through_current`.
    static func currentAction(_ entryID: UUID, on db: any Database) async throws -> CurrentAction? {
        try await db.sql().raw(
            """
            SELECT label, status, due FROM follow_through_current
            WHERE entry_id = \(bind: entryID) AND kind = \(bind: RecordEntryKind.action.rawValue) AND due IS NOT NULL
            """
        ).first(decoding: CurrentAction.self, keyDecodingStrategy: .columns)
    }
}
