import Foundation

/// The school's terms as a leader types them: a name and first and last days for each. The past
/// is fixed once terms have settled (`SchoolTerm.correctionDays` after they were saved): a
/// settled term that has ended never changes, a settled term under way keeps its first day and
/// stays, and no term is added that began before today. Otherwise a term typed afterwards would
/// be a range chosen after the fact, and comparing its figures with a month's could reveal a
/// hidden group. Until a term settles, a mistake in it can be put right; and while no term has
/// settled, terms may lie in the past (a school starting mid-year enters the year so far).
public struct TermDatesForm: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var name: String
        public var start: String
        public var end: String

        public init(name: String = "", start: String = "", end: String = "") {
            self.name = name
            self.start = start
            self.end = end
        }

        var isBlank: Bool { [name, start, end].allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    /// Enough for a year of three terms and the next, or of six half-terms.
    public static let rowCount = 6

    public var rows: [Row]

    public init(rows: [Row] = []) {
        self.rows = Array((rows + Array(repeating: Row(), count: Self.rowCount)).prefix(Self.rowCount))
    }

    /// Reads `term_N_name`, `term_N_start`, `term_N_end`.
    public init(fields: [String: String]) {
        self.init(
            rows: (0..<Self.rowCount).map { index in
                Row(
                    name: fields[Self.field(index, .name)] ?? "", start: fields[Self.field(index, .start)] ?? "",
                    end: fields[Self.field(index, .end)] ?? "")
            })
    }

    public enum Part: String, Sendable { case name, start, end }

    public static func field(_ index: Int, _ part: Part) -> String { "term_\(index)_\(part.rawValue)" }

    /// The terms to save, in order, or what is wrong (each message names the row). `settled` are
    /// the school's saved terms that can no longer be corrected (`SchoolTerm.settled`) and
    /// `today` the school's day; without them only the form itself is checked.
    public func check(settled: [SchoolTerm] = [], today: SchoolDay? = nil) -> Result<[SchoolTerm], FieldErrorsBox> {
        var errors = FieldErrors()
        var terms: [(index: Int, term: SchoolTerm)] = []
        for (index, row) in rows.enumerated() where !row.isBlank {
            let number = index + 1
            let name = SingleLine.clean(row.name)
            if name.isEmpty {
                errors.add(Self.field(index, .name), "Enter a name for term \(number), like Autumn term")
            } else if name.count > 40 {
                errors.add(Self.field(index, .name), "Use 40 characters or fewer for the name of term \(number)")
            }
            let start = SchoolDay(iso: row.start)
            let end = SchoolDay(iso: row.end)
            if start == nil {
                errors.add(Self.field(index, .start), "Enter the first day of term \(number) as a date")
            }
            if end == nil {
                errors.add(Self.field(index, .end), "Enter the last day of term \(number) as a date")
            }
            guard let start, let end, !name.isEmpty else { continue }
            guard start <= end else {
                errors.add(Self.field(index, .end), "The last day of term \(number) must be on or after its first day")
                continue
            }
            terms.append((index, SchoolTerm(name: name, start: start, end: end)))
        }
        // In the order typed, each after the one before.
        for (previous, current) in zip(terms, terms.dropFirst()) where current.term.start <= previous.term.end {
            errors.add(
                Self.field(current.index, .start),
                "Term \(current.index + 1) must start after term \(previous.index + 1) ends (\(previous.term.end))")
        }
        if let today, !settled.isEmpty { checkHistory(terms, settled: settled, today: today, &errors) }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(terms.map(\.term))
    }

    /// The past stays as it was saved (see the type's comment).
    private func checkHistory(
        _ terms: [(index: Int, term: SchoolTerm)], settled: [SchoolTerm], today: SchoolDay, _ errors: inout FieldErrors
    ) {
        let fixed = settled.filter { $0.end < today }
        let open = settled.filter { $0.end >= today }
        for entry in terms {
            let number = entry.index + 1
            if let ended = fixed.first(where: { $0.start <= entry.term.end && entry.term.start <= $0.end }) {
                errors.add(
                    Self.field(entry.index, .start),
                    "Term \(number) overlaps \(ended.name) (\(ended.start) to \(ended.end)), which has ended and is fixed"
                )
            } else if entry.term.end < today {
                errors.add(
                    Self.field(entry.index, .end),
                    "Term \(number) ends before today. Terms that have ended cannot be added afterwards")
            } else if entry.term.start < today, !open.contains(where: { $0.start == entry.term.start }) {
                errors.add(
                    Self.field(entry.index, .start),
                    "Term \(number) starts before today. Add a term before it begins, or keep the first day it was saved with"
                )
            }
        }
        for underWay in open where underWay.start < today && !terms.contains(where: { $0.term.start == underWay.start })
        {
            errors.add(
                Self.field(0, .name),
                "\(underWay.name) is under way, so it stays, with its first day \(underWay.start). You can change its last day"
            )
        }
    }
}

extension SchoolTerm {
    /// How long after it is saved a term can still be put right, whatever its dates.
    public static let correctionDays = 7

    /// A saved term and when it was first saved (nil: before this was recorded, long settled).
    public struct Saved: Sendable, Equatable {
        public var term: SchoolTerm
        public var savedAt: Date?

        public init(_ term: SchoolTerm, savedAt: Date?) {
            self.term = term
            self.savedAt = savedAt
        }

        public func isSettled(now: Date) -> Bool {
            guard let savedAt else { return true }
            return now >= savedAt.addingTimeInterval(Double(SchoolTerm.correctionDays) * 86_400)
        }
    }

    /// The saved terms that can no longer be corrected.
    public static func settled(_ saved: [Saved], now: Date) -> [SchoolTerm] {
        saved.filter { $0.isSettled(now: now) }.map(\.term)
    }

    /// Which saved terms are fixed (settled and ended before `today`), and which the form shows
    /// to change.
    public static func split(
        _ saved: [Saved], today: SchoolDay, now: Date
    ) -> (fixed: [SchoolTerm], open: [SchoolTerm]) {
        let fixed = saved.filter { $0.isSettled(now: now) && $0.term.end < today }.map(\.term)
        return (fixed, saved.map(\.term).filter { !fixed.contains($0) })
    }

    /// When a term about to be saved counts as first saved: a term with the same first day keeps
    /// the time it was first saved, so correcting its last day, or saving the form again, does
    /// not open the window again.
    public static func savedAt(of term: SchoolTerm, among saved: [Saved], now: Date) -> Date? {
        guard let same = saved.first(where: { $0.term.start == term.start }) else { return now }
        return same.savedAt
    }
}
