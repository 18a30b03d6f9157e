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
        var links = 0
        if !participantIDs.isEmpty {
            let open = ParticipantLink.query(on: db).filter(\.$participant.$id ~~ participantIDs)
                .filter(\.$revokedAt == nil)
            links = try await open.count()
            try await ParticipantLink.query(on: db).filter(\.$participant.$id ~~ participantIDs)
                .filter(\.$revokedAt == nil).set(\.$revokedAt, to: now).update()
            try await TrustedBrowser.query(on: db).filter(\.$participant.$id ~~ participantIDs).delete()
            try await ParticipantCodeRecord.query(on: db).filter(\.$participant.$id ~~ participantIDs).delete()
        }
        return Result(linksStopped: links, messagesWithdrawn: try await withdraw(memberID, now: now, on: db))
    }

    /// Takes back what waits to be sent to the person (or failed and holds a link), and blanks
    /// the links in the stored copies. A leader sees these as withdrawn in the outbox.
    static func withdraw(_ memberID: UUID, now: Date, on db: any Database) async throws -> Int {
        let waiting = try await OutboxMessage.query(on: db).filter(\.$familyMemberID == memberID)
            .filter(\.$status ~~ OutboxMessage.Status.waiting).all()
        for message in waiting { try await withdrawOne(message, on: db) }
        return waiting.count
    }

    static func withdrawOne(_ message: OutboxMessage, on db: any Database) async throws {
        message.status = .withdrawn
        message.lastError = "Withdrawn: this person now has a contact restriction."
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
