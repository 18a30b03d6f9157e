import Foundation
import RoundtableCore

/// "Meetings": those needing action, coming up, drafts still without a date, and past ones.
/// Which meeting goes in which list is decided before the page is drawn.
public struct MeetingListPage: HTMLPage, Sendable, Equatable {
    /// One meeting as a line of a list.
    public struct Entry: Sendable, Equatable {
        public var id: MeetingID
        public var type: MeetingType
        public var isFollowUp: Bool
        /// The students it is about, as the school calls them.
        public var studentNames: [String]
        public var state: MeetingState
        /// Shared with participants (its state's tag is blue, not grey).
        public var hasBeenShared: Bool
        /// When it is planned for; `nil` for a draft without a date.
        public var startsAt: Date?
        /// When it started, once it has.
        public var startedAt: Date?

        public init(
            id: MeetingID, type: MeetingType, isFollowUp: Bool, studentNames: [String], state: MeetingState,
            hasBeenShared: Bool, startsAt: Date?, startedAt: Date?
        ) {
            self.id = id
            self.type = type
            self.isFollowUp = isFollowUp
            self.studentNames = studentNames
            self.state = state
            self.hasBeenShared = hasBeenShared
            self.startsAt = startsAt
            self.startedAt = startedAt
        }

        /// "Behaviour concern (follow-up): Zoë Ångström".
        public var name: String {
            "\(type.label)\(isFollowUp ? " (follow-up)" : ""): \(studentNames.joined(separator: ", "))"
        }
    }

    /// A meeting that will not go well unless someone acts, with the reason in words.
    public struct Flagged: Sendable, Equatable {
        public var entry: Entry
        public var reason: String

        public init(entry: Entry, reason: String) {
            self.entry = entry
            self.reason = reason
        }
    }

    /// A participant's low answers waiting for the person to act (issue 14): the same lines as
    /// "Needs you" on the home page (`StaffWorkRead`), so the two cannot disagree.
    public struct AlertLine: Sendable, Equatable {
        /// "Amira Haddad (Mother)".
        public var person: String
        public var meetingName: String
        public var link: SiteRoute

        public init(person: String, meetingName: String, link: SiteRoute) {
            self.person = person
            self.meetingName = meetingName
            self.link = link
        }

        /// The home page's line for an alert; `nil` for any other kind of line.
        public init?(_ line: HomePage.NeedLine) {
            guard case .feedbackAlert(let person) = line.reason else { return nil }
            self.init(person: person, meetingName: line.subject, link: line.link)
        }
    }

    /// Whether the person sees any meeting at all.
    public var hasMeetings: Bool
    public var needingAction: [Flagged]
    /// Open feedback alerts the person owns.
    public var alerts: [AlertLine]
    public var upcoming: [Entry]
    public var undated: [Entry]
    public var past: [Entry]
    /// Families' requests waiting for an answer, among students the viewer can see.
    public var openRequests: Int
    /// The school whose rooms and outbox the viewer may open, if any.
    public var roomsSchool: SchoolID?

    public init(
        hasMeetings: Bool, needingAction: [Flagged] = [], alerts: [AlertLine] = [], upcoming: [Entry] = [],
        undated: [Entry] = [],
        past: [Entry] = [], openRequests: Int = 0, roomsSchool: SchoolID? = nil
    ) {
        self.hasMeetings = hasMeetings
        self.needingAction = needingAction
        self.alerts = alerts
        self.upcoming = upcoming
        self.undated = undated
        self.past = past
        self.openRequests = openRequests
        self.roomsSchool = roomsSchool
    }

    public var title: String { "Meetings" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Meetings")
            El("p", .class("lead")) {
                T("To plan a new meeting, open the student's page and choose “Plan a meeting”.")
            }
            if !hasMeetings {
                El("p") { T("There are no meetings yet.") }
            }
            El("p") {
                El("a", .href(.meetingRequests())) { T("Requests from families") }
                if openRequests > 0 { T(" (\(openRequests) waiting)") }
                T(" · ")
                El("a", .href(.calendarFeed())) { T("See your meetings in your own calendar") }
                T(" · ")
                El("a", .href(.reminderSettings())) { T("Your reminder emails") }
            }
            if let roomsSchool {
                El("p") {
                    El("a", .href(.spaces(school: roomsSchool))) { T("Rooms for meetings") }
                    T(" · ")
                    El("a", .href(.outbox(school: roomsSchool))) { T("Outbox") }
                }
            }
            if !needingAction.isEmpty || !alerts.isEmpty {
                El("h2", .class("heading-m")) { T("Needs action") }
                El("ul", .class("list list--rows")) {
                    for alert in alerts {
                        El("li") {
                            El("a", .href(alert.link)) {
                                T("How the meeting felt for \(alert.person)")
                            }
                            El("span", .class("muted")) { T(" · " + alert.meetingName + " · ") }
                            El("strong") { T("Some answers were low") }
                        }
                    }
                    for flagged in needingAction {
                        El("li") {
                            El("a", .href(.meeting(flagged.entry.id, .show()))) { T(flagged.entry.name) }
                            El("span", .class("muted")) {
                                T(" · " + (flagged.entry.startsAt.map(DateText.dateTime) ?? "") + " · ")
                            }
                            El("strong") { T(flagged.reason) }
                        }
                    }
                }
            }
            section("Coming up", upcoming)
            section("Drafts without a date", undated)
            section("Past", past)
        }
    }

    private func section(_ heading: String, _ list: [Entry]) -> Component {
        ComponentGroup {
            if !list.isEmpty {
                El("h2", .class("heading-m")) { T(heading) }
                El("ul", .class("list list--rows")) {
                    for entry in list {
                        El("li") {
                            El("a", .href(.meeting(entry.id, .show()))) { T(entry.name) }
                            El("span", .class("muted")) {
                                // A meeting already held shows when it was held, not when it was planned.
                                T(
                                    " · "
                                        + ((entry.startedAt ?? entry.startsAt).map(DateText.dateTime)
                                            ?? "no date yet") + " · ")
                            }
                            StatusTag(text: entry.state.label, tone: entry.hasBeenShared ? "blue" : "grey")
                        }
                    }
                }
            }
        }
    }
}
