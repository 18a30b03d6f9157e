import Foundation

/// Who may read one entry of a meeting record (PRODUCT.md §3 step 5). Every entry carries
/// one, so the participant summary and the shared screen can be built by dropping, never by
/// guessing.
public enum RecordLabel: String, Sendable, CaseIterable, Codable, Comparable {
    case shared
    case staffOnly = "staff_only"
    case `private`

    public var label: String {
        switch self {
        case .shared: "Shared"
        case .staffOnly: "Staff only"
        case .private: "Private"
        }
    }

    public var explanation: String {
        switch self {
        case .shared: "Everyone at the meeting can read this, including the family and the student."
        case .staffOnly: "Only staff who work with this student can read this."
        case .private: "Only you can read this. It never leaves your own notes."
        }
    }

    /// How closely held the entry is; a mixed-up label is always settled towards the tighter one.
    private var tightness: Int {
        switch self {
        case .shared: 0
        case .staffOnly: 1
        case .private: 2
        }
    }

    public static func < (lhs: RecordLabel, rhs: RecordLabel) -> Bool { lhs.tightness < rhs.tightness }
}

/// What an entry in the record is.
public enum RecordEntryKind: String, Sendable, CaseIterable, Codable {
    case note
    case decision
    case goal
    case action
    /// Something the meeting agreed to come back to: the parking lot.
    case parked
    /// The lead's own bias check or reflection on how the meeting went.
    case reflection

    public var label: String {
        switch self {
        case .note: "Note"
        case .decision: "Decision"
        case .goal: "Goal"
        case .action: "Action"
        case .parked: "Parked for later"
        case .reflection: "Private reflection"
        }
    }

    /// Goals and actions are made with the family, so they start shared; what staff jot down
    /// mid-conversation starts staff only until someone chooses to share it.
    public var defaultLabel: RecordLabel {
        switch self {
        case .goal, .action: .shared
        case .note, .decision, .parked: .staffOnly
        case .reflection: .private
        }
    }

    /// A reflection is never shared; and nothing else is private, because a record other staff
    /// cannot read would leave gaps in what the school knows about the child.
    public var allowedLabels: [RecordLabel] {
        switch self {
        case .reflection: [.private]
        default: [.shared, .staffOnly]
        }
    }

    /// The label to act on. A label the kind does not allow (an old row, a bad request) is
    /// read as the tighter of it and the kind's tightest, so a mistake can only hide.
    public func effectiveLabel(_ label: RecordLabel) -> RecordLabel {
        if allowedLabels.contains(label) { return label }
        return max(label, allowedLabels.max() ?? .private)
    }
}
