import Foundation
import RoundtableCore

/// A staff member's private calendar address for their meetings.
public struct CalendarFeedPage: HTMLPage, Sendable, Equatable {
    /// The address in use, if there is one.
    public struct Feed: Sendable, Equatable {
        public var createdAt: Date?
        public var lastUsedAt: Date?

        public init(createdAt: Date?, lastUsedAt: Date? = nil) {
            self.createdAt = createdAt
            self.lastUsedAt = lastUsedAt
        }
    }

    public var active: Feed?
    /// The address, right after it was made: shown this once.
    public var newURL: String?
    public var notice: SiteRoute.Notice?

    public init(active: Feed?, newURL: String? = nil, notice: SiteRoute.Notice? = nil) {
        self.active = active
        self.newURL = newURL
        self.notice = notice
    }

    public var title: String { "Your meetings in your calendar" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
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
            El("div", .class("button-stack")) {
                PostForm(action: .calendarFeed()) {
                    SecondaryButton(
                        text: active == nil ? "Make my calendar address" : "Make a new address (the old one stops)")
                }
                if active != nil {
                    PostForm(action: .revokeCalendarFeed) {
                        El("button", .type("submit"), .class("button button--warning")) {
                            T("Stop my calendar address")
                        }
                    }
                }
            }
        }
    }
}
