import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Someone an email may go to. It can only be made here, after `ContactRule` has said yes,
/// and `OutboxMessage` takes nothing else: no path can queue mail to a person who must not
/// be contacted.
struct Recipient: Sendable {
    let email: EmailAddress
    let name: String
    /// Set for family, so a restriction set later can still withdraw the message.
    let familyMemberID: UUID?
    /// Set for a meeting participant, so the meeting page can say how their email went.
    private(set) var participantID: UUID?

    private init(email: EmailAddress, name: String, familyMemberID: UUID? = nil) {
        self.email = email
        self.name = name
        self.familyMemberID = familyMemberID
    }

    /// A meeting participant, if they have an address and may be contacted. The family
    /// record is read afresh, so a restriction set a moment ago counts.
    static func participant(
        _ participant: MeetingParticipant, name: String, on db: any Database
    ) async throws -> Recipient? {
        var recipient = try await participantAddress(participant, name: name, on: db)
        recipient?.participantID = participant.id
        return recipient
    }

    private static func participantAddress(
        _ participant: MeetingParticipant, name: String, on db: any Database
    ) async throws -> Recipient? {
        switch participant.kind {
        case .family:
            guard let id = participant.$familyMember.id, let member = try await FamilyMember.find(id, on: db),
                let address = member.email
            else { return nil }
            return familyMember(member, at: address)
        case .staff, .agency:
            return try await Sharing.emailAddress(of: participant, on: db).map { Recipient(email: $0, name: name) }
        case .student:
            // Students have no address here: their link is handed over in person.
            return nil
        }
    }

    /// A family member at a given address (an old one, told that it changed), if they may be
    /// contacted at all.
    static func familyMember(_ member: FamilyMember, at address: String) -> Recipient? {
        guard ContactRule.contact(member.contactPerson) == nil, let email = EmailAddress(address) else { return nil }
        return Recipient(email: email, name: member.displayName, familyMemberID: member.id)
    }

    /// A member of staff, at their account's address.
    static func staff(_ user: User, name: String? = nil) -> Recipient? {
        EmailAddress(user.email).map { Recipient(email: $0, name: name ?? user.name) }
    }

    #if DEBUG
        /// For tests of the sender itself, which are not about anyone's contact rules.
        static func testAddress(_ email: EmailAddress, name: String) -> Recipient {
            Recipient(email: email, name: name)
        }
    #endif
}
