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
        /// The days asked for, as the person gave them.
        public var firstDay: SchoolDay?
        public var lastDay: SchoolDay?
        /// From the start of `firstDay`, up to (not including) the start of the day after
        /// `lastDay`, both in the school's time zone.
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
        func day(_ text: String, field: String) -> SchoolDay? {
            guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            guard let utc = StudentForm.parseDate(text) else {
                errors.add(field, "Enter a date, like 2026-12-01")
                return nil
            }
            return SchoolDay(utc, in: .gmt)
        }
        let firstDay = day(from, field: "from")
        let lastDay = day(to, field: "to")
        if let firstDay, let lastDay, lastDay < firstDay {
            errors.add("to", "The end date must be on or after the start date")
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                staffID: staffID, studentTerms: NameSearch.terms(student), kind: chosenKind, firstDay: firstDay,
                lastDay: lastDay, since: firstDay?.start(in: timeZone), before: lastDay?.next.start(in: timeZone)))
    }
}
