import Foundation
import RoundtableCore

/// The outbox, for leaders and administrators: what was sent, what waits, what failed.
public struct OutboxPage: HTMLPage, Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, Codable {
        case queued, sending, sent, failed, withdrawn
        case handedOver = "handed_over"
    }

    public struct Message: Sendable, Equatable {
        public var id: OutboxMessageID
        public var toName: String
        public var toEmail: String
        public var status: Status
        public var createdAt: Date?
        public var attempts: Int
        public var lastError: String?
        public var subject: String
        /// The text with personal links and codes already hidden: they are shown only to a
        /// leader who takes the email to pass on.
        public var body: String
        public var hasCalendar: Bool
        /// Still waiting to be sent, so it may be passed on by hand.
        public var mayHandOver: Bool

        public init(
            id: OutboxMessageID, toName: String, toEmail: String, status: Status, createdAt: Date?, attempts: Int = 0,
            lastError: String? = nil, subject: String, body: String, hasCalendar: Bool, mayHandOver: Bool
        ) {
            self.id = id
            self.toName = toName
            self.toEmail = toEmail
            self.status = status
            self.createdAt = createdAt
            self.attempts = attempts
            self.lastError = lastError
            self.subject = subject
            self.body = body
            self.hasCalendar = hasCalendar
            self.mayHandOver = mayHandOver
        }
    }

    public var messages: [Message]
    public var mailConfigured: Bool

    public init(messages: [Message], mailConfigured: Bool) {
        self.messages = messages
        self.mailConfigured = mailConfigured
    }

    public var title: String { "Outbox" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            PageHeading(text: "Outbox")
            if !mailConfigured {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Roundtable is not connected to a mail server yet. ") }
                    T(
                        "Emails wait here. Until your Roundtable administrator connects one, choose “Pass it on myself” on an email to see it with its personal link, and send it from your school email."
                    )
                }
            }
            if messages.isEmpty {
                El("p") { T("Nothing has been sent yet.") }
            }
            for message in messages { card(message) }
        }
    }

    private func card(_ message: Message) -> Component {
        El("section", .class("card outbox-message")) {
            El("h2", .class("heading-s")) { T("To \(message.toName) <\(message.toEmail)>") }
            El("p", .class("card__meta")) {
                StatusTag(text: label(message.status), tone: tone(message.status))
                T(" " + (message.createdAt.map(DateText.dateTime) ?? ""))
                if message.attempts > 0 { T(" · tries: \(message.attempts)") }
            }
            if message.status == .withdrawn {
                El("p") {
                    T("Not sent: this person now has a contact restriction, so the email was taken back.")
                }
            } else if let error = message.lastError, message.status != .sent {
                El("p", .class("field-error")) { T("Last error: \(error)") }
            }
            El("p") {
                El("strong") { T("Subject: ") }; T(message.subject)
            }
            El("details") {
                El("summary") { T("Read the message") }
                El("pre", .class("message-body")) { T(message.body) }
                if message.hasCalendar {
                    El("p") {
                        El("a", .href(.outboxCalendar(message.id))) { T("Download the calendar file") }
                    }
                }
            }
            if message.mayHandOver {
                // After the message, so it is read before it is taken; what taking it
                // does is said just above the button.
                PostForm(action: .outboxHandOver(message.id)) {
                    El("p", .class("hint")) {
                        T(
                            "Passing it on yourself: Roundtable will not send it, and shows it to you once with its link."
                        )
                    }
                    SecondaryButton(text: "Pass it on myself")
                }
            }
        }
    }

    private func label(_ status: Status) -> String {
        switch status {
        case .queued: mailConfigured ? "Waiting to send" : "Waiting: no mail server"
        case .sending: "Sending"
        case .sent: "Sent"
        case .failed: "Failed"
        case .withdrawn: "Withdrawn"
        case .handedOver: "Passed on by hand"
        }
    }

    private func tone(_ status: Status) -> String {
        switch status {
        case .sent: "green"
        case .failed, .withdrawn: "red"
        default: "grey"
        }
    }
}
