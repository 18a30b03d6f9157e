import Foundation
import RoundtableCore

/// A goal or an action from an earlier meeting about the same student, as a follow-up or a
/// review shows it (Core's `CarriedIn` settled who reads it).
public struct CarriedLine: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case goal(GoalStatus)
        case action(ActionStatus)

        public var label: String {
            switch self {
            case .goal(let status): status.label
            case .action(let status): status.label
            }
        }

        public var isSettled: Bool {
            switch self {
            case .goal(let status): status.isSettled
            case .action(let status): status.isSettled
            }
        }
    }

    public var id: RecordEntryID
    /// The meeting it was agreed at, and when that meeting was held.
    public var meetingID: MeetingID
    public var heldAt: Date?
    public var text: String
    public var owners: String?
    public var status: Status
    /// An action's due date or a goal's next review.
    public var due: Date?
    public var showing: CarriedIn.Showing

    public init(
        id: RecordEntryID, meetingID: MeetingID, heldAt: Date?, text: String, owners: String?, status: Status,
        due: Date?, showing: CarriedIn.Showing
    ) {
        self.id = id
        self.meetingID = meetingID
        self.heldAt = heldAt
        self.text = text
        self.owners = owners
        self.status = status
        self.due = due
        self.showing = showing
    }

    public var kind: RecordEntryKind {
        if case .goal = status { return .goal }
        return .action
    }

    public var isShared: Bool { showing == .shared }
}
