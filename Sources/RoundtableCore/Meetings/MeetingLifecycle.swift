import Foundation

/// Something a person may ask of a meeting. Whether they may is two questions: may this person
/// change the meeting at all (`AccessPolicy`), and does the meeting's state allow it (here).
public enum MeetingAction: String, Sendable, CaseIterable {
    /// Change the plan: time, place, people, agenda.
    case changePlan
    case share
    /// Split one long draft into two shorter meetings.
    case split
    /// Tell participants what changed since they were invited.
    case tellChanges
    /// Make a new personal link for a participant.
    case issueLink
    /// A participant replies to the invitation and adds their words before the meeting.
    case reply
    case cancel
    case start
    /// Move through the agenda while the meeting runs.
    case step
    case capture
    /// Take back an entry captured by mistake, which only a running meeting allows.
    case removeEntry
    case close
    case planFollowUp
    case writeSummary
    case shareSummary
    /// A participant reads the summary, confirms it or asks for a correction.
    case answerSummary
    /// Say how an action agreed at the meeting went (done, not done, no longer needed): a new
    /// line after the meeting, never a change to its record.
    case followThrough
    /// A participant says how the meeting felt (`FeedbackRule`): once it is over, whatever
    /// became of its summary.
    case giveFeedback
}

/// Where a meeting is in its life and what that allows: the one place the states are
/// compared, so a page, a service and a query cannot disagree about what a state means.
public struct MeetingLifecycle: Sendable, Equatable {
    public let state: MeetingState

    public init(_ state: MeetingState) {
        self.state = state
    }

    /// Every meeting starts as a draft that nobody outside the school has seen.
    public static let initialState = MeetingState.draft

    public func allows(_ action: MeetingAction) -> Bool {
        Self.states(allowing: action).contains(state)
    }

    /// The state the action leads to, or nil when this state does not allow it. An action that
    /// moves the meeting on nowhere leaves the state as it is.
    public func next(after action: MeetingAction) -> MeetingState? {
        guard allows(action) else { return nil }
        switch action {
        case .share: return .shared
        case .cancel: return .cancelled
        case .start: return .inProgress
        case .close: return .closed
        case .shareSummary: return .recordShared
        default: return state
        }
    }

    public static func states(allowing action: MeetingAction) -> [MeetingState] {
        switch action {
        // Once it has started, what happened is the record's to say.
        case .changePlan, .cancel: [.draft, .shared, .ready]
        case .share, .split: [.draft]
        // People have had the invitation and the agenda, and the meeting has not begun.
        case .tellChanges, .reply, .start: [.shared, .ready]
        case .issueLink: states { $0.hasBeenShared }
        case .step, .capture, .removeEntry, .close: [.inProgress]
        // After the meeting too: the summary is often shared before the next meeting is planned.
        case .planFollowUp: [.inProgress, .closed, .recordShared, .followedUp]
        // The summary is corrected after sharing, too.
        case .writeSummary: states { $0.isHeld }
        case .shareSummary: [.closed]
        case .answerSummary: [.recordShared, .followedUp]
        case .followThrough: [.closed, .recordShared, .followedUp]
        case .giveFeedback: states { $0.isHeld }
        }
    }

    /// The states a predicate holds for, for queries that filter meetings in the database.
    public static func states(where predicate: (MeetingLifecycle) -> Bool) -> [MeetingState] {
        MeetingState.allCases.filter { predicate(MeetingLifecycle($0)) }
    }

    /// Participants know of it: links open, calendars show it, agenda additions are marked new.
    public var hasBeenShared: Bool { state != .draft }

    public var hasStarted: Bool { isRunning || isHeld }

    public var isRunning: Bool { state == .inProgress }

    /// It has been held, whatever its date says, so it belongs with past meetings.
    public var isHeld: Bool { [.closed, .recordShared, .followedUp].contains(state) }

    public var isCancelled: Bool { state == .cancelled }

    /// Closed, and participants have not had their summary yet.
    public var awaitsSummary: Bool { state == .closed }

    /// People may have read the record: changes are still allowed, but each one says why.
    public var recordNeedsReason: Bool { isHeld || isCancelled }
}
