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

    /// From a row that has a column per kind of person: the one the kind names, or nil when
    /// that record is gone.
    public init?(kind: ParticipantKind, user: UUID?, family: UUID?, student: UUID?, agency: UUID?) {
        let id: UUID? =
            switch kind {
            case .staff: user
            case .family: family
            case .student: student
            case .agency: agency
            }
        guard let id else { return nil }
        self.init(kind: kind, id: id)
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

/// One of a meeting's people, as the capture forms offer them as owners.
public struct MeetingPerson: Sendable, Equatable {
    public var person: PersonRef
    public var name: String
    /// What they are there as ("Mother", "Head of year"), to tell two people apart on the form.
    public var role: String

    public init(person: PersonRef, name: String, role: String = "") {
        self.person = person
        self.name = name
        self.role = role
    }
}

/// Owners chosen on a capture form: ticked people from the meeting, and a name typed for
/// someone who was not there. The record keeps both the people (to remind and to let a family
/// mark their own action done) and the names as read at the time.
public enum OwnerPick {
    public struct Picked: Sendable, Equatable {
        public var people: [PersonRef]
        /// Everyone, in words: the ticked people's names, then the typed name.
        public var names: String
        /// How the record groups it: the first person ticked, else nothing known.
        public var ownerKind: ActionOwnerKind?
    }

    /// Ticked values that are not this meeting's people are refused rather than ignored: they
    /// come from a page about another meeting, or from someone altering the form.
    public static func check(
        ticked: [String], someoneElse: String, people: [MeetingPerson], field: String, limit: Int,
        missing: String, into errors: inout FieldErrors
    ) -> Picked {
        var chosen: [MeetingPerson] = []
        for value in ticked {
            guard let ref = PersonRef(formValue: value), let person = people.first(where: { $0.person == ref }) else {
                errors.add(field, "Choose people from this meeting")
                continue
            }
            if !chosen.contains(person) { chosen.append(person) }
        }
        let other = Text.clean(someoneElse)
        if other.count > limit { errors.add(field + "_other", "Use \(limit) characters or fewer") }
        if chosen.isEmpty, other.isEmpty { errors.add(field, missing) }
        let names = (chosen.map(\.name) + (other.isEmpty ? [] : [other])).joined(separator: ", ")
        return Picked(people: chosen.map(\.person), names: names, ownerKind: chosen.first?.person.ownerKind)
    }
}
