import Foundation
import RoundtableCore

/// After the meeting, on a family member's or the student's page: how the shared goals are
/// going, and their own actions with a way to say they are done.
public struct ParticipantFollowThrough: Sendable, Equatable {
    public struct Goal: Sendable, Equatable {
        public var id: RecordEntryID
        public var what: String
        public var status: GoalStatus
        public var review: Date?

        public init(id: RecordEntryID, what: String, status: GoalStatus, review: Date?) {
            self.id = id
            self.what = what
            self.status = status
            self.review = review
        }
    }

    public struct Action: Sendable, Equatable {
        public var id: RecordEntryID
        public var what: String
        public var status: ActionStatus
        public var due: Date?

        public init(id: RecordEntryID, what: String, status: ActionStatus, due: Date?) {
            self.id = id
            self.what = what
            self.status = status
            self.due = due
        }
    }

    /// A note sent back with what to fix, under the goal or action it was for.
    public struct Draft: Sendable, Equatable {
        public var entryID: RecordEntryID
        public var note: String
        public var error: String

        public init(entryID: RecordEntryID, note: String, error: String) {
            self.entryID = entryID
            self.note = note
            self.error = error
        }
    }

    public var goals: [Goal]
    public var actions: [Action]
    public var draft: Draft?
    public var justSaved: Bool

    public init(goals: [Goal], actions: [Action], draft: Draft? = nil, justSaved: Bool = false) {
        self.goals = goals
        self.actions = actions
        self.draft = draft
        self.justSaved = justSaved
    }

    public var isEmpty: Bool { goals.isEmpty && actions.isEmpty }
}

struct ParticipantFollowThroughSection: Component {
    var t: Localizer
    var token: String
    var content: ParticipantFollowThrough
    /// Due and review dates are days, kept at midnight UTC.
    private let utc = TimeZone(identifier: "UTC")!

    var body: Component {
        El("section", .class("follow-through"), .id("follow-through"), .aria("labelledby", "follow-title")) {
            El("h2", .class("heading-l"), .id("follow-title")) { T(t(.followTitle)) }
            if content.justSaved {
                El(
                    "div", .class("notice notice--success"), .id("follow-saved"), .attr("role", "status"),
                    .attr("tabindex", "-1")
                ) { T(t(.followSaved)) }
            }
            El("p") { T(t(.followIntro)) }
            if !content.actions.isEmpty {
                El("h3", .class("heading-m")) { T(t(.followYourActions)) }
                El("ul", .class("follow-list")) { for action in content.actions { actionItem(action) } }
            }
            if !content.goals.isEmpty {
                El("h3", .class("heading-m")) { T(t(.summaryGoals)) }
                El("ul", .class("follow-list")) { for goal in content.goals { goalItem(goal) } }
            }
        }
    }

    private func actionItem(_ action: ParticipantFollowThrough.Action) -> Component {
        El("li", .class("follow-list__item")) {
            El("p", .class("follow-list__what"), .attr("lang", "en"), .attr("dir", "auto")) { T(action.what) }
            El("p") {
                StatusTag(text: t(action.status.participantPhrase), tone: action.status == .done ? "green" : "blue")
                if let due = action.due, action.status == .open {
                    T(" " + t(.followDueBy, ["date": t.isolatedDate(t.day(due, timeZone: utc))]))
                }
            }
            if action.status == .open { form(for: action.id, label: .followActionNoteLabel, buttons: true) }
        }
    }

    private func goalItem(_ goal: ParticipantFollowThrough.Goal) -> Component {
        El("li", .class("follow-list__item")) {
            El("p", .class("follow-list__what"), .attr("lang", "en"), .attr("dir", "auto")) { T(goal.what) }
            El("p") {
                StatusTag(
                    text: t(.followGoalStatus, ["status": t(goal.status.participantPhrase)]),
                    tone: goal.status == .achieved ? "green" : "blue")
            }
            if let review = goal.review, !goal.status.isSettled {
                El("p", .class("hint")) {
                    T(t(.summaryReviewDate, ["date": t.isolatedDate(t.day(review, timeZone: utc))]))
                }
            }
            if !goal.status.isSettled { form(for: goal.id, label: .followGoalNoteLabel, buttons: false) }
        }
    }

    /// A note, and for an action the two things its owner may say: done, or could not. An
    /// action's form is in plain sight (it is why they came back); a goal's note is one tap away.
    private func form(for id: RecordEntryID, label: Phrase, buttons: Bool) -> Component {
        let draft = content.draft?.entryID == id ? content.draft : nil
        let fields = PostForm(action: .participant(token: token, .followThrough)) {
            Leaf("input", .type("hidden"), .name("entry"), .value(id.rawValue.uuidString))
            TextArea(
                name: "note" + id.fieldSuffix, label: t(label), hint: t(.followNoteHint), value: draft?.note ?? "",
                error: draft?.error, errorPrefix: t(.errorPrefix))
            if buttons {
                El("div", .class("button-row")) {
                    El(
                        "button", .class("button"), .type("submit"), .name("status"),
                        .value(ActionStatus.done.rawValue)
                    ) { T(t(.followDone)) }
                    El(
                        "button", .class("button button--secondary"), .type("submit"), .name("status"),
                        .value(ActionStatus.notDone.rawValue)
                    ) { T(t(.followCouldNot)) }
                }
            } else {
                El("button", .class("button"), .type("submit")) { T(t(.summaryCommentSend)) }
            }
        }
        if buttons { return fields }
        return El("details", attributes: [.class("details")] + (draft != nil ? [.flag("open")] : [])) {
            El("summary") { T(t(label)) }
            fields
        }
    }
}
