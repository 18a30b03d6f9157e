import Foundation
import RoundtableCore

extension StudentProfilePage {
    /// A goal still being worked on, or an action still open, from one of the student's meetings.
    public struct PlanItem: Sendable, Equatable {
        public var id: RecordEntryID
        public var meetingID: MeetingID
        public var meetingType: MeetingType
        /// When the meeting was held (or was to be), to say where the item came from.
        public var meetingDate: Date?
        public var status: PlanStatus
        public var text: String
        public var label: RecordLabel
        /// The owners' names: the people chosen, or the words written for an older entry.
        public var owners: [String]
        /// An action's due date, or a goal's next review (a day, kept at midnight UTC).
        public var due: Date?

        public init(
            id: RecordEntryID, meetingID: MeetingID, meetingType: MeetingType, meetingDate: Date?, status: PlanStatus,
            text: String, label: RecordLabel, owners: [String], due: Date?
        ) {
            self.id = id
            self.meetingID = meetingID
            self.meetingType = meetingType
            self.meetingDate = meetingDate
            self.status = status
            self.text = text
            self.label = label
            self.owners = owners
            self.due = due
        }
    }

    public enum PlanStatus: Sendable, Equatable {
        case goal(GoalStatus)
        case action(ActionStatus)
    }

    var planSection: Component {
        let goals = plan.filter { if case .goal = $0.status { true } else { false } }
        let actions = plan.filter { if case .action = $0.status { true } else { false } }
        return El("section", .class("plan"), .aria("labelledby", "plan-heading")) {
            El("h2", .class("heading-m"), .id("plan-heading")) { T("Plan") }
            if plan.isEmpty {
                El("p") { T("No goals or open actions for \(name) at the moment.") }
            } else {
                El("p", .class("muted")) {
                    T("Goals still being worked on and actions still open, from every meeting about \(name).")
                }
            }
            if !actions.isEmpty {
                El("h3", .class("heading-s")) {
                    T(actions.count == 1 ? "1 open action" : "\(actions.count) open actions")
                }
                PlanList(items: actions, more: "open actions")
            }
            if !goals.isEmpty {
                El("h3", .class("heading-s")) { T(goals.count == 1 ? "1 goal" : "\(goals.count) goals") }
                PlanList(items: goals, more: "goals")
            }
        }
    }
}

/// The soonest few in sight; the rest folded away (a plain `details`, no script needed), so a
/// student with years of meetings still has a page that ends.
struct PlanList: Component {
    var items: [StudentProfilePage.PlanItem]
    var more: String
    static let shown = 8

    var body: Component {
        ComponentGroup {
            El("ul", .class("plan-list")) { for item in items.prefix(Self.shown) { PlanLine(item: item) } }
            if items.count > Self.shown {
                El("details", .class("details")) {
                    El("summary") { T("Show \(items.count - Self.shown) more \(more)") }
                    El("ul", .class("plan-list")) { for item in items.dropFirst(Self.shown) { PlanLine(item: item) } }
                }
            }
        }
    }
}

/// One goal or action of the plan: what it is, where it stands, who, by when, and where it
/// was agreed.
struct PlanLine: Component {
    var item: StudentProfilePage.PlanItem

    var body: Component {
        let context = RenderContext.current
        // A day that has passed: an open action is overdue, a goal's review is due. The same
        // day rule for both, from Core, in the school's time zone.
        let passed = ActionStatus.isOverdue(status: .open, due: item.due, now: context.now, timeZone: context.timeZone)
        return El("li", .class("plan-item")) {
            El("p", .class("plan-item__text")) { El("span", .attr("dir", "auto")) { T(item.text) } }
            El("p", .class("tags")) {
                switch item.status {
                case .goal(let status):
                    StatusTag(text: status.label, tone: status == .goingOn ? "blue" : "grey")
                    if passed { StatusTag(text: "Review due", tone: "yellow") }
                case .action(let status):
                    if ActionStatus.isOverdue(
                        status: status, due: item.due, now: context.now, timeZone: context.timeZone)
                    {
                        StatusTag(text: "Overdue", tone: "red")
                    } else {
                        StatusTag(text: status.label, tone: "blue")
                    }
                }
                if item.label != .shared { StatusTag(text: item.label.label, tone: "grey") }
            }
            El("dl", .class("facts")) {
                Fact(key: "Who") { T(item.owners.isEmpty ? "Not named" : item.owners.joined(separator: ", ")) }
                if let due = item.due {
                    switch item.status {
                    case .goal: Fact(key: "Next review") { T(DateText.day(due)) }
                    case .action: Fact(key: "Due") { T(DateText.day(due)) }
                    }
                }
                // To its place on the meeting's record, where staff who may say how it is
                // going find the form.
                Fact(key: "Agreed at") {
                    El("a", .href(.meeting(item.meetingID, .record()), fragment: "entry" + item.id.fieldSuffix)) {
                        T(item.meetingType.label)
                        if let date = item.meetingDate { T(", \(DateText.date(date))") }
                    }
                }
            }
        }
    }
}
