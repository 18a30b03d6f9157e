import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Every route under `/p/{token}` goes through here, so no participant handler can skip the
/// link's checks: the token is looked up (only failed lookups are counted per address, so a
/// real link always opens), the link must be current and its meeting shared, a contact
/// restriction closes it, and where the school asks for an email code this browser must have
/// given it. A link that stops answers with the kind page (or the code page) here; otherwise
/// the handler reads `req.participantLink`.
struct ParticipantLinkMiddleware: AsyncMiddleware {
    /// The code routes themselves resolve the link without asking for the code.
    var checkingCode = true

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            req.resolvedParticipantLink = try await Self.resolve(req, checkingCode: checkingCode)
        } catch let stop as ParticipantPageController.LinkStop {
            return try await ParticipantPageController.stopped(req, stop)
        }
        return try await next.respond(to: req)
    }

    /// The link's participant and meeting, if the link is current and (where the school asks
    /// for it) this browser has given the email code. Throws `LinkStop` otherwise.
    private static func resolve(_ req: Request, checkingCode: Bool) async throws -> ResolvedParticipantLink {
        // The link is looked up first: a real link always opens, however many wrong ones came
        // from the same address (a school's or a mobile network's shared one). Only failed
        // lookups are counted, so guessing is slowed without locking any family out.
        let found: ResolvedParticipantLink
        do {
            found = try await find(req)
        } catch AppError.notFound {
            let key = "link:" + req.clientAddress
            if case .waiting(let wait) = try await AttemptCounter.count(
                key, scope: .address, on: req.db, now: req.roundtable.now)
            {
                throw ParticipantPageController.LinkStop.paused(wait)
            }
            throw ParticipantPageController.LinkStop.gone
        }
        // A link a member of staff handed over already reached the right person: no emailed code.
        if checkingCode, !found.link.handed,
            try await ParticipantPageController.needsCode(req, participant: found.participant, meeting: found.meeting)
        {
            throw ParticipantPageController.LinkStop.codeNeeded(found.link, found.participant, found.meeting)
        }
        return found
    }

    private static func find(_ req: Request) async throws -> ResolvedParticipantLink {
        // The link, its participant, their meeting and (for family) their record, in one query:
        // this runs on every participant request.
        guard let token = req.parameters.token, token.count >= 20, token.count <= 100,
            let link = try await ParticipantLink.query(on: req.db).filter(\.$tokenHash == TokenHash.of(token))
                .join(MeetingParticipant.self, on: \ParticipantLink.$participant.$id == \MeetingParticipant.$id)
                .join(Meeting.self, on: \MeetingParticipant.$meeting.$id == \Meeting.$id)
                .join(
                    FamilyMember.self, on: \MeetingParticipant.$familyMember.$id == \FamilyMember.$id, method: .left
                )
                .first(),
            link.revokedAt == nil, link.expiresAt > req.roundtable.now
        else { throw AppError.notFound }
        let participant = try link.joined(MeetingParticipant.self)
        let meeting = try link.joined(Meeting.self)
        guard meeting.lifecycle.hasBeenShared else { throw AppError.notFound }
        participant.$familyMember.value =
            participant.$familyMember.id == nil ? .some(nil) : try link.joined(FamilyMember.self)
        link.$participant.value = participant
        // A contact restriction closes every link of the person, and lifting it opens none made before.
        guard ContactRule.openLink(participant.loadedContactPerson, issuedAt: link.createdAt) == nil else {
            throw AppError.notFound
        }
        return ResolvedParticipantLink(token: token, link: link, participant: link.participant, meeting: meeting)
    }
}

/// What `ParticipantLinkMiddleware` found for this request's personal link.
struct ResolvedParticipantLink: Sendable {
    /// The token as it is in the address, for the page's own links and forms.
    var token: String
    var link: ParticipantLink
    /// With its family record loaded (`loadedContactPerson` reads it).
    var participant: MeetingParticipant
    var meeting: Meeting

    var parts: (ParticipantLink, MeetingParticipant, Meeting) { (link, participant, meeting) }
}

extension Request {
    private struct ParticipantLinkKey: StorageKey { typealias Value = ResolvedParticipantLink }

    /// The personal link this request came by, checked by `ParticipantLinkMiddleware`. A
    /// handler reached without it (a route registered outside the participant group) answers
    /// "not found": it fails closed.
    var participantLink: ResolvedParticipantLink {
        get throws {
            guard let resolved = storage[ParticipantLinkKey.self] else { throw AppError.notFound }
            return resolved
        }
    }

    fileprivate var resolvedParticipantLink: ResolvedParticipantLink? {
        get { storage[ParticipantLinkKey.self] }
        set { storage[ParticipantLinkKey.self] = newValue }
    }
}
