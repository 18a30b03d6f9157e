import Foundation

/// Who an action belongs to (PRODUCT.md §3 step 5): the family and the student can own
/// actions too, not only the school.
public enum ActionOwnerKind: String, Sendable, CaseIterable, Codable {
    case staff, family, student

    public var label: String {
        switch self {
        case .staff: "Someone at school"
        case .family: "The family"
        case .student: "The student"
        }
    }
}

public struct ActionForm: Sendable, Equatable {
    public var what = ""
    /// Who a typed name is (school, family, student), from older forms; ticking a person says it.
    public var ownerKind = ""
    /// A name typed for someone who was not at the meeting.
    public var ownerName = ""
    /// The meeting's people ticked as doing it (`PersonRef.formValue`).
    public var ownerPeople: [String] = []
    /// `2026-12-03`, as a date input sends it.
    public var due = ""
    public var label = RecordLabel.shared.rawValue

    public init(
        what: String = "", ownerKind: String = "", ownerName: String = "",
        due: String = "", label: String = RecordLabel.shared.rawValue
    ) {
        self.what = what
        self.ownerKind = ownerKind
        self.ownerName = ownerName
        self.due = due
        self.label = label
    }

    public struct Checked: Sendable, Equatable {
        public var what: String
        /// Nil when only a name was typed: who they are is not known.
        public var ownerKind: ActionOwnerKind?
        public var ownerName: String
        public var ownerPeople: [PersonRef] = []
        public var due: Date
        public var label: RecordLabel
    }

    /// `people` are the meeting's people, who may be ticked as doing it.
    public func check(today: Date, people: [MeetingPerson] = []) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let what = RecordFormCheck.text(
            self.what, field: "what", limit: RecordLimit.statement, missing: "Enter what will be done", into: &errors)
        let owners = OwnerPick.check(
            ticked: ownerPeople, someoneElse: ownerName, people: people, field: "owner_name",
            limit: RecordLimit.actionOwner, missing: "Choose who will do this, or enter their name", into: &errors)
        // Said only by older forms, for a name typed with no person ticked.
        let kind = owners.ownerKind ?? ActionOwnerKind(rawValue: ownerKind)
        let due = RecordFormCheck.futureDay(
            self.due, field: "due", missing: "Enter the date this should be done by", today: today, into: &errors)
        let label = RecordFormCheck.label(self.label, kind: .action, into: &errors)
        guard errors.isEmpty, let due, let label else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                what: what, ownerKind: kind, ownerName: owners.names, ownerPeople: owners.people, due: due,
                label: label))
    }
}
