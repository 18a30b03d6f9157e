import Foundation

extension InsightPeriod {
    /// The periods a place's figures are shown for: a school's by term, the organisation's by
    /// school year (schools keep their own terms). One kind each, on purpose: a month inside a
    /// term, or a term inside a year, could be subtracted from the larger period to reveal a
    /// group `Suppression` hides in the smaller one (docs/DECISIONS.md). Months appear only as
    /// rows of one period's own table, which the rule covers.
    public static func offered(forOrganisation: Bool) -> [Kind] { forOrganisation ? [.schoolYear] : [.term] }

    public var kind: Kind {
        switch self {
        case .month: .month
        case .term: .term
        case .schoolYear: .schoolYear
        }
    }

    /// The period a reader asked for: the one of `kind` holding `day` (today when they chose no
    /// day). A day in a holiday, with terms asked for, finds the term before it (the last one
    /// that began); before any term, the first. Nil only when the school has set no terms.
    public static func chosen(kind: Kind, day: SchoolDay, terms: [SchoolTerm]) -> InsightPeriod? {
        if kind != .term { return containing(day, kind: kind, terms: terms) }
        let sorted = terms.sorted { $0.start < $1.start }
        guard let term = sorted.last(where: { $0.start <= day }) ?? sorted.first else { return nil }
        return .term(term)
    }

    /// A day inside the period before this one, for a "previous" link; nil when there is none
    /// (the first term the school set).
    public func previousDay(terms: [SchoolTerm]) -> SchoolDay? {
        switch self {
        case .month, .schoolYear:
            return days.lowerBound.previous
        case .term(let term):
            return terms.filter { $0.start < term.start }.max { $0.start < $1.start }?.start
        }
    }

    /// A day inside the period after this one, for a "next" link; nil once that period has not
    /// begun by `today` (no figures yet).
    public func nextDay(terms: [SchoolTerm], today: SchoolDay) -> SchoolDay? {
        let next: SchoolDay?
        switch self {
        case .month, .schoolYear:
            next = days.upperBound.next
        case .term(let term):
            next = terms.filter { $0.start > term.start }.min { $0.start < $1.start }?.start
        }
        guard let next, next <= today else { return nil }
        return next
    }
}

extension SchoolDay {
    public var previous: SchoolDay {
        if day > 1 { return SchoolDay(year, month, day - 1) }
        let month = month == 1 ? 12 : month - 1
        let year = month == 12 ? year - 1 : year
        return SchoolDay(year, month, Self.days(inMonth: month, year: year))
    }
}
