import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// What a participant sees from their personal link, without an account. The participant
/// voice issue builds on this page (replies, their own agenda items, languages).
enum ParticipantPageController {
    /// The link's participant and meeting, if the link is current and (where the school asks
    /// for it) this browser has given the email code. Throws `LinkStop` otherwise.
    static func resolve(
        _ req: Request, checkingCode: Bool = true
    ) async throws -> (
        ParticipantLink, MeetingParticipant, Meeting
    ) {
        // The link is looked up first: a real link always opens, however many wrong ones came
        // from the same address (a school's or a mobile network's shared one). Only failed
        // lookups are counted, so guessing is slowed without locking any family out.
        let found: (ParticipantLink, MeetingParticipant, Meeting)
        do {
            found = try await find(req)
        } catch AppError.notFound {
            let key = "link:" + req.clientAddress
            if case .waiting(let wait) = try await AttemptCounter.count(key, scope: .address, on: req.db) {
                throw LinkStop.paused(wait)
            }
            throw LinkStop.gone
        }
        if checkingCode, try await needsCode(req, participant: found.1, meeting: found.2) {
            throw LinkStop.codeNeeded(found.0, found.1, found.2)
        }
        return found
    }

    private static func find(_ req: Request) async throws -> (ParticipantLink, MeetingParticipant, Meeting) {
        guard let token = req.parameters.get("token"), token.count >= 20, token.count <= 100,
            let link = try await ParticipantLink.query(on: req.db).filter(\.$tokenHash == TokenHash.of(token))
                .with(\.$participant).first(),
            link.revokedAt == nil, link.expiresAt > Date(),
            let meeting = try await Meeting.find(link.participant.$meeting.id, on: req.db),
            meeting.lifecycle.hasBeenShared
        else { throw AppError.notFound }
        // A contact restriction closes every link of the person, and lifting it opens none made before.
        try await link.participant.$familyMember.load(on: req.db)
        guard ContactRule.openLink(link.participant.loadedContactPerson, issuedAt: link.createdAt) == nil else {
            throw AppError.notFound
        }
        return (link, link.participant, meeting)
    }

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
        let resolved: (ParticipantLink, MeetingParticipant, Meeting)
        do {
            resolved = try await resolve(req)
        } catch let stop as LinkStop {
            return try await stopped(req, stop)
        }
        let (link, participant, meeting) = resolved
        rememberLanguage(req, on: link)
        let previousVisit = link.lastUsedAt
        link.lastUsedAt = Date()
        try await link.save(on: req.db)
        try await AuditLog.record(
            .participantPageOpened, on: req.db, context: req.auditContext, schoolID: meeting.$school.id,
            subjectType: "meeting", subjectID: meeting.id, summary: participant.role)
        var page = try await page(
            req, link: link, participant: participant, meeting: meeting,
            form: try await replyForm(participant, req),
            saved: req.query[String.self, at: "saved"] == "1")
        if let previousVisit {
            // What changed since this person last opened the page (through any of their links).
            let kinds = try await MeetingChangeRecord.query(on: req.db).filter(\.$meeting.$id == meeting.requireID())
                .filter(\.$at > previousVisit).all(\.$kind)
            page.changes = MeetingChange.allCases.filter(kinds.contains)
        }
        return page.response(for: req)
    }

    static func reply(_ req: Request) async throws -> Response {
        let resolved: (ParticipantLink, MeetingParticipant, Meeting)
        do {
            resolved = try await resolve(req)
        } catch let stop as LinkStop {
            return try await stopped(req, stop)
        }
        let (link, participant, meeting) = resolved
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
            return try await page(
                req, link: link, participant: participant, meeting: meeting, form: form, errors: errors, saved: false
            ).response(for: req, status: .unprocessableEntity)
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
        guard let token = req.parameters.get("token") else { throw AppError.notFound }
        return req.redirect(to: SiteRoute.participantPage(token: token).path + "?saved=1#reply")
    }

    /// Before someone replies, what the school already knows is filled in for them to check:
    /// an interpreter, and in which language.
    static func firstReply(
        for participant: MeetingParticipant, on db: any Database
    ) async throws
        -> ParticipantReplyForm
    {
        var form = ParticipantReplyForm()
        if let member = try await participant.$familyMember.get(on: db), member.needsInterpreter {
            form.wantsInterpreter = "yes"
            form.interpreterLanguage = member.interpreterLanguage ?? member.preferredLanguage
        }
        return form
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

    static func localizer(
        link: ParticipantLink, participant: MeetingParticipant, on db: any Database
    ) async throws
        -> Localizer
    {
        let preferred = try await participant.$familyMember.get(on: db)?.preferredLanguage
        return Localizer(Catalog.resolve(chosen: link.language, preferred: preferred))
    }

    static func page(
        _ req: Request, link: ParticipantLink, participant: MeetingParticipant, meeting: Meeting,
        form: ParticipantReplyForm, errors: FieldErrors = FieldErrors(), saved: Bool
    ) async throws -> ParticipantMeetingPage {
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let details = try await Meetings.details(of: meeting, on: req.db)
        let students = try await MeetingStudent.query(on: req.db).filter(\.$meeting.$id == meeting.requireID())
            .with(\.$student).all().map(\.student)
        let school = try await School.find(meeting.$school.id, on: req.db)
        let texts = try await InvitationText.query(on: req.db).filter(\.$meeting.$id == meeting.requireID()).all()
        let invitation = texts.first { $0.language == t.language } ?? texts.first { $0.language == "en" }
        let name = details.people.first { $0.participant.id == participant.id }?.name
        let voice = try await ParticipantVoice.query(on: req.db).filter(\.$participant.$id == participant.requireID())
            .first()
        return ParticipantMeetingPage(
            meeting: meeting, details: details, students: students, schoolName: school?.name ?? "",
            viewerID: try participant.requireID(), viewerName: name, invitation: invitation,
            isStudent: participant.kind == .student, t: t, token: req.parameters.get("token") ?? "", reply: form,
            replyErrors: errors, replySaved: saved, timeZone: req.roundtable.configuration.timeZone,
            agendaAdded: req.query[String.self, at: "added"] == "1", voice: voice,
            voiceSaved: req.query[String.self, at: "voice"] == "1",
            requestChildren: try await participant.$familyMember.id.asyncMap {
                try await MeetingRequestsController.childrenOf($0, in: meeting, on: req.db)
            } ?? [],
            requests: try await MeetingRequest.query(on: req.db).filter(\.$participant.$id == participant.requireID())
                .sort(\.$createdAt, .descending).all(),
            requestSent: req.query[String.self, at: "requested"] == "1", chosenVersion: participant.pageVersion,
            summary: try await summaryContent(req, meeting: meeting, participant: participant, t: t))
    }

    /// A kind page for a link that does not (or no longer) work: in the browser's language
    /// when we speak it, and nothing about any meeting.
    static func gone(_ req: Request) -> Response {
        let accepted = req.headers.first(name: .acceptLanguage)?.split(separator: ",").first
            .map { String($0.split(separator: ";").first ?? "") }
        let t = Localizer(Catalog.resolve(chosen: nil, preferred: accepted))
        return LinkGonePage(t: t).response(for: req, status: .notFound)
    }

    /// After many wrong links from one address: the same kind page in the browser's language,
    /// saying to wait, and nothing about staff sign-in (the reader is a family, not staff).
    static func paused(_ req: Request, wait: TimeInterval) -> Response {
        let accepted = req.headers.first(name: .acceptLanguage)?.split(separator: ",").first
            .map { String($0.split(separator: ";").first ?? "") }
        let t = Localizer(Catalog.resolve(chosen: nil, preferred: accepted))
        let response = LinkGonePage(t: t, paused: true).response(for: req, status: .tooManyRequests)
        response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
        return response
    }
}

extension ParticipantReplyForm {
    init(_ reply: ParticipantReply) {
        self.init()
        attendance = reply.attendance.rawValue
        suitableTimes = reply.suitableTimes ?? ""
        wantsInterpreter = reply.interpreterLanguage == nil ? "no" : "yes"
        interpreterLanguage = reply.interpreterLanguage ?? ""
        accessNeeds = reply.accessNeeds ?? ""
        preferredMode = reply.preferredMode ?? ""
        note = reply.note ?? ""
        contribution = reply.contribution ?? ""
    }
}

extension MeetingsController {
    /// A new personal link for one participant, shown once. Earlier links keep working.
    static func newLink(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.issueLink), let id = req.parameters.get("participantID", as: UUID.self),
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == context.meeting.requireID()).first(),
            participant.kind != .staff
        else { throw AppError.notFound }
        let expires = Sharing.linkExpiry(context.meeting, days: req.roundtable.configuration.linkDaysAfterMeeting)
        let details = try await Meetings.details(of: context.meeting, on: req.db)
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
        let url = req.roundtable.configuration.publicURL.address(of: SiteRoute.participantPage(token: token))
        return SharePage(
            context: context, details: details, problems: [], handed: [Sharing.HandedLink(name: name, url: url)]
        ).response(for: req)
    }
}

extension MeetingsController {
    /// Stops every personal link of one participant, for a lost phone or a link sent to the
    /// wrong person.
    static func stopLinks(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard let id = req.parameters.get("participantID", as: UUID.self),
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == context.meeting.requireID()).first()
        else { throw AppError.notFound }
        try await req.db.transaction { db in
            for link in try await ParticipantLink.query(on: db).filter(\.$participant.$id == id)
                .filter(\.$revokedAt == nil).all()
            {
                link.revokedAt = Date()
                try await link.save(on: db)
            }
            try await Meetings.audit(
                context.meeting, "Stopped the links of: \(participant.role)", context: req.auditContext, on: db)
        }
        return req.redirect(
            to: SiteRoute.meeting(try context.meeting.requireID(), notice: .linksStopped).path + "#sharing")
    }

    struct PageVersionFields: Content {
        var version: String?
    }

    /// The lead chooses the simpler or the standard page for a student, whatever their age.
    static func choosePageVersion(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard let id = req.parameters.get("participantID", as: UUID.self),
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
            to: SiteRoute.meeting(try context.meeting.requireID(), notice: .peopleSaved).path + "#sharing")
    }

    static func split(_ req: Request) async throws -> Response {
        let context = try await req.plannableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.lifecycle.allows(.split) else { throw AppError.badRequest("Only a draft can be split.") }
        let second = try await Meetings.split(
            context.meeting, by: context.staff.user.requireID(), context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.meeting(try second.requireID(), notice: .meetingSplit).path)
    }
}
