import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// A family member's own page, from any of their personal links: their meetings at this
/// school, their requests, asking about any of their children, and opening another meeting's
/// page. Behind `ParticipantLinkMiddleware` like every participant route; `FamilyReach` (Core)
/// decides what it holds.
enum FamilyPageController {
    static func show(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        var page = try await page(req, resolved)
        page.ask?.sent = req.query[String.self, at: "requested"] == "1"
        return page.response(for: req)
    }

    static func request(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        return try await MeetingRequestsController.file(req, resolved) { topic, errors, status in
            var page = try await page(req, resolved)
            page.ask?.topic = topic
            page.ask?.errors = errors
            return page.response(for: req, status: status)
        } sent: {
            SiteRoute.participant(token: resolved.token, .family).path + "?requested=1#request-sent"
        }
    }

    struct OpenFields: Content {
        var meeting: String?
    }

    /// Opens another of their meetings: a new personal link for their own place in it, made only
    /// when the page would offer it (`FamilyReach.mayOpenMeeting`), and audited like any link.
    static func open(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        if req.csrfFailed { throw AppError.formExpired }
        let chosen = try req.formFields(OpenFields.self).meeting.flatMap(UUID.init(uuidString:))
        let page = try await page(req, resolved)
        guard let chosen, let line = page.meetings.first(where: { $0.participantID.rawValue == chosen }),
            line.mayOpen
        else { throw AppError.notFound }
        if line.isThisLink {
            return req.redirect(to: SiteRoute.participant(token: resolved.token, .page()).path)
        }
        guard
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == chosen)
                .with(\.$meeting).first()
        else { throw AppError.notFound }
        let meeting = participant.meeting
        let expires = Sharing.linkExpiry(
            meeting, days: req.roundtable.configuration.linkDaysAfterMeeting, now: req.roundtable.now)
        let language = resolved.link.language
        let token: String = try await req.db.transaction { db in
            let token = try await Sharing.issueLink(for: participant, expires: expires, on: db)
            // The language they chose on the page they came from stays chosen.
            if let language {
                try await ParticipantLink.query(on: db).filter(\.$tokenHash == TokenHash.of(token))
                    .set(\.$language, to: language).update()
            }
            try await AuditLog.record(
                .participantLinkMade, on: db, context: req.auditContext, schoolID: meeting.$school.id,
                subjectType: "meeting", subjectID: meeting.id, summary: "\(participant.role), from their family page")
            return token
        }
        return req.redirect(to: SiteRoute.participant(token: token, .page()).path)
    }

    private static func page(_ req: Request, _ resolved: ResolvedParticipantLink) async throws -> FamilyPage {
        guard let viewer = FamilyReach.Viewer(resolved), FamilyReach.mayOpen(viewer) else { throw AppError.notFound }
        return try await FamilyPage.read(
            resolved, viewer: viewer,
            catalogLanguage: ParticipantPageController.catalogLanguage(
                link: resolved.link, participant: resolved.participant),
            linkDays: req.roundtable.configuration.linkDaysAfterMeeting, now: req.roundtable.now, on: req.sql)
    }
}
