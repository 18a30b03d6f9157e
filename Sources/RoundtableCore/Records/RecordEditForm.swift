import Foundation

/// A change to an entry already in the record, checked against the same `RecordLimit` as
/// capturing it: text over a limit is refused, never cut. A part sent back exactly as it is
/// stored is not checked again, so an entry saved under looser limits in the past still takes
/// a new label without its words having to shrink.
public struct RecordEditForm: Sendable, Equatable {
    public var kind: RecordEntryKind
    /// nil for a part the page did not send: a one-button form changes only the label.
    public var text: String?
    public var label: String?
    public var why: String?
    public var target: String?
    public var owners: String?
    public var date: String?

    public init(
        kind: RecordEntryKind, text: String? = nil, label: String? = nil, why: String? = nil,
        target: String? = nil, owners: String? = nil, date: String? = nil
    ) {
        (self.kind, self.text, self.label, self.why) = (kind, text, label, why)
        (self.target, self.owners, self.date) = (target, owners, date)
    }

    /// The entry as it is stored now.
    public struct Current: Sendable, Equatable {
        public var text: String
        public var reason: String?
        public var target: String?
        public var owners: String?

        public init(text: String, reason: String? = nil, target: String? = nil, owners: String? = nil) {
            (self.text, self.reason, self.target, self.owners) = (text, reason, target, owners)
        }
    }

    /// What to change. nil keeps the stored value; for the optional parts, `.some(nil)` clears it.
    public struct Checked: Sendable, Equatable {
        public var text: String?
        public var label: RecordLabel?
        public var why: String??
        public var target: String??
        public var owners: String??
        public var date: Date??
    }

    /// Parts the entry's kind does not have (a note's "why", an action's target) and a label the
    /// kind may not carry are ignored, as a form for that kind would never send them.
    public func check(current: Current) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        var checked = Checked()
        if let typed = text.map(Self.multiline), !typed.isEmpty, typed != Self.multiline(current.text) {
            checked.text = RecordFormCheck.text(
                typed, field: "text", limit: RecordLimit.text(of: kind), missing: nil, into: &errors)
        }
        checked.label = label.flatMap { RecordLabel(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            .flatMap { kind.allowedLabels.contains($0) ? $0 : nil }
        if kind.hasWhy, let typed = why.map(Self.multiline), typed != current.reason.map(Self.multiline) ?? "" {
            checked.why = .some(Self.optional(typed, field: "why", limit: RecordLimit.why(of: kind), into: &errors))
        }
        if kind == .goal, let typed = target.map(Self.multiline), typed != current.target ?? "" {
            checked.target = .some(Self.optional(typed, field: "target", limit: RecordLimit.target, into: &errors))
        }
        if kind.hasOwnersAndDate, let typed = owners.map(Text.clean), typed != current.owners ?? "" {
            checked.owners = .some(
                Self.optional(typed, field: "owners", limit: RecordLimit.owners(of: kind), into: &errors))
        }
        if kind.hasOwnersAndDate, let typed = date?.trimmingCharacters(in: .whitespaces) {
            if typed.isEmpty {
                checked.date = .some(nil)
            } else if let day = StudentForm.parseDate(typed) {
                checked.date = .some(day)
            } else {
                errors.add("date", "Enter the date as day, month and year, like 3/12/2026")
            }
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(checked)
    }

    /// As capture reads free text: the ends trimmed, line breaks kept. Browsers send a
    /// textarea's line breaks as CRLF, so a part sent back unchanged still compares equal.
    static func multiline(_ raw: String) -> String {
        raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An optional part: checked like capture's text, and empty clears it.
    private static func optional(_ text: String, field: String, limit: Int, into errors: inout FieldErrors) -> String? {
        RecordFormCheck.optional(
            RecordFormCheck.text(text, field: field, limit: limit, missing: nil, into: &errors))
    }
}

extension RecordEntryKind {
    /// A decision's reason, or why a goal was set without agreement.
    var hasWhy: Bool { self == .decision || self == .goal }
    /// Who does it, and by when: goals and actions.
    var hasOwnersAndDate: Bool { self == .goal || self == .action }
}
