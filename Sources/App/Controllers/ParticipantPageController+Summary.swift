import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The summary on a participant's page: reading it, confirming it, asking for a correction.
extension ParticipantPageController {
    static func summaryContent(
        _ req: Request, meeting: Meeting, participant: MeetingParticipant, t: Localizer
    ) async throws -> ParticipantSummaryContent? {
        guard meeting.lifecycle.allows(.answerSummary) else { return nil }
        let texts = try await MeetingSummaries.texts(of: meeting, on: req.db)
        let own = texts.first { $0.language == t.language }
        let english = texts.first { $0.language == "en" }
        let next = [own, english].compactMap { text in text?.nextSteps.map { ($0, text!.language) } }.first
        return ParticipantSummaryContent(
            summary: try await MeetingSummaries.summary(
                of: meeting, for: ContactRule.viewer(participant.loadedContactPerson), on: req.db),
            nextSteps: next.map { (text: $0.0, language: $0.1) },
            translation: t.language == "en" ? nil : own?.translation,
            responses: try await SummaryResponse.query(on: req.db)
                .filter(\.$participant.$id == participant.requireID()).sort(\.$createdAt).all(),
            heldOn: meeting.startedAt ?? meeting.startsAt,
            changedAt: try await MeetingSummaries.lastChange(of: meeting, on: req.db),
            justSent: req.query[String.self, at: "summary"].flatMap(SummaryResponse.Kind.init(rawValue:)))
    }

    struct SummaryFields: Content {
        var confirm: String?
        var comment: String?
    }

    static func answerSummary(_ req: Request) async throws -> Response {
        let link: ParticipantLink, participant: MeetingParticipant, meeting: Meeting
        do {
            (link, participant, meeting) = try await resolve(req)
        } catch let stop as LinkStop {
            return try await stopped(req, stop)
        }
        guard meeting.lifecycle.allows(.answerSummary), let token = req.parameters.get("token") else {
            throw AppError.notFound
        }
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let fields = try req.reshowableFields(SummaryFields.self)
        let comment = (fields.comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let kind: SummaryResponse.Kind = fields.confirm == "1" ? .confirmed : .comment
        var problem: String?
        if kind == .comment && comment.isEmpty { problem = t(.errorSummaryComment) }
        if comment.count > 2000 { problem = t(.errorTooLong, ["count": "2000"]) }
        if req.csrfFailed { problem = t(.errorExpired) }
        if let problem {
            var page = try await page(
                req, link: link, participant: participant, meeting: meeting,
                form: try await replyForm(participant, req), saved: false)
            page.summary?.comment = comment
            page.summary?.commentError = problem
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await MeetingSummaries.respond(
            participant, in: meeting, kind: kind, text: kind == .comment ? comment : nil,
            settings: try await req.sharingSettings(meeting), context: req.auditContext, on: req.db)
        req.application.outboxWorker?.wake()
        return req.redirect(
            to: SiteRoute.participantPage(token: token).path + "?summary=\(kind.rawValue)#summary-answers")
    }
}
