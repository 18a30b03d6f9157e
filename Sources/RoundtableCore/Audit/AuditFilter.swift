import Foundation

/// What the audit log page is asked to show, as typed into its filter form (a GET form, so
/// a filtered page can be bookmarked and its download asks for the same rows).
public struct AuditFilter: Sendable, Equatable {
    /// A member of staff's account id, as the select sends it; empty: anyone.
    public var staff: String
    /// Part of a student's name; events about that student, or a meeting about them.
    public var student: String
    /// An `AuditKind` raw value; empty: every kind.
    public var kind: String
    /// Days as a date input sends them (`2026-12-01`), or as people type them.
    public var from: String
    public var to: String

    public init(staff: String = "", student: String = "", kind: String = "", from: String = "", to: String = "") {
        self.staff = staff
        self.student = student
        self.kind = kind
        self.from = from
        self.to = to
    }

    public var isEmpty: Bool { self == AuditFilter() }

    public struct Checked: Sendable, Equatable {
        public var staffID: UUID?
        /// `NameSearch` terms; empty: any student or none.
        public var studentTerms: [String]
        public var kind: AuditKind?
        /// From the start of `from`, up to (not including) the start of the day after `to`,
        /// both in the school's time zone.
        public var since: Date?
        public var before: Date?
    }

    /// A value from a changed address is refused with a plain message rather than ignored, so
    /// a page never claims to be filtered when it is not.
    public func check(timeZone: TimeZone) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let staffText = staff.trimmingCharacters(in: .whitespaces)
        let staffID = UUID(uuidString: staffText)
        if !staffText.isEmpty, staffID == nil { errors.add("staff", "Choose a member of staff from the list") }
        let kindText = kind.trimmingCharacters(in: .whitespaces)
        let chosenKind = AuditKind(rawValue: kindText)
        if !kindText.isEmpty, chosenKind == nil { errors.add("kind", "Choose a kind of event from the list") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func day(_ text: String, field: String) -> Date? {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let utc = StudentForm.parseDate(text) else {
                errors.add(field, "Enter a date, like 2026-12-01")
                return nil
            }
            let parts = Calendar.gregorianUTC.dateComponents([.year, .month, .day], from: utc)
            return calendar.date(from: parts)
        }
        let since = day(from, field: "from")
        let lastDay = day(to, field: "to")
        let before = lastDay.flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
        if let since, let lastDay, since > lastDay {
            errors.add("to", "The end date must be on or after the start date")
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                staffID: staffID, studentTerms: NameSearch.terms(student), kind: chosenKind, since: since,
                before: before))
    }
}

/// A cell of a downloaded CSV file. Text that a spreadsheet would run as a formula (it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) is kept as text with a leading `'`;
/// every cell is quoted, with quotes doubled.
public enum CSVCell {
    public static func quoted(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ cells: [String]) -> String {
        cells.map(quoted).joined(separator: ",") + "\r\n"
    }
}
