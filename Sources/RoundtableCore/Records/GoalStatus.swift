import Foundation

/// Where a goal agreed at a meeting stands. Like an action's status, each change is a new line
/// added after the meeting (who, when, what it was before), never an edit to the record.
public enum GoalStatus: String, Sendable, CaseIterable, Codable {
    case notStarted = "not_started"
    case goingOn = "going_on"
    case achieved
    /// Replaced by a different goal: what was learned changed the aim.
    case changed
    case stopped

    /// As staff read it.
    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .goingOn: "Going on"
        case .achieved: "Achieved"
        case .changed: "Changed"
        case .stopped: "Stopped"
        }
    }

    /// Nobody is working towards it any more, so it no longer keeps the meeting open.
    public var isSettled: Bool {
        switch self {
        case .achieved, .changed, .stopped: true
        case .notStarted, .goingOn: false
        }
    }

    /// Every goal starts here, until someone says otherwise.
    public static let initial = GoalStatus.notStarted
}

/// What staff write to say how a goal is going: any of a new status, a note, the value seen
/// (for a measurable goal) and the next review date. Saying nothing new is refused.
public struct GoalProgressForm: Sendable, Equatable {
    public var status: String
    public var note: String
    public var observed: String
    /// `2026-12-03`, as a date input sends it; empty keeps the review date as it is.
    public var nextReview: String

    public init(status: String = "", note: String = "", observed: String = "", nextReview: String = "") {
        self.status = status
        self.note = note
        self.observed = observed
        self.nextReview = nextReview
    }

    public struct Checked: Sendable, Equatable {
        public var status: GoalStatus
        public var note: String?
        public var observed: String?
        public var nextReview: Date?

        public init(status: GoalStatus, note: String?, observed: String?, nextReview: Date?) {
            self.status = status
            self.note = note
            self.observed = observed
            self.nextReview = nextReview
        }
    }

    public func check(current: GoalStatus, today: Date) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let status = GoalStatus(rawValue: status)
        if status == nil { errors.add("status", "Choose how the goal is going") }
        let note = RecordFormCheck.text(
            self.note, field: "note", limit: RecordLimit.statement, missing: nil, into: &errors)
        let observed = RecordFormCheck.text(
            self.observed, field: "observed", limit: RecordLimit.target, missing: nil, into: &errors)
        var review: Date?
        if !Text.clean(nextReview).isEmpty {
            review = RecordFormCheck.futureDay(
                nextReview, field: "next_review", missing: "Enter the date of the next review", today: today,
                into: &errors)
        }
        if errors.isEmpty, status == current, note.isEmpty, observed.isEmpty, review == nil {
            errors.add("status", "It is already marked \(current.label). Choose another status, or add a note")
        }
        guard errors.isEmpty, let status else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                status: status, note: RecordFormCheck.optional(note), observed: RecordFormCheck.optional(observed),
                nextReview: review))
    }
}

/// Whether everything a meeting agreed has been seen through: its goals achieved or closed and
/// its actions settled. Then the meeting is "followed up"; if one is opened again, it is not.
public enum FollowThrough {
    public static func isSettled(goals: [GoalStatus], actions: [ActionStatus]) -> Bool {
        // A meeting that agreed nothing has nothing to follow through: it stays where it is.
        guard !(goals.isEmpty && actions.isEmpty) else { return false }
        return goals.allSatisfy(\.isSettled) && actions.allSatisfy(\.isSettled)
    }

    /// The state a held meeting should be in, given whether its goals and actions are settled.
    /// Nil means leave it as it is (not held, or already right).
    public static func state(
        of lifecycle: MeetingLifecycle, settled: Bool, recordShared: Bool
    ) -> MeetingState? {
        guard lifecycle.isHeld else { return nil }
        let wanted: MeetingState = settled ? .followedUp : (recordShared ? .recordShared : .closed)
        return wanted == lifecycle.state ? nil : wanted
    }
}

extension GoalStatus {
    /// As a family member or the student reads it.
    public var participantPhrase: Phrase {
        switch self {
        case .notStarted: .followGoalNotStarted
        case .goingOn: .followGoalGoingOn
        case .achieved: .followGoalAchieved
        case .changed: .followGoalChanged
        case .stopped: .followGoalStopped
        }
    }
}

extension ActionStatus {
    /// As a family member or the student reads it.
    public var participantPhrase: Phrase {
        switch self {
        case .open: .followActionOpen
        case .done: .followActionDone
        case .notDone: .followActionNotDone
        case .noLongerNeeded: .followActionNoLongerNeeded
        }
    }

    /// What a family member or the student may say of their own action: that they did it, or
    /// could not. Whether it is still needed is the school's to say.
    public static let participantChoices: [ActionStatus] = [.done, .notDone]
}
