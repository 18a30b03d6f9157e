import Foundation

/// Who may hear from the school, and whose personal link may open.
///
/// A contact restriction (a court order, say) belongs to the person, not to a meeting: it
/// covers every child they are family of and every school of the organisation. From the
/// moment it is set nothing more is sent to them and none of their links opens. Every send
/// path and every read path of a participant asks here, so none can forget.
public enum ContactRule {
    /// What the rule needs to know about one participant.
    public struct Person: Sendable, Equatable {
        public var kind: ParticipantKind
        /// A restriction is in force now.
        public var restricted: Bool
        /// When a restriction was last set. Kept when it is lifted: links made before it
        /// never work again, so lifting a restriction cannot revive a link already handed out.
        public var stoppedAt: Date?

        public init(kind: ParticipantKind, restricted: Bool = false, stoppedAt: Date? = nil) {
            self.kind = kind
            self.restricted = restricted
            self.stoppedAt = stoppedAt
        }

        /// A family member as their stored record says (`isRestriction` of its restriction).
        public static func family(restriction: String?, stoppedAt: Date?) -> Person {
            Person(kind: .family, restricted: ContactRule.isRestriction(restriction), stoppedAt: stoppedAt)
        }

        /// A family participant whose family record was not found or not read: the rule fails
        /// closed, so they count as restricted.
        public static let familyWithoutRecord = Person(kind: .family, restricted: true)
    }

    /// Whether a stored restriction (what a leader wrote down: a court order, say) is in
    /// force: any text at all. Every read of the stored column asks here.
    public static func isRestriction(_ stored: String?) -> Bool { !(stored ?? "").isEmpty }

    /// Why Roundtable will not contact someone or open their link.
    public enum Refusal: Error, Equatable, Sendable {
        case contactRestriction

        /// For staff, who must know why a button did nothing.
        public func explanation(name: String) -> String {
            switch self {
            case .contactRestriction:
                "\(name) has a contact restriction, so Roundtable will not make a link for them or send them anything."
            }
        }
    }

    /// Whether anything (an invitation, a change, a cancellation, a code, a summary, an
    /// answer, a reminder) may be queued to this person, or a new link made for them.
    public static func contact(_ person: Person) -> Refusal? {
        guard person.kind == .family else { return nil }
        return person.restricted ? .contactRestriction : nil
    }

    /// Staff sign in; everyone else in a meeting holds a personal link.
    public static func holdsPersonalLink(_ kind: ParticipantKind) -> Bool { kind != .staff }

    /// Whether a person's link may be handed over another way (copied, or printed in a letter):
    /// only a personal link, and never for someone who must not be contacted.
    public static func mayHandOver(_ person: Person) -> Bool {
        holdsPersonalLink(person.kind) && contact(person) == nil
    }

    /// Whether a personal link made at `issuedAt` may open. A link made before a
    /// restriction was set stays closed after the restriction is lifted.
    public static func openLink(_ person: Person, issuedAt: Date?) -> Refusal? {
        if let refusal = contact(person) { return refusal }
        guard person.kind == .family, let stoppedAt = person.stoppedAt else { return nil }
        // A link without a creation time cannot be shown to be newer than the stop.
        guard let issuedAt, issuedAt > stoppedAt else { return .contactRestriction }
        return nil
    }

    /// Pages that participants (and the shared screen) see leave a restricted person out of
    /// "who is coming"; staff pages keep them, clearly marked.
    public static func shownToParticipants(_ person: Person) -> Bool {
        contact(person) == nil
    }

    /// Which record viewer a participant is, should any record content reach them.
    public static func viewer(_ person: Person) -> RecordViewer {
        switch person.kind {
        case .family: contact(person) == nil ? .familyMember : .restrictedFamilyMember
        case .student: .student
        case .agency: .agency
        case .staff: .staffParticipant
        }
    }
}
