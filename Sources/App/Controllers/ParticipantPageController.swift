import Fluent
import RoundtableCore
import Vapor

/// What a participant sees from their personal link, without an account. The participant
/// voice issue builds on this page (replies, their own agenda items, languages).
enum ParticipantPageController {
    /// The link's participant and meeting, if the link is current.
    static func resolve(_ req: Request) async throws -> (ParticipantLink, MeetingParticipant, Meeting) {
        // Guessing links is throttled per address, as sign-in is: a few mistyped links are
        // fine, a search through many is slowed to a crawl.
        let now = Date()
        let key = "link:" + req.clientAddress
        let record = try await SignInThrottleRecord.find(key, on: req.db) ?? SignInThrottleRecord(key: key)
        if let blocked = record.blockedUntil, blocked > now {
            throw AppError.tooManyRequests(retryAfter: blocked.timeIntervalSince(now))
        }
        do {
            return try await find(req)
        } catch AppError.notFound {
            let failures =
                SignInThrottle.effectiveFailures(record.failures, lastFailure: record.lastFailureAt, now: now) + 1
            record.failures = failures
            record.lastFailureAt = now
            let delay = SignInThrottle.delay(afterFailures: failures, scope: .address)
            if delay > 0 { record.blockedUntil = now.addingTimeInterval(delay) }
            try await record.save(on: req.db)
            throw AppError.notFound
        }
    }

    private static func find(_ req: Request) async throws -> (ParticipantLink, MeetingParticipant, Meeting) {
        guard let token = req.parameters.get("token"), token.count >= 20, token.count <= 100,
            let link = try await ParticipantLink.query(on: req.db).filter(\.$tokenHash == TokenHash.of(token))
                .with(\.$participant).first(),
            link.revokedAt == nil, link.expiresAt > Date(),
            let meeting = try await Meeting.find(link.participant.$meeting.id, on: req.db),
            meeting.state != .draft
        else { throw AppError.notFound }
        return (link, link.participant, meeting)
    }

    static func show(_ req: Request) async throws -> Response {
        let (link, participant, meeting) = try await resolve(req)
        link.lastUsedAt = Date()
        try await link.save(on: req.db)
        let details = try await Meetings.details(of: meeting, on: req.db)
        let students = try await MeetingStudent.query(on: req.db).filter(\.$meeting.$id == meeting.requireID())
            .with(\.$student).all().map(\.student)
        let school = try await School.find(meeting.$school.id, on: req.db)
        let texts = try await InvitationText.query(on: req.db).filter(\.$meeting.$id == meeting.requireID()).all()
        let language = try await participant.$familyMember.get(on: req.db)?.preferredLanguage ?? "en"
        let invitation = texts.first { $0.language == language } ?? texts.first { $0.language == "en" }
        let name = details.people.first { $0.participant.id == participant.id }?.name
        return ParticipantMeetingPage(
            meeting: meeting, details: details, students: students, schoolName: school?.name ?? "",
            viewerID: try participant.requireID(), viewerName: name, invitation: invitation,
            isStudent: participant.kind == .student
        ).response(for: req)
    }
}

extension MeetingsController {
    /// A new personal link for one participant, shown once. Earlier links keep working.
    static func newLink(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.state != .draft, let id = req.parameters.get("participantID", as: UUID.self),
            let participant = try await MeetingParticipant.query(on: req.db).filter(\.$id == id)
                .filter(\.$meeting.$id == context.meeting.requireID()).first(),
            participant.kind != .staff
        else { throw AppError.notFound }
        let token = Secrets.randomToken()
        let link = ParticipantLink()
        link.$participant.id = id
        link.tokenHash = TokenHash.of(token)
        let days = req.roundtable.configuration.linkDaysAfterMeeting
        link.expiresAt = (context.meeting.startsAt ?? Date()).addingTimeInterval(TimeInterval(days * 86_400))
        try await req.db.transaction { db in
            try await link.create(on: db)
            try await AuditLog.record(
                .participantLinkMade, on: db, context: req.auditContext, schoolID: context.meeting.$school.id,
                subjectType: "meeting", subjectID: context.meeting.id, summary: participant.role)
        }
        let details = try await Meetings.details(of: context.meeting, on: req.db)
        let name = details.people.first { $0.participant.id == id }?.name ?? participant.role
        let url = req.roundtable.configuration.publicURL
            .appendingPathComponent(SiteRoute.participantPage(token: token).path).absoluteString
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

    static func split(_ req: Request) async throws -> Response {
        let context = try await req.changeableMeeting()
        if req.csrfFailed { throw AppError.formExpired }
        guard context.meeting.state == .draft else { throw AppError.badRequest("Only a draft can be split.") }
        let second = try await Meetings.split(
            context.meeting, by: context.staff.user.requireID(), context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.meeting(try second.requireID(), notice: .meetingSplit).path)
    }
}
