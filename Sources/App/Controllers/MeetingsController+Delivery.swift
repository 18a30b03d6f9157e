import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Handing a person's link over another way, and reminding who has not replied, from the
/// meeting page: for whoever may change the meeting (its lead, or a leader).
extension MeetingsController {
    struct HandOverFields: Content {
        var way: String?
        var count: Int?
    }

    static func handOver(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        let fields = try req.formFields(HandOverFields.self)
        let meeting = context.meeting
        let id = try req.parameters.require(ParticipantID.self).rawValue
        guard meeting.lifecycle.allows(.issueLink),
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == meeting.requireID()).with(\.$familyMember).first(),
            ContactRule.holdsPersonalLink(participant.kind)
        else { throw AppError.notFound }
        let now = req.roundtable.now
        let details = try await Meetings.details(of: meeting, on: req.db, now: now)
        let name = details.people.first { $0.participant.id == id }?.name ?? participant.role
        // Asked before anything is written, and again by `issueLink` inside the transaction.
        if let refusal = ContactRule.contact(participant.loadedContactPerson) {
            throw AppError.refused(refusal.explanation(name: name))
        }
        let settings = try await req.sharingSettings(meeting)
        let outcome: Sharing.HandOver
        do {
            outcome = try await Sharing.handOver(
                participant, of: meeting, seenCount: fields.count ?? -1, settings: settings,
                context: req.auditContext, on: req.db, now: now)
        } catch let refusal as ContactRule.Refusal {
            throw AppError.refused(refusal.explanation(name: name))
        }
        guard case .handed(let token, let withdrewEmail) = outcome else {
            throw AppError.refused(
                "A new link for \(name) was made a moment ago, perhaps by a second press, and shown to whoever made it. If nobody has it, hand it over again from the meeting page."
            )
        }
        let url = settings.url(.participant(token: token, .page()))
        let meetingID = MeetingID(try meeting.requireID())
        guard fields.way == "letter" else {
            return HandOverLinkPage(
                meetingID: meetingID, link: HandedLink(name: name, url: url), withdrewEmail: withdrewEmail
            ).response(for: req)
        }
        let t = try await Sharing.localizer(for: participant, on: req.db)
        // A room typed in English and a date with digits keep their order in an Arabic letter.
        let place =
            meeting.format.needsRoom ? details.space.map { t.isolatedName($0.name) } : t(Phrase.format(meeting.format))
        let when = t.dateAndPlace(meeting.startsAt.map { t.dateTime($0, timeZone: settings.timeZone) }, place)
        return HandOverLetterPage(
            meetingID: meetingID, catalogLanguage: t.language, name: name, schoolName: settings.schoolName, url: url,
            when: when
        ).response(for: req)
    }

    static func remind(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let meeting = context.meeting
        guard meeting.lifecycle.allows(.reply) else {
            throw AppError.badRequest("Only people invited to a shared meeting that has not started can be reminded.")
        }
        let now = req.roundtable.now
        let details = try await Meetings.details(of: meeting, on: req.db, now: now)
        let replied = try await ParticipantReply.query(on: req.db)
            .filter(\.$participant.$id ~~ details.people.map { try $0.participant.requireID() })
            .all(\.$participant.$id)
        let reminded = try await Sharing.remind(
            meeting, details: details, replied: Set(replied), mailConfigured: req.roundtable.sendsMail,
            settings: try await req.sharingSettings(meeting), context: req.auditContext, on: req.db, now: now)
        if !reminded.emailed.isEmpty { req.application.outboxWorker?.wake() }
        return RemindResultPage(
            meetingID: MeetingID(try meeting.requireID()), emailed: reminded.emailed,
            alreadyReminded: reminded.alreadyReminded, toCopy: reminded.toCopy
        ).response(for: req)
    }
}
