import Foundation

/// The school's terms as a leader types them: a name and first and last days for each. Terms
/// already saved that have ended are fixed (`locked`): the figures counted over them must not
/// change afterwards, or comparing the old and new figures could reveal a hidden group.
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

    /// The terms to save, in order, or what is wrong (each message names the row).
    public func check(locked: [SchoolTerm] = []) -> Result<[SchoolTerm], FieldErrorsBox> {
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
        // In the order typed, each after the one before; and none on a day a fixed term holds.
        for (previous, current) in zip(terms, terms.dropFirst()) where current.term.start <= previous.term.end {
            errors.add(
                Self.field(current.index, .start),
                "Term \(current.index + 1) must start after term \(previous.index + 1) ends (\(previous.term.end))")
        }
        for entry in terms {
            if let fixed = locked.first(where: { $0.start <= entry.term.end && entry.term.start <= $0.end }) {
                errors.add(
                    Self.field(entry.index, .start),
                    "Term \(entry.index + 1) overlaps \(fixed.name) (\(fixed.start) to \(fixed.end)), which has ended and is fixed"
                )
            }
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(terms.map(\.term))
    }
}
