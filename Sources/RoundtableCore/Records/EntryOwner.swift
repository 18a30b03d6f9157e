import Foundation

/// One of a meeting's people, named as the owner of a goal or an action. It names the person,
/// not their place in one meeting, so a family member's action follows them to the next
/// meeting and to their own link.
public enum PersonRef: Hashable, Sendable {
    case staff(UUID)
    case family(UUID)
    case student(UUID)
    case agency(UUID)

    public var kind: ParticipantKind {
        switch self {
        case .staff: .staff
        case .family: .family
        case .student: .student
        case .agency: .agency
        }
    }

    public var id: UUID {
        switch self {
        case .staff(let id), .family(let id), .student(let id), .agency(let id): id
        }
    }

    public init?(kind: ParticipantKind, id: UUID) {
        switch kind {
        case .staff: self = .staff(id)
        case .family: self = .family(id)
        case .student: self = .student(id)
        case .agency: self = .agency(id)
        }
    }

    /// How a checkbox carries it: `family:<uuid>`.
    public var formValue: String { "\(kind.rawValue):\(id.uuidString.lowercased())" }

    public init?(formValue: String) {
        let parts = formValue.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let kind = ParticipantKind(rawValue: parts[0]), let id = UUID(uuidString: parts[1])
        else { return nil }
        self.init(kind: kind, id: id)
    }

    /// What an owner of this kind is called when the record says who does it.
    public var ownerKind: ActionOwnerKind {
        switch self {
        case .staff, .agency: .staff
        case .family: .family
        case .student: .student
        }
    }
}

/// Who may say how a goal or an action is going.
public enum FollowThroughRule {
    /// A family member or the student updates only an action they own: another family member's
    /// action, or the school's, is not theirs to mark done.
    public static func mayUpdateAction(owners: [PersonRef], as person: PersonRef) -> Bool {
        switch person {
        case .family, .student: owners.contains(person)
        case .staff, .agency: false
        }
    }

    /// A family member or the student adds a progress note to a goal they can read on their
    /// page (a shared one), whoever owns it; nobody outside the school changes its status.
    public static func mayAddGoalNote(label: RecordLabel, as viewer: RecordViewer) -> Bool {
        switch viewer {
        case .familyMember, .student: RecordVisibility.canSee(viewer, label: label, isAuthor: false)
        default: false
        }
    }
}
