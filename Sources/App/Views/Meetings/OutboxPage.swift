import Foundation
import RoundtableCore

struct OutboxPage: HTMLPage {
    var messages: [OutboxMessage]
    var mailConfigured: Bool

    var title: String { "Outbox" }
    var area: StaffArea? { .meetings }

    func content(csrfToken: String) -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            PageHeading(text: "Outbox")
            if !mailConfigured {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Roundtable is not connected to a mail server yet. ") }
                    T(
                        "Emails wait here. Until your Roundtable administrator connects one, copy each email into your school email and send it yourself, with its calendar file."
                    )
                }
            }
            if messages.isEmpty {
                El("p") { T("Nothing has been sent yet.") }
            }
            for message in messages {
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
                        if message.calendar != nil {
                            El("p") {
                                El("a", .href(.outboxCalendar(message.id!))) { T("Download the calendar file") }
                            }
                        }
                    }
                }
            }
        }
    }

    private func label(_ status: OutboxMessage.Status) -> String {
        switch status {
        case .queued: mailConfigured ? "Waiting to send" : "Waiting: no mail server"
        case .sending: "Sending"
        case .sent: "Sent"
        case .failed: "Failed"
        case .withdrawn: "Withdrawn"
        }
    }

    private func tone(_ status: OutboxMessage.Status) -> String {
        switch status {
        case .sent: "green"
        case .failed, .withdrawn: "red"
        default: "grey"
        }
    }
}
