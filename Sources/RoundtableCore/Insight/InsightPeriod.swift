import Foundation

/// A day on the school's calendar, without a time (term dates, periods).
public struct SchoolDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads "YYYY-MM-DD" (what a date field sends); nil for anything else or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.init(year, month, day)
    }

    /// The school's day on which `date` falls.
    public init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// Midnight at the start of this day in the school's time zone.
    public func start(in timeZone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? .distantPast
    }

    public var next: SchoolDay {
        if day < Self.days(inMonth: month, year: year) { return SchoolDay(year, month, day + 1) }
        return month == 12 ? SchoolDay(year + 1, 1, 1) : SchoolDay(year, month + 1, 1)
    }

    public static func < (lhs: SchoolDay, rhs: SchoolDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// One term as the school set it, first and last day included.
public struct SchoolTerm: Sendable, Hashable, Codable {
    public var name: String
    public var start: SchoolDay
    public var end: SchoolDay

    public init(name: String, start: SchoolDay, end: SchoolDay) {
        self.name = name
        self.start = start
        self.end = end
    }

    public func contains(_ day: SchoolDay) -> Bool { start <= day && day <= end }
}

/// The periods insight figures are counted over: a calendar month, a term, or a school year,
/// and never a range someone chooses, so that two results cannot be subtracted to reveal a
/// group hidden by `Suppression` (see docs/DECISIONS.md).
public enum InsightPeriod: Sendable, Hashable, Codable {
    case month(year: Int, month: Int)
    case term(SchoolTerm)
    /// The school year that starts in `startYear` (2026 is 2026–27).
    case schoolYear(startYear: Int)

    public enum Kind: String, Sendable, CaseIterable {
        case month, term, schoolYear = "year"
    }

    /// A school year runs from 1 August to 31 July: it holds a Scottish August start and an
    /// English September start alike, and never moves when term dates are edited.
    public static let yearStartMonth = 8

    public static func startYear(of day: SchoolDay) -> Int {
        day.month >= yearStartMonth ? day.year : day.year - 1
    }

    /// The period of this kind that holds `day`; nil for a term when the day is in a holiday
    /// (or no terms are set).
    public static func containing(_ day: SchoolDay, kind: Kind, terms: [SchoolTerm]) -> InsightPeriod? {
        switch kind {
        case .month: .month(year: day.year, month: day.month)
        case .schoolYear: .schoolYear(startYear: startYear(of: day))
        case .term: terms.first { $0.contains(day) }.map { InsightPeriod.term($0) }
        }
    }

    public static func containing(
        _ date: Date, kind: Kind, terms: [SchoolTerm], timeZone: TimeZone
    ) -> InsightPeriod? {
        containing(SchoolDay(date, in: timeZone), kind: kind, terms: terms)
    }

    /// First and last day, both included.
    public var days: ClosedRange<SchoolDay> {
        switch self {
        case .month(let year, let month):
            SchoolDay(year, month, 1)...SchoolDay(year, month, SchoolDay.days(inMonth: month, year: year))
        case .term(let term): term.start...term.end
        case .schoolYear(let start):
            SchoolDay(start, Self.yearStartMonth, 1)...SchoolDay(start + 1, Self.yearStartMonth - 1, 31)
        }
    }

    /// The instants a query counts: from the first day's midnight up to (not including) the
    /// midnight after the last day, in the school's time zone.
    public func interval(in timeZone: TimeZone) -> Range<Date> {
        days.lowerBound.start(in: timeZone)..<days.upperBound.next.start(in: timeZone)
    }

    /// "March 2027", "Spring term 2026–27", "2026–27".
    public var label: String {
        switch self {
        case .month(let year, let month):
            "\(Self.monthNames[month - 1]) \(year)"
        case .term(let term): "\(term.name) \(Self.yearLabel(Self.startYear(of: term.start)))"
        case .schoolYear(let start): Self.yearLabel(start)
        }
    }

    /// The period as a page's heading: a year says it is one ("School year 2026–27").
    public var heading: String {
        if case .schoolYear = self { return "School year \(label)" }
        return label
    }

    /// How a sentence ends: "in Spring term 2026–27".
    public var inWords: String { "in \(label)" }

    static func yearLabel(_ start: Int) -> String { "\(start)–\(String(format: "%02d", (start + 1) % 100))" }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}
