import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Writing a meeting's invitation, checking it, and sharing the meeting.
enum InvitationsController {
    struct TextFields: Content {
        var body: String?
    }

    static func form(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try await InvitationPage.read(
            context, language: req.query[String.self, at: "language"], notice: req.notice,
            timeZone: req.roundtable.configuration.timeZone, on: req.sql
        ).response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let source = try await InvitationSource.read(context, on: req.sql)
        guard let language = req.query[String.self, at: "language"], source.languages.contains(language) else {
            throw AppError.notFound
        }
        let body = (try req.reshowableFields(TextFields.self).body ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if body.isEmpty { errors.add("body", "Write the invitation, or go back without saving") }
        if body.count > 5000 { errors.add("body", "Use 5000 characters or fewer") }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            return InvitationPage.make(
                context, source: source, language: language, body: body, errors: errors,
                timeZone: req.roundtable.configuration.timeZone
            ).response(for: req, status: .unprocessableEntity)
        }
        let texts = try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .all()
        let text = texts.first { $0.language == language } ?? InvitationText()
        text.$meeting.id = try context.meeting.requireID()
        text.language = language
        text.body = body
        try await req.db.transaction { db in
            try await text.save(on: db)
            try await AuditLog.record(
                .invitationSaved, on: db, context: req.auditContext, schoolID: context.meeting.$school.id,
                subjectType: "meeting", subjectID: context.meeting.id, summary: LanguageName.of(language))
        }
        return req.redirect(
            to: SiteRoute.meeting(
                MeetingID(try context.meeting.requireID()), .invitation(language: language, notice: .invitationSaved)
            )
            .path)
    }

    static func share(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.share) else {
            throw AppError.badRequest("This meeting is already shared.")
        }
        let details = try await Meetings.details(of: context.meeting, on: req.db, now: req.roundtable.now)
        let hasInvitation =
            try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .filter(\.$language == "en").count() > 0
        let problems = Sharing.problems(
            context.meeting, details: details, hasInvitation: hasInvitation, now: req.roundtable.now)
        guard problems.isEmpty else {
            return SharePage(
                context, details: details, problems: problems, handed: [],
                mailConfigured: req.roundtable.sendsMail
            )
            .response(for: req, status: .unprocessableEntity)
        }
        let handed = try await Sharing.share(
            context.meeting, details: details, settings: try await req.sharingSettings(context.meeting),
            context: req.auditContext, on: req.db, now: req.roundtable.now)
        req.application.outboxWorker?.wake()
        return SharePage(
            context, details: details, problems: [], handed: handed,
            mailConfigured: req.roundtable.sendsMail
        ).response(for: req)
    }

    static func shareForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        return try await SharePage.read(context, now: req.roundtable.now, on: req.sql).response(for: req)
    }
}

extension InvitationsController {
    static func cancelForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        guard context.meeting.lifecycle.allows(.cancel) else { throw AppError.notFound }
        return CancelMeetingPage.read(context).response(for: req)
    }

    static func cancel(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.cancel) else { throw AppError.notFound }
        try await Sharing.cancel(
            context.meeting, settings: try await req.sharingSettings(context.meeting), context: req.auditContext,
            on: req.db, now: req.roundtable.now)
        req.application.outboxWorker?.wake()
        return req.redirect(
            to: SiteRoute.meeting(
                try MeetingID(context.meeting.requireID()),
                .show(notice: req.roundtable.sendsMail ? .meetingCancelled : .meetingCancelledUnsent)
            ).path)
    }
}

extension Request {
    func sharingSettings(_ meeting: Meeting) async throws -> Sharing.Settings {
        try await Sharing.Settings.make(for: meeting, configuration: roundtable.configuration, on: db)
    }
}

extension Meeting {
    /// Meeting types that usually carry worry for a family.
    var isConcern: Bool { type.usuallyAConcern || difficultNotes != nil }
}
