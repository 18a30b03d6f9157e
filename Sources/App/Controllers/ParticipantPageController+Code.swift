import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The optional email code (a school setting). Until this browser has given the code, the
/// page shows nothing about the meeting or the child, and forms on it are not accepted.
extension ParticipantPageController {
    /// Why a request from a personal link stops before the page.
    enum LinkStop: Error {
        case gone
        /// Too many wrong links from this address; wait this long.
        case paused(TimeInterval)
        case codeNeeded(ParticipantLink, MeetingParticipant, Meeting)
    }

    static let trustCookie = "roundtable_trust"

    struct CodeFields: Content {
        var code: String?
    }

    static func stopped(_ req: Request, _ stop: LinkStop) async throws -> Response {
        switch stop {
        case .gone:
            return gone(req)
        case .paused(let wait):
            return paused(req, wait: wait)
        case .codeNeeded(let link, let participant, _):
            // A form sent from an untrusted browser goes back to the page, which asks for the code.
            guard req.method == .GET, let token = req.parameters.token else {
                let token = req.parameters.token ?? ""
                return req.redirect(to: SiteRoute.participant(token: token, .page()).path)
            }
            if rememberLanguage(req, on: link) { try await link.save(on: req.db) }
            return try await codePage(req, link: link, participant: participant, token: token).response(for: req)
        }
    }

    /// Only people whose link went by email are asked: a link handed over in person (a
    /// student's, or a parent without email) has already reached the right person.
    static func needsCode(_ req: Request, participant: MeetingParticipant, meeting: Meeting) async throws -> Bool {
        guard let school = try await School.find(meeting.$school.id, on: req.db), school.participantCodeRequired,
            try await Sharing.emailAddress(of: participant, on: req.db) != nil
        else { return false }
        guard let cookie = req.cookies[trustCookie]?.string, !cookie.isEmpty else { return true }
        let trusted = try await TrustedBrowser.query(on: req.db)
            .filter(\.$participant.$id == participant.requireID())
            .filter(\.$tokenHash == TokenHash.of(cookie))
            .filter(\.$expiresAt > req.roundtable.now)
            .first()
        return trusted == nil
    }

    /// The newest code that can still be used.
    private static func currentCode(
        _ participant: MeetingParticipant, now: Date, on db: any Database
    ) async throws
        -> ParticipantCodeRecord?
    {
        try await ParticipantCodeRecord.query(on: db).filter(\.$participant.$id == participant.requireID())
            .filter(\.$expiresAt > now).sort(\.$createdAt, .descending).first()
    }

    /// The code is hashed with the participant's id, so the same six digits for two people
    /// never share a hash.
    private static func hash(_ digits: String, _ participant: MeetingParticipant) throws -> String {
        TokenHash.of(try participant.requireID().uuidString + ":" + digits)
    }

    static func codePage(
        _ req: Request, link: ParticipantLink, participant: MeetingParticipant, token: String,
        errors: FieldErrors = FieldErrors(), typed: String = ""
    ) async throws -> ParticipantCodePage {
        let email = try await Sharing.emailAddress(of: participant, on: req.db)
        let current = try await currentCode(participant, now: req.roundtable.now, on: req.db)
        return ParticipantCodePage(
            catalogLanguage: catalogLanguage(link: link, participant: participant), token: token,
            maskedEmail: ParticipantCode.mask(email?.value ?? ""),
            codeSent: current != nil && current!.attempts < ParticipantCode.maxAttempts, errors: errors, typed: typed)
    }

    static func sendCode(_ req: Request) async throws -> Response {
        let (link, participant, meeting) = try req.participantLink.parts
        let token = req.parameters.token ?? ""
        guard !link.handed, try await needsCode(req, participant: participant, meeting: meeting),
            let recipient = try await Recipient.participant(
                participant,
                name: try await participant.$familyMember.get(on: req.db)?.displayName ?? participant.role, on: req.db)
        else { return req.redirect(to: SiteRoute.participant(token: token, .page()).path) }
        if req.csrfFailed {
            let t = try await localizer(link: link, participant: participant, on: req.db)
            var errors = FieldErrors()
            errors.add(FieldErrors.expiredField, t(.errorExpired))
            return try await codePage(req, link: link, participant: participant, token: token, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        let now = req.roundtable.now
        let latest = try await ParticipantCodeRecord.query(on: req.db)
            .filter(\.$participant.$id == participant.requireID()).sort(\.$createdAt, .descending).first()
        if latest.map({ now.timeIntervalSince($0.createdAt) >= ParticipantCode.resendAfter }) ?? true {
            let t = try await localizer(link: link, participant: participant, on: req.db)
            let code = ParticipantCode.generate()
            let schoolName = try await School.find(meeting.$school.id, on: req.db)?.name ?? ""
            let record = ParticipantCodeRecord()
            record.$participant.id = try participant.requireID()
            record.codeHash = try hash(ParticipantCode.normalise(code) ?? "", participant)
            record.expiresAt = now.addingTimeInterval(ParticipantCode.lifetime)
            record.attempts = 0
            record.createdAt = now
            let message = OutboxMessage(
                school: meeting.$school.id, meeting: nil, to: recipient,
                subject: t(.codeEmailSubject, ["school": schoolName]),
                // Isolated: an Arabic mail view would otherwise show "927 749" as "749 927".
                body: t(.codeEmailBody, ["code": t.isolated(code), "school": t.isolatedName(schoolName)]), now: now)
            try await req.db.transaction { db in
                try await record.create(on: db)
                try await message.create(on: db)
                try await AuditLog.record(
                    .participantCodeSent, on: db, context: req.auditContext, schoolID: meeting.$school.id,
                    subjectType: "meeting", subjectID: meeting.id, summary: participant.role)
            }
            req.application.outboxWorker?.wake()
        }
        return req.redirect(to: SiteRoute.participant(token: token, .page()).path + "#code")
    }

    static func verifyCode(_ req: Request) async throws -> Response {
        let (link, participant, meeting) = try req.participantLink.parts
        let token = req.parameters.token ?? ""
        let t = try await localizer(link: link, participant: participant, on: req.db)
        let typed = String((try req.reshowableFields(CodeFields.self).code ?? "").prefix(40))
        var errors = FieldErrors()
        let current = try await currentCode(participant, now: req.roundtable.now, on: req.db)
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, t(.errorExpired))
        } else if let current, let attempts = try await takeAttempt(at: current, on: req.db) {
            if let digits = ParticipantCode.normalise(typed), try hash(digits, participant) == current.codeHash {
                return try await trustBrowser(req, link: link, participant: participant, meeting: meeting, token: token)
            }
            try await AuditLog.record(
                .participantCodeRefused, on: req.db, context: req.auditContext, schoolID: meeting.$school.id,
                subjectType: "meeting", subjectID: meeting.id, summary: participant.role)
            errors.add("code", attempts < ParticipantCode.maxAttempts ? t(.errorCodeWrong) : t(.errorCodeUsedUp))
        } else {
            errors.add("code", t(.errorCodeUsedUp))
        }
        return try await codePage(req, link: link, participant: participant, token: token, errors: errors, typed: typed)
            .response(for: req, status: .unprocessableEntity)
    }

    /// Uses up one of the code's attempts before the code is compared, in one statement, so
    /// that many guesses at once cannot all be compared against the same count. Returns the
    /// attempts used, this one included, or nil when none were left.
    private static func takeAttempt(at code: ParticipantCodeRecord, on db: any Database) async throws -> Int? {
        let rows = try await db.sql().raw(
            """
            UPDATE \(ident: ParticipantCodeRecord.schema) SET attempts = attempts + 1 \
            WHERE id = \(bind: try code.requireID()) AND attempts < \(literal: ParticipantCode.maxAttempts) \
            RETURNING attempts
            """
        ).all()
        return try rows.first?.decode(column: "attempts", as: Int.self)
    }

    /// The right code: this browser is trusted for this person's pages until the link ends
    /// (at most a month), and the code cannot be used again.
    private static func trustBrowser(
        _ req: Request, link: ParticipantLink, participant: MeetingParticipant, meeting: Meeting, token: String
    ) async throws -> Response {
        let existing = req.cookies[trustCookie]?.string
        let browserToken = existing.flatMap { $0.count >= 20 && $0.count <= 100 ? $0 : nil } ?? Secrets.randomToken()
        let expires = min(link.expiresAt, req.roundtable.now.addingTimeInterval(ParticipantCode.trustedFor))
        let participantID = try participant.requireID()
        try await req.db.transaction { db in
            try await ParticipantCodeRecord.query(on: db).filter(\.$participant.$id == participantID).delete()
            try await TrustedBrowser.query(on: db).filter(\.$participant.$id == participantID)
                .filter(\.$tokenHash == TokenHash.of(browserToken)).delete()
            let trusted = TrustedBrowser()
            trusted.$participant.id = participantID
            trusted.tokenHash = TokenHash.of(browserToken)
            trusted.expiresAt = expires
            try await trusted.create(on: db)
            try await AuditLog.record(
                .participantCodeAccepted, on: db, context: req.auditContext, schoolID: meeting.$school.id,
                subjectType: "meeting", subjectID: meeting.id, summary: participant.role)
        }
        let response = req.redirect(to: SiteRoute.participant(token: token, .page()).path)
        response.cookies[trustCookie] = HTTPCookies.Value(
            string: browserToken, expires: expires, path: "/p/",
            isSecure: req.roundtable.configuration.secureCookies, isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
