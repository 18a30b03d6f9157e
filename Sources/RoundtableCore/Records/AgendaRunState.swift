import Foundation

/// Where one agenda item is while the meeting runs.
public enum AgendaItemRunState: String, Sendable, CaseIterable, Codable {
    case waiting
    case current
    case done
    case skipped
    case parked

    public var label: String {
        switch self {
        case .waiting: "Still to come"
        case .current: "Talking about now"
        case .done: "Done"
        case .skipped: "Skipped"
        case .parked: "Parked for later"
        }
    }
}

/// One agenda item as the facilitator runs it.
public struct RunItem: Sendable, Equatable, Identifiable, Codable {
    public var id: UUID
    public var title: String
    public var plannedMinutes: Int
    /// Time given during the meeting, kept apart so the plan stays honest for next time.
    public var extraMinutes: Int
    public var state: AgendaItemRunState

    public init(
        id: UUID = UUID(), title: String, plannedMinutes: Int, extraMinutes: Int = 0,
        state: AgendaItemRunState = .waiting
    ) {
        self.id = id
        self.title = title
        self.plannedMinutes = plannedMinutes
        self.extraMinutes = extraMinutes
        self.state = state
    }

    public var totalMinutes: Int { plannedMinutes + extraMinutes }
}

public enum MoveDirection: String, Sendable, CaseIterable, Codable {
    case up, down
}

/// A line for the meeting log: what the facilitator did, in words staff can read back later.
public struct RunEvent: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case started, finished, skipped, parked, extended
        case movedUp = "moved_up"
        case movedDown = "moved_down"
    }

    public var kind: Kind
    public var title: String
    /// The time planned when an item starts; the time added when it is extended.
    public var minutes: Int?

    public init(kind: Kind, title: String, minutes: Int? = nil) {
        self.kind = kind
        self.title = title
        self.minutes = minutes
    }

    public var sentence: String {
        let item = "“\(title)”"
        switch kind {
        case .started:
            if let minutes { return "Started \(item), with \(Self.minutes(minutes)) planned" }
            return "Started \(item)"
        case .finished: return "Finished \(item)"
        case .skipped: return "Skipped \(item)"
        case .parked: return "Parked \(item) to come back to"
        case .extended: return "Gave \(item) \(Self.minutes(minutes ?? 0)) more"
        case .movedUp: return "Moved \(item) earlier"
        case .movedDown: return "Moved \(item) later"
        }
    }

    static func minutes(_ count: Int) -> String { count == 1 ? "1 minute" : "\(count) minutes" }
}

/// Why the facilitator's request was turned down, worded for the facilitator.
/// The raw value travels in the page's address after a redirect (never the words themselves).
public enum RunRefusal: String, Error, Sendable, Equatable, CaseIterable {
    case notFound = "not-found"
    case alreadyDone = "already-done"
    case notWaiting = "not-waiting"
    case minutesOutOfRange = "minutes"
    case notCurrent = "not-current"
    case notRunning = "not-running"

    public var message: String {
        switch self {
        case .notFound: "That item is no longer on the agenda. Reload the page to see the latest."
        case .alreadyDone: "That item is already done. Add a new item if there is more to say."
        case .notWaiting: "Only items that have not started yet can be moved."
        case .minutesOutOfRange: "Add between 1 and 30 minutes at a time"
        case .notCurrent: "That item had already moved on, so nothing changed. This is where the meeting is now."
        case .notRunning: "The meeting is not running, so the agenda cannot change here."
        }
    }
}
