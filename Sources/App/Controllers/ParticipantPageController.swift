import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// What a participant sees from their personal link, without an account. The participant
/// voice issue builds on this page (replies, their own agenda items, languages). Every route
/// here is behind `ParticipantLinkMiddleware`, which resolves the link (or answers with the
/// kind page) before any handler runs.
enum ParticipantPageController {
    struct ReplyFields: Content {
        var attendance: String?
        var suitable_times: String?
        var wants_interpreter: String?
        var interpreter_language: String?
        var access_needs: String?
        var preferred_mode: String?
        var note: String?
        var contribution: String?

        var form: ParticipantReplyForm {
            var form = ParticipantReplyForm()
            form.attendance = attendance ?? ""
            form.suitableTimes = suitable_times ?? ""
            form.wantsInterpreter = wants_interpreter ?? ""
            form.interpreterLanguage = interpreter_language ?? ""
            form.accessNeeds = access_needs ?? ""
            form.preferredMode = preferred_mode ?? ""
            form.note = note ?? ""
            form.contribution = contribution ?? ""
            return form
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        if rememberLanguage(req, on: link) { try await link.save(on: req.db) }
        // What changed since this person last opened the page (through any of their links).
        let shown = try await page(
            req, resolved, changedSince: link.lastUsedAt, saved: req.query[String.self, at: "saved"] == "1")
        try await LinkVisits.record(
            link, participant: participant, meeting: meeting, showedChanges: !shown.changes.isEmpty,
            context: req.auditContext, now: req.roundtable.now, on: req.db)
        return shown.response(for: req)
    }

    static func reply(_ req: Request) async throws -> Response {
        let resolved = try req.participantLink
        let (link, participant, meeting) = resolved.parts
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let form = try req.reshowableFields(ReplyFields.self).form
        guard participant.kind != .student, meeting.lifecycle.allows(.reply) else {
            throw AppError.notFound
        }
        var errors = FieldErrors()
        var checked: ParticipantReplyForm.Checked?
        switch form.check(t) {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.add(FieldErrors.expiredField, t(.errorExpired)) }
        guard errors.isEmpty, let checked else {
            var page = try await page(req, resolved)
            page.reply = form
            page.replyErrors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let participantID = try participant.requireID()
        let reply =
            try await ParticipantReply.query(on: req.db).filter(\.$participant.$id == participantID).first()
            ?? ParticipantReply()
        reply.$participant.id = participantID
        reply.attendance = checked.attendance
        reply.suitableTimes = checked.suitableTimes
        reply.interpreterLanguage = checked.interpreterLanguage
        reply.accessNeeds = checked.accessNeeds
        reply.preferredMode = checked.preferredMode?.rawValue
        reply.note = checked.note
        reply.contribution = checked.contribution
        try await req.db.transaction { db in
            try await reply.save(on: db)
            try await AuditLog.record(
                .participantReplied, on: db, context: req.auditContext, schoolID: meeting.$school.id,
                subjectType: "meeting", subjectID: meeting.id,
                summary: "\(participant.role): \(checked.attendance.rawValue)")
        }
        return req.redirect(to: SiteRoute.participant(token: resolved.token, .page()).path + "?saved=1#reply-saved")
    }

    /// A language chosen with `?language=` stays with the link. Says whether it changed.
    @discardableResult
    static func rememberLanguage(_ req: Request, on link: ParticipantLink) -> Bool {
        guard let chosen = req.query[String.self, at: "language"],
            chosen == Catalog.pseudoLocale || Catalog.languages.contains(chosen), chosen != link.language
        else { return false }
        link.language = chosen
        return true
    }

    /// The language the page speaks: the one chosen on this link, else the person's own, else English.
    static func catalogLanguage(link: ParticipantLink, participant: MeetingParticipant) -> String {
        // The family record was loaded with the link (`ParticipantLinkMiddleware`).
        let preferred = participant.$familyMember.value.flatMap { $0?.preferredLanguage }
        return Catalog.resolve(chosen: link.language, preferred: preferred)
    }

    static func localizer(
        link: ParticipantLink, participant: MeetingParticipant, on db: any Database
    ) async throws
        -> Localizer
    {
        let preferred = try await participant.$familyMember.get(on: db)?.preferredLanguage
        return Localizer(Catalog.resolve(chosen: link.language, preferred: preferred))
    }

    /// The page as read for this link, with what the address says was just done. A form shown
    /// again sets its own values and errors on the result.
    static func page(
        _ req: Request, _ resolved: ResolvedParticipantLink, changedSince: Date? = nil, saved: Bool = false
    ) async throws -> ParticipantMeetingPage {
        var page = try await ParticipantMeetingPage.read(
            resolved, catalogLanguage: catalogLanguage(link: resolved.link, participant: resolved.participant),
            changedSince: changedSince, now: req.roundtable.now, on: req.sql)
        page.replySaved = saved
        page.agendaAdded = req.query[String.self, at: "added"] == "1"
        page.voiceSaved = req.query[String.self, at: "voice"] == "1"
        page.requests?.sent = req.query[String.self, at: "requested"] == "1"
        page.followThrough?.justSaved = req.query[String.self, at: "followed"] == "1"
        page.summary?.justSent = req.query[String.self, at: "summary"]
            .flatMap(ParticipantSummaryContent.Response.Kind.init(rawValue:))
        page.reminders = reminderChoice(req, resolved.participant)
        page.feedback = try await FeedbackAnswers.invite(for: resolved, now: req.roundtable.now, on: req.sql)
        return page
    }

    /// A kind page for a link that does not (or no longer) work: in the browser's language
    /// when we speak it, and nothing about any meeting.
    static func gone(_ req: Request) -> Response {
        LinkGonePage(catalogLanguage: browserLanguage(req)).response(for: req, status: .notFound)
    }

    /// After many wrong links from one address: the same kind page in the browser's language,
    /// saying to wait, and nothing about staff sign-in (the reader is a family, not staff).
    static func paused(_ req: Request, wait: TimeInterval) -> Response {
        let response = LinkGonePage(catalogLanguage: browserLanguage(req), paused: true)
            .response(for: req, status: .tooManyRequests)
        response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
        return response
    }

    private static func browserLanguage(_ req: Request) -> String {
        let accepted = req.headers.first(name: .acceptLanguage)?.split(separator: ",").first
            .map { String($0.split(separator: ";").first ?? "") }
        return Catalog.resolve(chosen: nil, preferred: accepted)
    }
}

extension MeetingsController {
    /// A new personal link for one participant, shown once. Earlier links keep working.
    static func newLink(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let id = try req.parameters.require(ParticipantID.self).rawValue
        guard context.meeting.lifecycle.allows(.issueLink),
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == context.meeting.requireID()).first(),
            participant.kind != .staff
        else { throw AppError.notFound }
        let expires = Sharing.linkExpiry(
            context.meeting, days: req.roundtable.configuration.linkDaysAfterMeeting, now: req.roundtable.now)
        let details = try await Meetings.details(of: context.meeting, on: req.db, now: req.roundtable.now)
        let name = details.people.first { $0.participant.id == id }?.name ?? participant.role
        let token: String
        do {
            token = try await req.db.transaction { db in
                let token = try await Sharing.issueLink(for: participant, expires: expires, on: db)
                try await AuditLog.record(
                    .participantLinkMade, on: db, context: req.auditContext, schoolID: context.meeting.$school.id,
                    subjectType: "meeting", subjectID: context.meeting.id, summary: participant.role)
                return token
            }
        } catch let refusal as ContactRule.Refusal {
            throw AppError.refused(refusal.explanation(name: name))
        }
        let url = req.roundtable.configuration.publicURL.address(of: SiteRoute.participant(token: token, .page()))
        return SharePage(
            meetingID: MeetingID(try context.meeting.requireID()), studentNames: context.students.map(\.displayName),
            mayShare: context.meeting.lifecycle.allows(.share), newLink: HandedLink(name: name, url: url)
        ).response(for: req)
    }
}

extension MeetingsController {
    /// Stops every personal link of one participant, for a lost phone or a link sent to the
    /// wrong person.
    static func stopLinks(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let id = try req.parameters.require(ParticipantID.self).rawValue
        guard
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == context.meeting.requireID()).first()
        else { throw AppError.notFound }
        let now = req.roundtable.now
        try await req.db.transaction { db in
            try await ContactStop.stopLinks(
                of: [participant], reason: "their links were stopped on the meeting page", now: now, on: db)
            try await Meetings.audit(
                context.meeting, "Stopped the links of: \(participant.role)", context: req.auditContext, on: db)
        }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .linksStopped)).path
                + "#tasks")
    }

    struct PageVersionFields: Content {
        var version: String?
    }

    /// The lead chooses the simpler or the standard page for a student, whatever their age.
    static func choosePageVersion(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        let id = try req.parameters.require(ParticipantID.self).rawValue
        guard
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == context.meeting.requireID()).filter(\.$kind == .student).first()
        else { throw AppError.notFound }
        let chosen = try req.formFields(PageVersionFields.self).version.flatMap(PageVersion.init(rawValue:))
        participant.pageVersion = chosen
        try await req.db.transaction { db in
            try await participant.save(on: db)
            try await Meetings.audit(
                context.meeting, "Chose the student's page: \(chosen?.label ?? "by age")", context: req.auditContext,
                on: db)
        }
        return req.redirect(
            to: SiteRoute.meeting(try MeetingID(context.meeting.requireID()), .show(notice: .peopleSaved)).path
                + "#tasks")
    }

    static func split(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.split) else { throw AppError.badRequest("Only a draft can be split.") }
        let second = try await Meetings.split(
            context.meeting, by: context.staff.user.requireID(), context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.meeting(try MeetingID(second.requireID()), .show(notice: .meetingSplit)).path)
    }
}
