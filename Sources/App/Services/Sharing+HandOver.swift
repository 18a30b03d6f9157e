import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension Sharing {
    enum HandOver: Sendable {
        /// The new link's token, shown once; whether an email waiting for them was withdrawn.
        case handed(token: String, withdrewEmail: Bool)
        /// Someone pressed first (perhaps the same person twice): their link is already new.
        case alreadyHanded
    }

    /// A person's link handed over another way: a new link that stops their earlier ones, and
    /// the email waiting for them withdrawn, in one transaction, audited. `seenCount` is the
    /// hand-over count the page showed: the count moves on in the same statement that checks
    /// it, so of two presses at once one makes a link and the other none. Throws
    /// `ContactRule.Refusal` for someone with a contact restriction, whoever asks.
    static func handOver(
        _ participant: MeetingParticipant, of meeting: Meeting, seenCount: Int, settings: Settings,
        context: AuditContext, on db: any Database, now: Date
    ) async throws -> HandOver {
        try await db.transaction { db in
            let taken = try await db.sql().raw(
                """
                UPDATE \(ident: MeetingParticipant.schema)
                SET \(ident: "handed_count") = \(ident: "handed_count") + 1, \(ident: "handed_at") = \(bind: now)
                WHERE \(ident: "id") = \(bind: participant.requireID()) AND \(ident: "handed_count") = \(bind: seenCount)
                RETURNING \(ident: "id")
                """
            ).all()
            guard !taken.isEmpty else { return .alreadyHanded }
            let stopped = try await ContactStop.stopLinks(
                of: [participant], reason: "their link was handed over another way", now: now, on: db)
            let token = try await issueLink(
                for: participant, expires: linkExpiry(meeting, days: settings.linkDays, now: now), handed: true,
                on: db)
            try await AuditLog.record(
                .linkHandedOver, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: participant.role)
            return .handed(token: token, withdrewEmail: stopped.messagesWithdrawn > 0)
        }
    }
}

extension Sharing {
    struct Reminded: Sendable {
        var emailed: [String] = []
        var alreadyReminded: [String] = []
        var toCopy: [RemindResultPage.Message] = []
    }

    /// "Remind them": a short, neutral email in their language to each person waited for whom
    /// email can reach, and a message to copy for the others. The reminder mark is taken in one
    /// conditional statement, so a double press (or two colleagues at once) sends each person
    /// one email; whoever comes second is told they were just reminded.
    static func remind(
        _ meeting: Meeting, details: Meetings.Details, replied: Set<UUID>, mailConfigured: Bool, settings: Settings,
        context: AuditContext, on db: any Database, now: Date
    ) async throws -> Reminded {
        var result = Reminded()
        var byEmail: [Meetings.Person] = []
        for person in details.people {
            let participant = person.participant
            let hasEmail = try await Recipient.participant(participant, name: person.name, on: db) != nil
            switch ReplyChase.way(
                kind: participant.kind, contact: person.contact,
                hasReplied: replied.contains(try participant.requireID()),
                hasEmail: hasEmail, mailConfigured: mailConfigured)
            {
            case .email: byEmail.append(person)
            case .copy:
                let t = try await localizer(for: participant, on: db)
                result.toCopy.append(
                    .init(
                        name: person.name, language: t.language,
                        text: [
                            t(.dear, ["name": person.name]), t(.nudgeReply, ["school": settings.schoolName]),
                            t(.nudgeOwnLink), settings.schoolName,
                        ].joined(separator: "\n\n")))
            case nil: continue
            }
        }
        guard !byEmail.isEmpty else { return result }
        let ids = try byEmail.map { try $0.participant.requireID() }
        let emailable = byEmail
        let start = result
        return try await db.transaction { db in
            var result = start
            let marked = try await db.sql().raw(
                """
                UPDATE \(ident: MeetingParticipant.schema) SET \(ident: "reminded_at") = \(bind: now)
                WHERE \(ident: "id") IN (\(binds: ids))
                    AND (\(ident: "reminded_at") IS NULL OR \(ident: "reminded_at") < \(bind: ReplyChase.cutoff(now: now)))
                RETURNING \(ident: "id")
                """
            ).all().map { try $0.decode(column: "id", as: UUID.self) }
            let expires = linkExpiry(meeting, days: settings.linkDays, now: now)
            for person in emailable {
                let participant = person.participant
                guard marked.contains(try participant.requireID()) else {
                    result.alreadyReminded.append(person.name)
                    continue
                }
                guard let recipient = try await Recipient.participant(participant, name: person.name, on: db) else {
                    continue
                }
                let t = try await localizer(for: participant, on: db)
                let url = settings.url(
                    .participant(token: try await issueLink(for: participant, expires: expires, on: db), .page()))
                let message = OutboxMessage(
                    school: meeting.$school.id, meeting: meeting.id, to: recipient,
                    subject: t(.reminderSubject, ["school": settings.schoolName]),
                    body: [
                        t(.dear, ["name": person.name]), t(.nudgeReply, ["school": settings.schoolName]), url,
                        t(.emailPrivate) + "\n\n" + settings.schoolName,
                    ].joined(separator: "\n\n"), now: now)
                try await message.create(on: db)
                result.emailed.append(person.name)
            }
            if !result.emailed.isEmpty {
                try await AuditLog.record(
                    .repliesChased, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                    subjectID: meeting.id, summary: "\(result.emailed.count) people")
            }
            return result
        }
    }
}
