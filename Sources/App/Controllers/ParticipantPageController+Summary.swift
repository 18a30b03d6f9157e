import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The summary on a participant's page: reading it, confirming it, asking for a correction.
extension ParticipantPageController {
    struct SummaryFields: Content {
        var confirm: String?
        var comment: String?
    }

    static func answerSummary(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        guard meeting.lifecycle.allows(.answerSummary) else { throw AppError.notFound }
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let fields = try req.reshowableFields(SummaryFields.self)
        let comment = (fields.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let kind: SummaryResponse.Kind = fields.confirm == "1" ? .confirmed : .comment
        var problem: String?
        if kind == .comment && comment.isEmpty { problem = t(.errorSummaryComment) }
        if comment.count > 2000 { problem = t(.errorTooLong, ["count": "2000"]) }
        if req.csrfFailed { problem = t(.errorExpired) }
        if let problem {
            var page = try await page(req, resolved)
            page.summary?.comment = comment
            page.summary?.commentError = problem
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await MeetingSummaries.respond(
            participant, in: meeting, kind: kind, text: kind == .comment ? comment : nil,
            settings: try await req.sharingSettings(meeting), context: req.auditContext, on: req.db,
            now: req.roundtable.now)
        req.application.outboxWorker?.wake()
        return req.redirect(
            to: SiteRoute.participant(token: resolved.token, .page()).path
                + "?summary=\(kind.rawValue)#summary-answered"
        )
    }
}
