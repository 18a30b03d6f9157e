import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// After a meeting, from a participant's own link: how it felt (`FeedbackRule` says who is
/// asked and for how long). Behind `ParticipantLinkMiddleware` like every participant route.
enum FeedbackController {
    static func show(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        try asked(resolved)
        let stored = try await FeedbackAnswers.current(participantID: resolved.participant.requireID(), on: req.sql)
        var page = try await makePage(req, resolved, stored: stored)
        page.justSaved = req.query[String.self, at: "saved"] == "1" && page.mayAnswer
        return page.response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        try asked(resolved)
        let (link, participant, meeting) = resolved.parts
        let fields = try req.reshowableFields([String: String].self)
        var form = FeedbackForm(better: fields["better"] ?? "", totalsOnly: fields["totals_only"] == "true")
        for question in FeedbackQuestion.allCases { form.scores[question] = fields[question.field] }
        let scale = FeedbackScale.of(participant.kind)
        let t = Localizer(ParticipantPageController.catalogLanguage(link: link, participant: participant))
        let stored = try await FeedbackAnswers.current(participantID: participant.requireID(), on: req.sql)
        var checked: FeedbackForm.Checked?
        var errors = FieldErrors()
        switch form.check(scale, t) {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.add(FieldErrors.expiredField, t(.errorExpired)) }
        let back = SiteRoute.participant(token: resolved.token, .feedback).path
        // The week is over: the page says so, and nothing is written.
        if let stored, !stored.mayChange(at: req.roundtable.now) { return req.redirect(to: back) }
        guard errors.isEmpty, let checked else {
            var page = try await makePage(req, resolved, stored: stored)
            page.form = form
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let outcome = try await FeedbackAnswers.save(
            checked, scale: scale, participant: participant, meeting: meeting, context: req.auditContext,
            now: req.roundtable.now, on: req.db)
        return req.redirect(to: back + (outcome == .locked ? "" : "?saved=1#feedback-status"))
    }

    /// Only someone `FeedbackRule` asks reaches the questions; anyone else is "not found".
    private static func asked(_ resolved: ResolvedParticipantLink) throws {
        let participant = FeedbackRule.Participant(
            contact: resolved.participant.loadedContactPerson, presence: resolved.participant.presence)
        guard FeedbackRule.isAsked(participant, meeting: resolved.meeting.lifecycle) else { throw AppError.notFound }
    }

    private static func makePage(
        _ req: Request, _ resolved: ResolvedParticipantLink, stored: FeedbackAnswers.Stored?
    ) async throws -> FeedbackPage {
        FeedbackPage(
            catalogLanguage: ParticipantPageController.catalogLanguage(
                link: resolved.link, participant: resolved.participant),
            token: resolved.token,
            schoolName: try await FeedbackPage.schoolName(of: resolved.meeting, on: req.sql),
            isStudent: FeedbackScale.of(resolved.participant.kind) == .faces,
            form: stored?.form ?? FeedbackForm(),
            changeableUntil: stored.map { FeedbackRule.changeableUntil(firstAnsweredAt: $0.created_at) },
            mayAnswer: stored?.mayChange(at: req.roundtable.now) ?? true)
    }
}
