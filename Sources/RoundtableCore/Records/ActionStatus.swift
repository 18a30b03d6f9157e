import Foundation

/// How an action agreed at a meeting went. Every action starts open; what happened to it is
/// added after the meeting as a new line (who, when, a note), so the record of what was agreed
/// never changes and the history of the action stays readable.
public enum ActionStatus: String, Sendable, CaseIterable, Codable {
    case open
    case done
    case notDone = "not_done"
    case noLongerNeeded = "no_longer_needed"

    /// As staff read it.
    public var label: String {
        switch self {
        case .open: "Open"
        case .done: "Done"
        case .notDone: "Not done"
        case .noLongerNeeded: "No longer needed"
        }
    }

    /// Nothing more is expected of whoever owns it.
    public var isSettled: Bool { self != .open }

    /// Still open after the end of its due day, in the school's time zone.
    public static func isOverdue(
        status: ActionStatus, due: Date?, now: Date, timeZone: TimeZone
    ) -> Bool {
        guard status == .open, let due else { return false }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        // Due dates are kept as a day at midnight UTC; compare days, not instants.
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        let dueDay = utc.dateComponents([.year, .month, .day], from: due)
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        guard let d = utc.date(from: dueDay), let t = utc.date(from: today) else { return false }
        return t > d
    }
}

/// What a member of staff writes to say how an action went.
public struct ActionStatusForm: Sendable, Equatable {
    public var status: String
    public var note: String

    public init(status: String = "", note: String = "") {
        self.status = status
        self.note = note
    }

    public struct Checked: Sendable, Equatable {
        public var status: ActionStatus
        public var note: String?

        public init(status: ActionStatus, note: String?) {
            self.status = status
            self.note = note
        }
    }

    /// `current` is where the action stands now: saving it again with nothing to add would
    /// only put a line in its history that says nothing.
    public func check(current: ActionStatus) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let status = ActionStatus(rawValue: status)
        if status == nil { errors.add("status", "Choose how the action went") }
        // Optional, so "missing" never shows; too long is refused, never cut.
        let note = RecordFormCheck.text(
            self.note, field: "note", limit: RecordLimit.statement, missing: nil, into: &errors)
        if errors.isEmpty, status == current, note.isEmpty {
            errors.add("status", "It is already marked \(current.label). Choose another status, or add a note")
        }
        guard errors.isEmpty, let status else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(status: status, note: RecordFormCheck.optional(note)))
    }
}
