import Foundation
import RoundtableCore

/// A member of staff's own reminder emails: none, every morning, or Monday mornings.
public struct ReminderSettingsPage: HTMLPage, Sendable, Equatable {
    public var frequency: DigestFrequency
    /// Whether this Roundtable can send email at all; without it nothing is sent, and the
    /// page says so rather than promising.
    public var sendsMail: Bool
    public var notice: SiteRoute.Notice?
    public var errors = FieldErrors()

    public init(frequency: DigestFrequency, sendsMail: Bool, notice: SiteRoute.Notice? = nil) {
        self.frequency = frequency
        self.sendsMail = sendsMail
        self.notice = notice
    }

    public var title: String { "Your reminder emails" }
    public var area: StaffArea? { .home }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .home, text: "Back to your home page")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: title)
            El("p", .class("lead")) {
                T(
                    "Roundtable can email you a short list of what needs you: your actions due or overdue, goals due for review, and meetings you lead in the coming days. The email shows dates and links only, never a student's name."
                )
            }
            if !sendsMail {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    T(
                        "Email is not set up on this Roundtable yet, so no reminders are sent. Your choice is kept for when it is."
                    )
                }
            }
            PostForm(action: .reminderSettings()) {
                RadioGroup(
                    name: "frequency", legend: "How often would you like it?",
                    options: DigestFrequency.allCases.map { choice in
                        RadioGroup.Option(value: choice.rawValue, label: choice.label, hint: Self.hint(choice))
                    }, selected: frequency.rawValue, error: errors["frequency"])
                PrimaryButton(text: "Save my choice")
            }
        }
    }

    static func hint(_ choice: DigestFrequency) -> String {
        switch choice {
        case .off: "You can still see everything on your home page."
        case .daily: "From 8 in the morning, on days when something needs you. Looks three days ahead."
        case .weekly: "From 8 on Monday morning, when something needs you. Looks a week ahead."
        }
    }
}
