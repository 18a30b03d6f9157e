import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// The summary each participant reads after the meeting: built only from what is shared,
/// with the school's "what happens next" and translations, sent by a neutral email, and
/// answered by each participant with a confirmation or a comment.
enum MeetingSummaries {
    static func summary(
        of meeting: Meeting, for viewer: RecordViewer = .familyMember, on db: any Database
    ) async throws -> ParticipantSummary {
        let meetingID = try meeting.requireID()
        let entries = try await RecordEntry.query(on: db).filter(\.$meeting.$id == meetingID).sort(\.$createdAt).all()
        // A follow-up planned without a date yet still means "we will meet again".
        let followUps = try await Meeting.query(on: db).filter(\.$followUpOf.$id == meetingID)
            .filter(\.$state !~ MeetingLifecycle.states(where: \.isCancelled)).all(\.$startsAt)
        let closing = try await LooseEnd.query(on: db).filter(\.$meeting.$id == meetingID).all()
        return ParticipantSummary.build(
            purpose: meeting.purpose, agenda: MeetingRun.runItems(try await MeetingRun.agenda(of: meeting, on: db)),
            entries: entries.map(\.snapshot), next: NextMeeting.from(followUpStarts: followUps),
            closing: Dictionary(closing.map { ($0.refID, $0.outcome) }, uniquingKeysWith: { first, _ in first }),
            viewer: viewer)
    }

    /// When what participants read last changed after sharing: an entry corrected with a
    /// reason, or the school's own words saved again.
    static func lastChange(of meeting: Meeting, on db: any Database) async throws -> Date? {
        guard let shared = meeting.recordSharedAt else { return nil }
        let entryIDs = try await RecordEntry.query(on: db).filter(\.$meeting.$id == meeting.requireID()).all(\.$id)
        let revised =
            entryIDs.isEmpty
            ? nil
            : try await RecordRevision.query(on: db).filter(\.$entry.$id ~~ entryIDs).max(\.$changedAt)
        let written = try await texts(of: meeting, on: db).compactMap(\.updatedAt).max()
        return [revised, written].compactMap { $0 }.filter { $0 > shared }.max()
    }

    static func texts(of meeting: Meeting, on db: any Database) async throws -> [SummaryText] {
        try await SummaryText.query(on: db).filter(\.$meeting.$id == meeting.requireID()).sort(\.$language).all()
    }

    static func save(
        _ meeting: Meeting, language: String, nextSteps: String?, translation: String?, forStudent: String? = nil,
        on db: any Database
    ) async throws {
        let text =
            try await SummaryText.query(on: db).filter(\.$meeting.$id == meeting.requireID())
            .filter(\.$language == language).first() ?? SummaryText()
        text.$meeting.id = try meeting.requireID()
        text.language = language
        text.nextSteps = nextSteps
        text.translation = translation
        text.forStudent = forStudent
        try await text.save(on: db)
    }

    /// Every word a participant will read, for the readability score and the jargon check.
    static func words(_ summary: ParticipantSummary, nextSteps: String?) -> String {
        var parts = [summary.purpose] + summary.topics
        parts += summary.decisions.flatMap { [$0.what, $0.why].compactMap { $0 } }
        parts += summary.goals.flatMap { [$0.what, $0.target].compactMap { $0 } }
        parts += summary.actions.map(\.what) + summary.additions
        if let nextSteps { parts.append(nextSteps) }
        return parts.map { $0.hasSuffix(".") ? $0 : $0 + "." }.joined(separator: " ")
    }

    /// Shares the summary: each participant who is not staff gets a fresh link by a neutral
    /// email in their language, or (without email) a link for the lead to pass on.
    static func share(
        _ meeting: Meeting, settings: Sharing.Settings, context: AuditContext, on db: any Database, now: Date
    ) async throws -> [HandedLink] {
        guard let summaryShared = meeting.lifecycle.next(after: .shareSummary) else {
            throw AppError.badRequest("Only a closed meeting's summary is shared.")
        }
        let details = try await Meetings.details(of: meeting, on: db, now: now)
        return try await db.transaction { db in
            var handed: [HandedLink] = []
            let expires = max(
                Sharing.linkExpiry(meeting, days: settings.linkDays, now: now),
                now.addingTimeInterval(TimeInterval(settings.linkDays * 86_400)))
            for person in details.people where person.participant.kind != .staff {
                let participant = person.participant
                // The summary is never shared with someone who must not be contacted.
                guard ContactRule.contact(person.contact) == nil else { continue }
                let token = try await Sharing.issueLink(for: participant, expires: expires, on: db)
                let url = settings.url(.participant(token: token, .page()))
                guard let recipient = try await Recipient.participant(participant, name: person.name, on: db) else {
                    handed.append(HandedLink(name: person.name, url: url))
                    continue
                }
                let t = try await Sharing.localizer(for: participant, on: db)
                let message = OutboxMessage(
                    school: meeting.$school.id, meeting: meeting.id, to: recipient,
                    subject: t(.summaryEmailSubject, ["school": settings.schoolName]),
                    body: t(
                        .summaryEmailBody,
                        [
                            "name": t.isolatedName(person.name), "url": url,
                            "school": t.isolatedName(settings.schoolName),
                        ]),
                    now: now)
                try await message.create(on: db)
            }
            meeting.state = summaryShared
            meeting.recordSharedAt = now
            try await meeting.save(on: db)
            try await AuditLog.record(
                .recordShared, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: meeting.type.label)
            return handed
        }
    }

    static func responses(of meeting: Meeting, on db: any Database) async throws -> [SummaryResponse] {
        try await SummaryResponse.query(on: db).filter(\.$meeting.$id == meeting.requireID()).sort(\.$createdAt)
            .all()
    }

    /// A comment also tells the lead by email (neutral: no words of the comment, only where to
    /// read it), so a correction does not wait until someone opens the meeting.
    static func respond(
        _ participant: MeetingParticipant, in meeting: Meeting, kind: SummaryResponse.Kind, text: String?,
        settings: Sharing.Settings, context: AuditContext, on db: any Database, now: Date
    ) async throws {
        let response = SummaryResponse()
        response.$meeting.id = try meeting.requireID()
        response.$participant.id = try participant.requireID()
        response.kind = kind
        response.text = text
        try await db.transaction { db in
            try await response.create(on: db)
            try await AuditLog.record(
                .summaryAnswered, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: "\(participant.role): \(kind.rawValue)")
            guard kind == .comment, let lead = try await meeting.$lead.get(on: db),
                let recipient = Recipient.staff(lead)
            else { return }
            let message = OutboxMessage(
                school: meeting.$school.id, meeting: meeting.id, to: recipient,
                subject: "A participant asked for a correction to a meeting summary",
                body:
                    "Dear \(lead.name),\n\nA participant has asked for a correction to the summary of a meeting you lead. "
                    + "Read it and answer, once you sign in:\n\n\(settings.url(.meeting(try MeetingID(meeting.requireID()), .summary())))"
                    + "\n\n\(settings.schoolName)",
                now: now)
            try await message.create(on: db)
        }
    }

    /// The answer shows on the participant's page, and a neutral email in their language tells
    /// them it is there.
    static func answer(
        _ responseID: UUID, in meeting: Meeting, text: String, by userID: UUID, settings: Sharing.Settings,
        context: AuditContext, on db: any Database, now: Date
    ) async throws {
        guard
            let response = try await SummaryResponse.query(on: db).filter(\.$id == responseID)
                .filter(\.$meeting.$id == meeting.requireID()).with(\.$participant).first()
        else { throw AppError.notFound }
        response.answer = text
        response.answeredAt = now
        response.$answeredBy.id = userID
        let participant = response.participant
        try await db.transaction { db in
            try await response.save(on: db)
            try await Meetings.audit(
                meeting, "Answered a participant's comment on the summary", context: context, on: db)
            let name =
                try await Meetings.details(of: meeting, on: db, now: now).people
                .first { $0.participant.id == participant.id }?.name ?? participant.role
            // No address, or a contact restriction: the answer waits on the staff page only.
            guard let recipient = try await Recipient.participant(participant, name: name, on: db) else { return }
            let t = try await Sharing.localizer(for: participant, on: db)
            let token = try await Sharing.issueLink(
                for: participant, expires: now.addingTimeInterval(TimeInterval(settings.linkDays * 86_400)), on: db)
            let message = OutboxMessage(
                school: meeting.$school.id, meeting: meeting.id, to: recipient,
                subject: t(.answerEmailSubject, ["school": settings.schoolName]),
                body: t(
                    .answerEmailBody,
                    [
                        "name": t.isolatedName(name), "url": settings.url(.participant(token: token, .page())),
                        "school": t.isolatedName(settings.schoolName),
                    ]),
                now: now)
            try await message.create(on: db)
        }
    }
}
