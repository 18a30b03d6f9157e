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
    public var ownerKind = ActionOwnerKind.staff.rawValue
    public var ownerName = ""
    /// `2026-12-03`, as a date input sends it.
    public var due = ""
    public var label = RecordLabel.shared.rawValue

    public init(
        what: String = "", ownerKind: String = ActionOwnerKind.staff.rawValue, ownerName: String = "",
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
        public var ownerKind: ActionOwnerKind
        public var ownerName: String
        public var due: Date
        public var label: RecordLabel
    }

    public func check(today: Date) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let what = RecordFormCheck.text(
            self.what, field: "what", limit: RecordLimit.statement, missing: "Enter what will be done", into: &errors)
        let kind = ActionOwnerKind(rawValue: ownerKind)
        if kind == nil { errors.add("owner_kind", "Choose who will do this") }
        let name = Text.clean(ownerName)
        if name.isEmpty { errors.add("owner_name", "Enter the name of the person who will do this") }
        if name.count > RecordLimit.actionOwner {
            errors.add("owner_name", "Use \(RecordLimit.actionOwner) characters or fewer")
        }
        let due = RecordFormCheck.futureDay(
            self.due, field: "due", missing: "Enter the date this should be done by", today: today, into: &errors)
        let label = RecordFormCheck.label(self.label, kind: .action, into: &errors)
        guard errors.isEmpty, let kind, let due, let label else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(what: what, ownerKind: kind, ownerName: name, due: due, label: label))
    }
}
