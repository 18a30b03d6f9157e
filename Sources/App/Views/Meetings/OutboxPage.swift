import Foundation
import RoundtableCore
import RoundtableViews

struct OutboxPage: HTMLPage {
    var messages: [OutboxMessage]
    var mailConfigured: Bool

    var title: String { "Outbox" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
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
                        // Personal links and codes stay hidden: they are shown only to a leader
                        // who takes the email to pass on.
                        El("pre", .class("message-body")) {
                            T(MailMessage.redactLinks(message.body, placeholder: "[hidden]"))
                        }
                        if message.calendar != nil {
                            El("p") {
                                El("a", .href(.outboxCalendar(message.id!))) { T("Download the calendar file") }
                            }
                        }
                    }
                    if OutboxMessage.Status.waiting.contains(message.status) {
                        // After the message, so it is read before it is taken; what taking it
                        // does is said just above the button.
                        PostForm(action: .outboxHandOver(message.id!)) {
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
        }
    }

    private func label(_ status: OutboxMessage.Status) -> String {
        switch status {
        case .queued: mailConfigured ? "Waiting to send" : "Waiting: no mail server"
        case .sending: "Sending"
        case .sent: "Sent"
        case .failed: "Failed"
        case .withdrawn: "Withdrawn"
        case .handedOver: "Passed on by hand"
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
