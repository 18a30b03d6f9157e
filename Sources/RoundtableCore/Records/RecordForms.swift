import Foundation

/// Shared checks for the capture forms, so each form reads as a list of its own rules.
enum RecordFormCheck {
    /// Free text keeps its line breaks; only the ends are trimmed.
    static func text(
        _ raw: String, field: String, limit: Int, missing: String?, into errors: inout FieldErrors
    ) -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty, let missing { errors.add(field, missing) }
        if text.count > limit { errors.add(field, "Use \(limit) characters or fewer") }
        return text
    }

    static func label(
        _ raw: String, kind: RecordEntryKind, into errors: inout FieldErrors
    ) -> RecordLabel? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return kind.defaultLabel }
        guard let label = RecordLabel(rawValue: trimmed), kind.allowedLabels.contains(label) else {
            errors.add("label", "Choose who can read this")
            return nil
        }
        return label
    }

    /// A day that has not passed. `today` is compared as a day, so "today" itself is fine.
    static func futureDay(
        _ raw: String, field: String, missing: String, today: Date, into errors: inout FieldErrors
    ) -> Date? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            errors.add(field, missing)
            return nil
        }
        guard let day = StudentForm.parseDate(trimmed) else {
            errors.add(field, "Enter the date as day, month and year, like 3/12/2026")
            return nil
        }
        if day < Calendar.gregorianUTC.startOfDay(for: today) {
            errors.add(field, "Choose a date from today onwards")
            return nil
        }
        return day
    }

    static func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
}

/// A note taken during the meeting.
public struct NoteForm: Sendable, Equatable {
    public var text = ""
    /// A `RecordLabel` raw value; empty means the note's default.
    public var label = ""

    public init(text: String = "", label: String = "") {
        self.text = text
        self.label = label
    }

    public struct Checked: Sendable, Equatable {
        public var text: String
        public var label: RecordLabel
    }

    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let text = RecordFormCheck.text(
            self.text, field: "text", limit: RecordLimit.note, missing: "Write the note", into: &errors)
        let label = RecordFormCheck.label(self.label, kind: .note, into: &errors)
        guard errors.isEmpty, let label else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(text: text, label: label))
    }
}

/// A decision, always with its reason: a decision nobody can explain later is hard to trust.
public struct DecisionForm: Sendable, Equatable {
    public var what = ""
    public var reason = ""
    public var label = ""

    public init(what: String = "", reason: String = "", label: String = "") {
        self.what = what
        self.reason = reason
        self.label = label
    }

    public struct Checked: Sendable, Equatable {
        public var what: String
        public var reason: String
        public var label: RecordLabel
    }

    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let what = RecordFormCheck.text(
            self.what, field: "what", limit: RecordLimit.statement, missing: "Enter what was decided", into: &errors)
        let reason = RecordFormCheck.text(
            self.reason, field: "reason", limit: RecordLimit.decisionReason,
            missing: "Say why, so anyone reading this later understands the decision", into: &errors)
        let label = RecordFormCheck.label(self.label, kind: .decision, into: &errors)
        guard errors.isEmpty, let label else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(what: what, reason: reason, label: label))
    }
}

/// Changing the record after the meeting has closed.
public struct AmendmentForm: Sendable, Equatable {
    public var reason = ""

    public static let minimumReason = 10

    public init(reason: String = "") {
        self.reason = reason
    }

    public struct Checked: Sendable, Equatable {
        public var reason: String
    }

    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let reason = Text.clean(self.reason)
        if reason.count < Self.minimumReason {
            errors.add("reason", "Say why you are changing this, so the record stays honest")
        } else if reason.count > 1000 {
            errors.add("reason", "Use 1000 characters or fewer")
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(reason: reason))
    }
}
