import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// What setting a contact restriction does at once, in the transaction that sets it: every
/// personal link of the person stops (in every meeting, for every child, in every school),
/// with the browsers they trusted and the codes waiting for them, and their queued mail is
/// withdrawn. `ContactRule` keeps it so afterwards.
enum ContactStop {
    struct Result: Sendable, Equatable {
        var linksStopped: Int
        var messagesWithdrawn: Int
    }

    @discardableResult
    static func stop(_ member: FamilyMember, now: Date, on db: any Database) async throws -> Result {
        let memberID = try member.requireID()
        member.contactStoppedAt = now
        try await member.save(on: db)
        let participantIDs = try await MeetingParticipant.query(on: db).filter(\.$familyMember.$id == memberID)
            .all(\.$id)
        let links = try await revoke(participantIDs, now: now, on: db)
        return Result(linksStopped: links, messagesWithdrawn: try await withdraw(memberID, now: now, on: db))
    }

    /// Stops the personal links of these participants, with the browsers they trusted and the
    /// codes waiting for them, and withdraws what waits to be sent to them about these
    /// meetings: a lost phone, a link sent to the wrong person, or someone taken out of a
    /// child's family. Staff can make a new link afterwards; nothing reopens an old one.
    @discardableResult
    static func stopLinks(
        of participants: [MeetingParticipant], reason: String, now: Date, on db: any Database
    ) async throws -> Result {
        let links = try await revoke(participants.map { try $0.requireID() }, now: now, on: db)
        // Mail is kept per family member and meeting; others' per participant.
        var withdrawn = 0
        for participant in participants {
            let query = OutboxMessage.query(on: db).filter(\.$status ~~ OutboxMessage.Status.waiting)
            if let memberID = participant.$familyMember.id {
                query.filter(\.$familyMemberID == memberID).filter(\.$meeting.$id == participant.$meeting.id)
            } else if participant.kind == .agency {
                // An agency contact's: kept per participant since delivery states were added.
                query.filter(\.$participantID == (try participant.requireID()))
            } else {
                continue
            }
            let waiting = try await query.all()
            for message in waiting { try await withdrawOne(message, reason: reason, on: db) }
            withdrawn += waiting.count
        }
        return Result(linksStopped: links, messagesWithdrawn: withdrawn)
    }

    /// Stops the participants' open links, forgets the browsers they trusted and the codes
    /// waiting for them; returns how many links were open.
    private static func revoke(_ ids: [UUID], now: Date, on db: any Database) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let open = ParticipantLink.query(on: db).filter(\.$participant.$id ~~ ids).filter(\.$revokedAt == nil)
        let count = try await open.count()
        try await open.set(\.$revokedAt, to: now).update()
        try await TrustedBrowser.query(on: db).filter(\.$participant.$id ~~ ids).delete()
        try await ParticipantCodeRecord.query(on: db).filter(\.$participant.$id ~~ ids).delete()
        return count
    }

    /// Takes back what waits to be sent to the person (or failed and holds a link), and blanks
    /// the links in the stored copies. A leader sees these as withdrawn in the outbox.
    static func withdraw(_ memberID: UUID, now: Date, on db: any Database) async throws -> Int {
        let waiting = try await OutboxMessage.query(on: db).filter(\.$familyMemberID == memberID)
            .filter(\.$status ~~ OutboxMessage.Status.waiting).all()
        for message in waiting { try await withdrawOne(message, on: db) }
        return waiting.count
    }

    static func withdrawOne(
        _ message: OutboxMessage, reason: String = "this person now has a contact restriction", on db: any Database
    ) async throws {
        message.status = .withdrawn
        message.lastError = "Withdrawn: \(reason)."
        message.claimedUntil = nil
        message.claimedBy = nil
        message.body = MailMessage.redactLinks(message.body)
        message.calendar = message.calendar.map { MailMessage.redactCalendarLinks($0) }
        try await message.save(on: db)
    }

    /// Checked again just before sending: a message claimed by the sender while a
    /// restriction was being set must not go.
    static func mayStillSend(_ message: OutboxMessage, on db: any Database) async throws -> Bool {
        guard let memberID = message.familyMemberID else { return true }
        guard let member = try await FamilyMember.find(memberID, on: db) else { return true }
        return ContactRule.contact(member.contactPerson) == nil
    }
}
