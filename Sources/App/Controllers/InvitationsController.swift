import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Writing a meeting's invitation, checking it, and sharing the meeting.
enum InvitationsController {
    struct TextFields: Content {
        var body: String?
    }

    /// The languages the participants read, English first: the texts a school may write.
    static func languages(_ details: Meetings.Details) -> [String] {
        var codes = ["en"]
        for person in details.people {
            if let language = person.participant.familyMember?.preferredLanguage, !codes.contains(language) {
                codes.append(language)
            }
        }
        return codes
    }

    static func form(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let languages = languages(details)
        let language = req.query[String.self, at: "language"].flatMap { languages.contains($0) ? $0 : nil } ?? "en"
        let texts = try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .all()
        let body =
            texts.first { $0.language == language }?.body
            ?? (language == "en" ? InvitationDraft.english(req.draftPlan(context, details: details)) : "")
        return InvitationPage(
            context: context, details: details, language: language, languages: languages,
            written: Set(texts.map(\.language)), body: body, saved: texts.contains { $0.language == language },
            facts: req.checkFacts(context.meeting, details: details), notice: req.notice
        ).response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let languages = languages(details)
        guard let language = req.query[String.self, at: "language"], languages.contains(language) else {
            throw AppError.notFound
        }
        let body = (try req.reshowableFields(TextFields.self).body ?? "").trimmingCharacters(
            in: .whitespacesAndNewlines)
        var errors = FieldErrors()
        if body.isEmpty { errors.add("body", "Write the invitation, or go back without saving") }
        if body.count > 5000 { errors.add("body", "Use 5000 characters or fewer") }
        if req.csrfFailed { errors.addExpiredForm() }
        let texts = try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .all()
        guard errors.isEmpty else {
            return InvitationPage(
                context: context, details: details, language: language, languages: languages,
                written: Set(texts.map(\.language)), body: body, saved: false,
                facts: req.checkFacts(context.meeting, details: details), errors: errors
            ).response(for: req, status: .unprocessableEntity)
        }
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
            to: SiteRoute.meetingInvitation(
                try context.meeting.requireID(), language: language, notice: .invitationSaved
            )
            .path)
    }

    static func share(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.share) else {
            throw AppError.badRequest("This meeting is already shared.")
        }
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let hasInvitation =
            try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .filter(\.$language == "en").count() > 0
        let problems = Sharing.problems(context.meeting, details: details, hasInvitation: hasInvitation)
        guard problems.isEmpty else {
            return SharePage(context: context, details: details, problems: problems, handed: [])
                .response(for: req, status: .unprocessableEntity)
        }
        let handed = try await Sharing.share(
            context.meeting, details: details, settings: try await req.sharingSettings(context.meeting),
            context: req.auditContext, on: req.db)
        req.application.outboxWorker?.wake()
        return SharePage(
            context: context, details: details, problems: [], handed: handed,
            mayReadOutbox: AccessPolicy.allows(context.staff.actor, .readOutbox(context.meeting.ref.school))
        ).response(for: req)
    }

    static func shareForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let hasInvitation =
            try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .filter(\.$language == "en").count() > 0
        return SharePage(
            context: context, details: details,
            problems: context.meeting.lifecycle.allows(.share)
                ? Sharing.problems(context.meeting, details: details, hasInvitation: hasInvitation) : [],
            handed: [], confirming: context.meeting.lifecycle.allows(.share),
            cautions: try await cautions(req, context: context, details: details),
            mayReadOutbox: AccessPolicy.allows(context.staff.actor, .readOutbox(context.meeting.ref.school))
        ).response(for: req)
    }
}

extension InvitationsController {
    /// What a planner should know before sharing: the check's open questions, and who will
    /// get English because their language has no text yet.
    static func cautions(_ req: Request, context: MeetingContext, details: Meetings.Details) async throws -> [String] {
        let texts = try await InvitationText.query(on: req.db).filter(\.$meeting.$id == context.meeting.requireID())
            .all()
        var cautions: [String] = []
        if let english = texts.first(where: { $0.language == "en" }) {
            let report = InvitationCheck.check(
                english.body, language: "en", facts: req.checkFacts(context.meeting, details: details))
            if !report.findings.isEmpty {
                cautions.append(
                    "The invitation check still finds \(report.findings.count) thing\(report.findings.count == 1 ? "" : "s") a family may wonder about."
                )
            }
        }
        let written = Set(texts.map(\.language))
        for person in details.people {
            if let language = person.participant.familyMember?.preferredLanguage, language != "en",
                !written.contains(language)
            {
                cautions.append(
                    "\(person.name) reads \(LanguageName.of(language)) and will get the English invitation: there is no \(LanguageName.of(language)) text yet."
                )
            }
        }
        return cautions
    }

    static func cancelForm(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        guard context.meeting.lifecycle.allows(.cancel) else { throw AppError.notFound }
        return CancelMeetingPage(context: context).response(for: req)
    }

    static func cancel(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.cancel) else { throw AppError.notFound }
        try await Sharing.cancel(
            context.meeting, settings: try await req.sharingSettings(context.meeting), context: req.auditContext,
            on: req.db)
        req.application.outboxWorker?.wake()
        return req.redirect(to: SiteRoute.meeting(try context.meeting.requireID(), notice: .meetingCancelled).path)
    }
}

extension Request {
    func sharingSettings(_ meeting: Meeting) async throws -> Sharing.Settings {
        try await Sharing.Settings.make(for: meeting, configuration: roundtable.configuration, on: db)
    }

    func draftPlan(_ context: MeetingContext, details: Meetings.Details) -> InvitationDraft.Plan {
        let meeting = context.meeting
        let student = context.students.first
        return InvitationDraft.Plan(
            purpose: meeting.purpose, studentName: student?.preferredName ?? student?.legalGivenName ?? "your child",
            startsAt: meeting.startsAt, lengthMinutes: meeting.lengthMinutes, format: meeting.format,
            placeName: details.space?.name, fallbackPlan: meeting.fallbackPlan, urgency: meeting.urgency,
            isConcern: meeting.isConcern,
            people: details.people.filter { $0.participant.kind == .staff || $0.participant.kind == .agency }
                .map { "\($0.name), \($0.participant.role.lowercased())" },
            interpreterLanguages: Set(details.people.compactMap(\.needsInterpreter)).map(LanguageName.of).sorted(),
            timeZone: roundtable.configuration.timeZone)
    }

    func checkFacts(_ meeting: Meeting, details: Meetings.Details) -> InvitationCheck.Facts {
        InvitationCheck.Facts(
            isConcern: meeting.isConcern, isBehaviour: meeting.type == .behaviourConcern, format: meeting.format,
            peopleWords: details.people.compactMap { $0.name.split(separator: " ").first.map(String.init) },
            placeName: details.space?.name)
    }
}

extension Meeting {
    /// Meeting types that usually carry worry for a family.
    var isConcern: Bool { type.usuallyAConcern || difficultNotes != nil }
}
