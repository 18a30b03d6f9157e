import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The lead writes what happens next (and any translations), checks the words, shares the
/// summary, and answers what participants say about it.
enum SummaryController {
    struct Query: Content {
        var language: String?
    }

    static func language(_ req: Request) -> String {
        let asked = (try? req.query.decode(Query.self).language) ?? nil
        return asked.flatMap { Catalog.languages.contains($0) ? $0 : nil } ?? "en"
    }

    static func writable(_ req: Request) async throws -> MeetingContext {
        let context = try await req.changeableMeeting()
        guard context.meeting.lifecycle.allows(.writeSummary) else {
            throw AppError.badRequest("The summary is written once the meeting is closed.")
        }
        return context
    }

    static func show(_ req: Request) async throws -> Response {
        let context = try await writable(req)
        return try await page(req, context, language: language(req)).response(for: req)
    }

    static func page(
        _ req: Request, _ context: MeetingContext, language: String, nextSteps: String? = nil,
        translation: String? = nil, forStudent: String? = nil, errors: FieldErrors = FieldErrors(),
        answers: [UUID: String] = [:], handed: [HandedLink] = []
    ) async throws -> SummaryWritePage {
        try await SummaryWritePage.read(
            context, language: language, nextSteps: nextSteps, translation: translation, forStudent: forStudent,
            errors: errors,
            answers: answers, handed: handed, notice: req.notice, on: req.sql)
    }

    struct TextFields: Content {
        var next_steps: String?
        var translation: String?
        var for_student: String?
    }

    static func save(_ req: Request) async throws -> Response {
        let context = try await writable(req)
        let language = language(req)
        let fields = try req.reshowableFields(TextFields.self)
        let nextSteps = (fields.next_steps ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let translation = (fields.translation ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let forStudent = (fields.for_student ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if forStudent.count > 1000 { errors.add("for_student", "Use 1000 characters or fewer") }
        if nextSteps.count > 2000 { errors.add("next_steps", "Use 2000 characters or fewer") }
        if translation.count > 10000 { errors.add("translation", "Use 10000 characters or fewer") }
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and save again.")
        }
        guard errors.isEmpty else {
            return try await page(
                req, context, language: language, nextSteps: nextSteps, translation: translation,
                forStudent: forStudent, errors: errors
            ).response(for: req, status: .unprocessableEntity)
        }
        try await MeetingSummaries.save(
            context.meeting, language: language, nextSteps: nextSteps.isEmpty ? nil : nextSteps,
            translation: translation.isEmpty || language == "en" ? nil : translation,
            forStudent: forStudent.isEmpty ? nil : forStudent, on: req.db)
        return req.redirect(
            to: SiteRoute.meeting(
                try MeetingID(context.meeting.requireID()), .summary(language: language, notice: .summarySaved)
            )
            .path)
    }

    static func share(_ req: Request) async throws -> Response {
        let context = try await writable(req)
        if req.csrfFailed { throw AppError.formExpired }
        let handed = try await MeetingSummaries.share(
            context.meeting, settings: try await req.sharingSettings(context.meeting), context: req.auditContext,
            on: req.db, now: req.roundtable.now)
        req.application.outboxWorker?.wake()
        guard handed.isEmpty else {
            return try await page(req, context, language: "en", handed: handed).response(for: req)
        }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .summary(notice: .summaryShared)).path)
    }

    static func answer(_ req: Request) async throws -> Response {
        let context = try await writable(req)
        let responseID = try req.parameters.require(SummaryResponseID.self).rawValue
        let fields = try req.reshowableFields([String: String].self)
        let key = "answer-" + responseID.uuidString.prefix(8)
        let text = (fields[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if text.isEmpty { errors.add(key, "Write your answer") }
        if text.count > 2000 { errors.add(key, "Use 2000 characters or fewer") }
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and send again.")
        }
        guard errors.isEmpty else {
            return try await page(req, context, language: "en", errors: errors, answers: [responseID: text])
                .response(for: req, status: .unprocessableEntity)
        }
        try await MeetingSummaries.answer(
            responseID, in: context.meeting, text: text, by: context.staff.user.requireID(),
            settings: try await req.sharingSettings(context.meeting), context: req.auditContext, on: req.db,
            now: req.roundtable.now)
        req.application.outboxWorker?.wake()
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .summary(notice: .summaryAnswered)).path
                + "#responses")
    }
}
