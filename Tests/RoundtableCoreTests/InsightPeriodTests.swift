import Foundation
import Testing

@testable import RoundtableCore

@Suite("Insight counts over fixed periods: month, term, school year")
struct InsightPeriodTests {
    static let terms = [
        SchoolTerm(name: "Autumn term", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18)),
        SchoolTerm(name: "Spring term", start: SchoolDay(2027, 1, 5), end: SchoolDay(2027, 3, 26)),
        SchoolTerm(name: "Summer term", start: SchoolDay(2027, 4, 12), end: SchoolDay(2027, 7, 21)),
    ]

    struct Row: Sendable, CustomTestStringConvertible {
        var day: SchoolDay
        var kind: InsightPeriod.Kind
        var expected: InsightPeriod?
        var testDescription: String { "\(day) \(kind)" }
    }

    static let rows: [Row] = [
        Row(day: SchoolDay(2026, 9, 2), kind: .term, expected: .term(terms[0])),
        Row(day: SchoolDay(2026, 12, 18), kind: .term, expected: .term(terms[0])),
        Row(day: SchoolDay(2026, 12, 19), kind: .term, expected: nil),
        Row(day: SchoolDay(2027, 1, 5), kind: .term, expected: .term(terms[1])),
        Row(day: SchoolDay(2027, 7, 21), kind: .term, expected: .term(terms[2])),
        Row(day: SchoolDay(2027, 7, 31), kind: .schoolYear, expected: .schoolYear(startYear: 2026)),
        Row(day: SchoolDay(2027, 8, 1), kind: .schoolYear, expected: .schoolYear(startYear: 2027)),
        Row(day: SchoolDay(2026, 8, 20), kind: .schoolYear, expected: .schoolYear(startYear: 2026)),
        Row(day: SchoolDay(2028, 2, 29), kind: .month, expected: .month(year: 2028, month: 2)),
    ]

    @Test(arguments: rows)
    func periodOfADay(row: Row) {
        #expect(InsightPeriod.containing(row.day, kind: row.kind, terms: Self.terms) == row.expected)
    }

    @Test("No terms set: a day is in no term, but months and years still work")
    func noTerms() {
        #expect(InsightPeriod.containing(SchoolDay(2026, 10, 1), kind: .term, terms: []) == nil)
        #expect(
            InsightPeriod.containing(SchoolDay(2026, 10, 1), kind: .month, terms: []) == .month(year: 2026, month: 10))
    }

    @Test("A date is placed by the school's day, not UTC's")
    func timeZone() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        // 23:30 UTC on 31 July 2027 is already 1 August in London (summer time).
        let date = try #require(ISO8601DateFormatter().date(from: "2027-07-31T23:30:00Z"))
        #expect(
            InsightPeriod.containing(date, kind: .schoolYear, terms: [], timeZone: london)
                == .schoolYear(startYear: 2027))
        #expect(
            InsightPeriod.containing(date, kind: .month, terms: [], timeZone: london) == .month(year: 2027, month: 8))
    }

    @Test("Each period's interval covers its last day whole and ends at the next midnight")
    func intervals() throws {
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let spring = InsightPeriod.term(Self.terms[1]).interval(in: london)
        let formatter = ISO8601DateFormatter()
        #expect(spring.lowerBound == formatter.date(from: "2027-01-05T00:00:00Z"))
        #expect(spring.upperBound == formatter.date(from: "2027-03-27T00:00:00Z"))
        let year = InsightPeriod.schoolYear(startYear: 2026).days
        #expect(year == SchoolDay(2026, 8, 1)...SchoolDay(2027, 7, 31))
        #expect(InsightPeriod.month(year: 2027, month: 2).days.upperBound == SchoolDay(2027, 2, 28))
        // Consecutive periods of one kind meet without a gap or overlap.
        let february = InsightPeriod.month(year: 2027, month: 2).interval(in: london)
        let march = InsightPeriod.month(year: 2027, month: 3).interval(in: london)
        #expect(february.upperBound == march.lowerBound)
    }

    @Test func labels() {
        #expect(InsightPeriod.month(year: 2027, month: 3).label == "March 2027")
        #expect(InsightPeriod.term(Self.terms[1]).label == "Spring term 2026–27")
        #expect(InsightPeriod.schoolYear(startYear: 2099).label == "2099–00")
    }

    @Test("Dates are read as YYYY-MM-DD, and days that do not exist are refused")
    func readingDays() {
        #expect(SchoolDay(iso: "2027-02-28") == SchoolDay(2027, 2, 28))
        #expect(SchoolDay(iso: "2028-02-29") == SchoolDay(2028, 2, 29))
        for bad in ["2027-02-29", "2027-13-01", "27-01-01", "2027-1-1", "", "soon", "2027-04-31"] {
            #expect(SchoolDay(iso: bad) == nil, "\(bad)")
        }
        #expect(SchoolDay(2026, 12, 31).next == SchoolDay(2027, 1, 1))
    }
}

@Suite("Term dates: in order, no overlap, clear errors")
struct TermDatesFormTests {
    func form(_ rows: [(String, String, String)]) -> TermDatesForm {
        TermDatesForm(rows: rows.map { TermDatesForm.Row(name: $0.0, start: $0.1, end: $0.2) })
    }

    @Test func threeTermsInOrder() throws {
        let terms = try form([
            ("Autumn term", "2026-09-02", "2026-12-18"), ("Spring term", "2027-01-05", "2027-03-26"),
            ("Summer term", "2027-04-12", "2027-07-21"),
        ]).check().get()
        #expect(terms.map(\.name) == ["Autumn term", "Spring term", "Summer term"])
        #expect(terms[2].end == SchoolDay(2027, 7, 21))
    }

    @Test func blankRowsAreSkippedAndNothingIsFine() throws {
        #expect(try form([]).check().get() == [])
        #expect(TermDatesForm().rows.count == TermDatesForm.rowCount)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        var why: String
        var rows: [(String, String, String)]
        var field: String
        var message: String
        var testDescription: String { why }
    }

    static let bad: [Bad] = [
        Bad(
            why: "no name", rows: [("", "2026-09-02", "2026-12-18")], field: "term_0_name",
            message: "Enter a name for term 1"),
        Bad(
            why: "not a date", rows: [("Autumn", "2 Sept", "2026-12-18")], field: "term_0_start",
            message: "first day of term 1"),
        Bad(why: "no end", rows: [("Autumn", "2026-09-02", "")], field: "term_0_end", message: "last day of term 1"),
        Bad(
            why: "ends before it starts", rows: [("Autumn", "2026-12-18", "2026-09-02")], field: "term_0_end",
            message: "on or after its first day"),
        Bad(
            why: "overlaps the one before",
            rows: [("Autumn", "2026-09-02", "2026-12-18"), ("Spring", "2026-12-18", "2027-03-26")],
            field: "term_1_start", message: "Term 2 must start after term 1 ends (2026-12-18)"),
        Bad(
            why: "out of order",
            rows: [("Spring", "2027-01-05", "2027-03-26"), ("Autumn", "2026-09-02", "2026-12-18")],
            field: "term_1_start", message: "must start after term 1 ends"),
    ]

    @Test(arguments: bad)
    func refused(bad: Bad) {
        guard case .failure(let box) = form(bad.rows).check() else {
            Issue.record("accepted")
            return
        }
        #expect(box.errors[bad.field]?.contains(bad.message) == true, "\(box.errors.items)")
    }

    @Test("A term may not overlap one that has ended and is fixed")
    func lockedTerms() {
        let past = SchoolTerm(name: "Autumn term", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18))
        let today = SchoolDay(2026, 12, 20)
        guard
            case .failure(let box) = form([("Spring", "2026-12-10", "2027-03-26")]).check(settled: [past], today: today)
        else {
            Issue.record("accepted")
            return
        }
        #expect(box.errors["term_0_start"]?.contains("overlaps Autumn term") == true)
        #expect(
            (try? form([("Spring", "2027-01-05", "2027-03-26")]).check(settled: [past], today: today).get())?.count == 1
        )
    }

    struct History: Sendable, CustomTestStringConvertible {
        var why: String
        var rows: [(String, String, String)]
        /// The field refused, or nil when the form is accepted.
        var field: String?
        var message = ""
        var testDescription: String { why }
    }

    /// Saved: Autumn (ended), Spring (under way on 1 February 2027), Summer (to come).
    static let saved = [
        SchoolTerm(name: "Autumn", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18)),
        SchoolTerm(name: "Spring", start: SchoolDay(2027, 1, 5), end: SchoolDay(2027, 3, 26)),
        SchoolTerm(name: "Summer", start: SchoolDay(2027, 4, 12), end: SchoolDay(2027, 7, 21)),
    ]
    static let history: [History] = [
        History(
            why: "the same terms again",
            rows: [("Spring", "2027-01-05", "2027-03-26"), ("Summer", "2027-04-12", "2027-07-21")], field: nil),
        History(
            why: "the term under way ends later, the next one moves",
            rows: [("Spring", "2027-01-05", "2027-03-31"), ("Summer", "2027-04-19", "2027-07-21")], field: nil),
        History(
            why: "a term that ended last week, added afterwards",
            rows: [("Winter week", "2027-01-20", "2027-01-25"), ("Spring", "2027-01-26", "2027-03-26")],
            field: "term_0_end", message: "ends before today"),
        History(
            why: "the term under way ended early, so that it becomes fixed",
            rows: [("Spring", "2027-01-05", "2027-01-31")], field: "term_0_end", message: "ends before today"),
        History(
            why: "the term under way given another first day",
            rows: [("Spring", "2027-01-12", "2027-03-26")], field: "term_0_start", message: "starts before today"),
        History(
            why: "the term under way left out",
            rows: [("Summer", "2027-04-12", "2027-07-21")], field: "term_0_name",
            message: "Spring is under way, so it stays"),
    ]

    @Test("The past stays as it was saved: nothing ended added, the term under way keeps its start", arguments: history)
    func pastStays(history: History) {
        let result = form(history.rows).check(settled: Self.saved, today: SchoolDay(2027, 2, 1))
        switch (result, history.field) {
        case (.success, nil): break
        case (.failure(let box), let field?):
            #expect(box.errors[field]?.contains(history.message) == true, "\(box.errors.items)")
        case (.success, _): Issue.record("accepted")
        case (.failure(let box), nil): Issue.record("refused: \(box.errors.items)")
        }
    }

    @Test("A term settles a week after it was first saved; the same first day keeps that time")
    func settling() {
        let saved = Date(timeIntervalSince1970: 1_800_000_000)
        let term = SchoolTerm(name: "Spring", start: SchoolDay(2027, 1, 5), end: SchoolDay(2027, 3, 26))
        let stored = [SchoolTerm.Saved(term, savedAt: saved)]
        #expect(SchoolTerm.settled(stored, now: saved.addingTimeInterval(6 * 86_400)).isEmpty)
        #expect(SchoolTerm.settled(stored, now: saved.addingTimeInterval(7 * 86_400)) == [term])
        #expect(SchoolTerm.settled([SchoolTerm.Saved(term, savedAt: nil)], now: saved) == [term])
        var longer = term
        longer.end = SchoolDay(2027, 3, 31)
        #expect(SchoolTerm.savedAt(of: longer, among: stored, now: saved.addingTimeInterval(86_400)) == saved)
        let other = SchoolTerm(name: "Summer", start: SchoolDay(2027, 4, 12), end: SchoolDay(2027, 7, 21))
        #expect(SchoolTerm.savedAt(of: other, among: stored, now: saved) == saved)
        let after = saved.addingTimeInterval(86_400)
        #expect(SchoolTerm.savedAt(of: other, among: stored, now: after) == after)
        // Ended but not settled: still shown to change, not fixed.
        let split = SchoolTerm.split(stored, today: SchoolDay(2027, 4, 1), now: saved.addingTimeInterval(86_400))
        #expect(split.fixed.isEmpty && split.open == [term])
    }

    @Test("A school's first terms may lie in the past: it is starting mid-year")
    func firstTermsMayBePast() throws {
        let terms = try form([("Autumn", "2026-09-02", "2026-12-18"), ("Spring", "2027-01-05", "2027-03-26")])
            .check(settled: [], today: SchoolDay(2027, 2, 1)).get()
        #expect(terms.count == 2)
    }

    @Test func readsTheFields() {
        let form = TermDatesForm(fields: ["term_1_name": "Spring", "term_1_start": "2027-01-05", "term_1_end": "x"])
        #expect(form.rows[1] == TermDatesForm.Row(name: "Spring", start: "2027-01-05", end: "x"))
        #expect(form.rows[0] == TermDatesForm.Row())
    }
}
