import Foundation
import RoundtableCore
import RoundtableViews

struct CalendarFeedPage: HTMLPage {
    var active: CalendarFeed?
    /// The address, right after it was made: shown this once.
    var newURL: String?
    var notice: SiteRoute.Notice?

    var title: String { "Your meetings in your calendar" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title)
            El("p", .class("lead")) {
                T(
                    "Subscribe to this address in your calendar to see the meetings you plan, lead or take part in. Events show only “Meeting at” the school and a link; never who or what it is about."
                )
            }
            if let newURL {
                El("div", .class("panel")) {
                    El("p") { El("strong") { T("Your calendar address. Copy it now: it is shown only once.") } }
                    El("p") { El("code", .class("link-text")) { T(newURL) } }
                    El("p", .class("hint")) {
                        T("Anyone with this address can see your meeting times. Keep it to yourself.")
                    }
                }
            } else if let active {
                El("p") {
                    T("You have a calendar address, made \(active.createdAt.map(DateText.dateTime) ?? "").")
                    if let used = active.lastUsedAt { T(" Last read by a calendar \(DateText.dateTime(used)).") }
                }
            } else {
                El("p") { T("You have no calendar address yet.") }
            }
            PostForm(action: .calendarFeed()) {
                SecondaryButton(
                    text: active == nil ? "Make my calendar address" : "Make a new address (the old one stops)")
            }
            if active != nil {
                PostForm(action: .revokeCalendarFeed) {
                    El("button", .type("submit"), .class("button button--warning")) { T("Stop my calendar address") }
                }
            }
        }
    }
}
