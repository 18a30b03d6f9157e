import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The school's texts in other languages: whoever may change the plan writes them.
extension InvitationsController {
    static func textsForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let language = req.query[String.self, at: "language"].flatMap { Catalog.languages.contains($0) ? $0 : nil }
        let source = try await MeetingTextsSource.read(try context.meeting.requireID(), on: req.sql)
        return MeetingTextsPage.make(context, source: source, language: language ?? "en", notice: req.notice)
            .response(for: req)
    }

    static func saveTexts(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        guard let language = req.query[String.self, at: "language"], Catalog.languages.contains(language) else {
            throw AppError.notFound
        }
        let meetingID = try context.meeting.requireID()
        let source = try await MeetingTextsSource.read(meetingID, on: req.sql)
        let form = SchoolTextsForm(
            fields: try req.reshowableFields([String: String].self),
            parts: SchoolTextsForm.parts(for: language, hasCall: context.meeting.format.needsLink),
            items: source.items.map(\.id))
        var errors = form.check()
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            return MeetingTextsPage.make(context, source: source, language: language, form: form, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        try await MeetingTexts.save(
            form, language: language, meeting: context.meeting, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(MeetingID(meetingID), .texts(language: language, notice: .textsSaved)).path)
    }
}
