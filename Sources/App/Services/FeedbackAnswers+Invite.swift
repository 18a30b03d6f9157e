import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension FeedbackAnswers {
    /// When a meeting closes: a neutral email, in each person's language, to every participant
    /// `FeedbackRule` asks who has an address, with a new personal link (the one from the
    /// invitation may run out before they answer). Nothing about the child. A restricted person
    /// gets nothing: the rule says no, and `Recipient` could not be made for them anyway.
    static func invite(_ meeting: Meeting, settings: Sharing.Settings, on db: any Database, now: Date) async throws {
        let details = try await Meetings.details(of: meeting, on: db, now: now)
        let expires = max(
            Sharing.linkExpiry(meeting, days: settings.linkDays, now: now),
            now.addingTimeInterval(TimeInterval(settings.linkDays * 86_400)))
        for person in details.people {
            let participant = person.participant
            let asked = FeedbackRule.Participant(contact: person.contact, presence: participant.presence)
            guard FeedbackRule.isAsked(asked, meeting: meeting.lifecycle),
                let recipient = try await Recipient.participant(participant, name: person.name, on: db)
            else { continue }
            let token = try await Sharing.issueLink(for: participant, expires: expires, on: db)
            let t = try await Sharing.localizer(for: participant, on: db)
            let message = OutboxMessage(
                school: meeting.$school.id, meeting: meeting.id, to: recipient,
                subject: t(.feedbackEmailSubject, ["school": settings.schoolName]),
                body: t(
                    .feedbackEmailBody,
                    [
                        "name": t.isolatedName(person.name),
                        "url": settings.url(.participant(token: token, .feedback)),
                        "school": t.isolatedName(settings.schoolName),
                    ]),
                now: now)
            try await message.create(on: db)
        }
    }
}

extension FeedbackAnswers {
    /// What the participant's own page says about feedback: nothing before the meeting is over
    /// or to someone not asked (no query then); else whether they answered and may change it.
    static func invite(
        for resolved: ResolvedParticipantLink, now: Date, on db: any SQLDatabase
    ) async throws -> FeedbackInvite? {
        let participant = resolved.participant
        let asked = FeedbackRule.Participant(contact: participant.loadedContactPerson, presence: participant.presence)
        guard FeedbackRule.isAsked(asked, meeting: resolved.meeting.lifecycle) else { return nil }
        let stored = try await current(participantID: participant.requireID(), on: db)
        return FeedbackInvite(answered: stored != nil, mayAnswer: stored?.mayChange(at: now) ?? true)
    }
}
