import Foundation

/// Where one person's invitation stands, as the meeting page says it: only what happened.
/// An email waiting in an outbox that nothing sends is not "on its way".
public enum DeliveryState: String, Sendable, Equatable, CaseIterable {
    /// Queued or being sent; with no mail server, waiting for nothing.
    case waiting
    case sent
    /// The mail server refused it, or gave up after many tries.
    case failed
    /// A member of staff handed their link over another way (or took the email from the outbox).
    case handedOver
    /// No email address: their link is handed over by hand.
    case noEmail
    /// A contact restriction: shown neutrally, as nothing more than "not contacted".
    case notContacted
    /// Nothing went to them: not shared yet, or the email was withdrawn.
    case notSent

    /// An outbox message's status, as stored.
    public enum Message: String, Sendable, Equatable {
        case queued, sending, sent, failed, withdrawn
        case handedOver = "handed_over"
    }

    /// The state from what is stored: the newest message to them (if any) and when their link
    /// was last handed over. Whatever happened last wins.
    public static func of(
        contact: ContactRule.Person, hasEmail: Bool, latest: (status: Message, at: Date?)?, handedAt: Date?
    ) -> DeliveryState {
        if ContactRule.contact(contact) != nil { return .notContacted }
        if let handedAt {
            // Handing over withdraws the email waiting for them, so a withdrawn one counts as before.
            guard let latest, latest.status != .withdrawn else { return .handedOver }
            if let at = latest.at, handedAt >= at { return .handedOver }
        }
        guard let latest else { return hasEmail ? .notSent : .noEmail }
        switch latest.status {
        case .queued, .sending: return .waiting
        case .sent: return .sent
        case .failed: return .failed
        case .handedOver: return .handedOver
        case .withdrawn: return hasEmail ? .notSent : .noEmail
        }
    }

    /// For staff, in a status tag; `mailConfigured` false makes "waiting" say why.
    public func label(mailConfigured: Bool) -> String {
        switch self {
        case .waiting: mailConfigured ? "Email waiting to go" : "Not sent: no mail server"
        case .sent: "Email sent"
        case .failed: "Email could not be sent"
        case .handedOver: "Link handed over"
        case .noEmail: "No email address"
        case .notContacted: "Not contacted"
        case .notSent: "Nothing sent"
        }
    }

    /// The tag's colour: green for what reached them, red for a failure, grey otherwise.
    public func tone(mailConfigured: Bool) -> String {
        switch self {
        case .sent, .handedOver: "green"
        case .failed: "red"
        case .waiting: mailConfigured ? "blue" : "yellow"
        case .noEmail, .notSent: "yellow"
        case .notContacted: "grey"
        }
    }

    /// Their link has not reached them by email, and cannot unless something changes: offer
    /// to hand it over.
    public func needsHandOver(mailConfigured: Bool) -> Bool {
        switch self {
        case .failed, .noEmail, .notSent: true
        case .waiting: !mailConfigured
        case .sent, .handedOver, .notContacted: false
        }
    }
}

/// "Remind them": who is waited for, and how they can be reminded.
public enum ReplyChase {
    public enum Way: Sendable, Equatable {
        /// A short, neutral email in their language.
        case email
        /// A message for staff to copy and send another way.
        case copy
    }

    /// A second press within this time sends nothing more.
    public static let interval: TimeInterval = 12 * 3600

    /// How to remind someone who has not replied, or `nil` when they are not waited for
    /// (staff, anyone who replied, and anyone with a contact restriction, who hears nothing).
    public static func way(
        kind: ParticipantKind, contact: ContactRule.Person, hasReplied: Bool, hasEmail: Bool, mailConfigured: Bool
    ) -> Way? {
        guard kind != .staff, !hasReplied, ContactRule.contact(contact) == nil else { return nil }
        return hasEmail && mailConfigured ? .email : .copy
    }

    /// The earliest earlier reminder that still holds a new one back.
    public static func cutoff(now: Date) -> Date { now.addingTimeInterval(-interval) }
}
