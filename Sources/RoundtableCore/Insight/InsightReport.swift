import Foundation

/// The school's (or organisation's) figures for one fixed period, every breakdown already
/// passed through `Suppression`: a view can draw only what may be shown.
public struct InsightReport: Sendable, Equatable, Codable {
    public var period: InsightPeriod
    public var overall: Suppression.Cell<InsightMeasures>
    public var byType: Suppression.Result<MeetingType, InsightMeasures>
    public var byRequester: Suppression.Result<RequestedBy, InsightMeasures>
    public var byMonth: Suppression.Result<SchoolMonth, InsightMeasures>
    public var byYearGroup: Suppression.Result<Int, InsightMeasures>
    /// The same measures for each group the school records, with the differences in words.
    public var equality: [Comparison]

    public struct Comparison: Sendable, Equatable, Codable {
        public var dimension: GroupDimension
        public var groups: Suppression.Result<String, InsightMeasures>
        /// Only differences big enough to matter, each between a shown group and the others.
        public var sentences: [String]
    }

    /// A calendar month, a key for the month-by-month breakdown.
    public struct SchoolMonth: Sendable, Hashable, Comparable, Codable {
        public var year: Int
        public var month: Int

        public init(year: Int, month: Int) {
            self.year = year
            self.month = month
        }

        public var label: String { InsightPeriod.month(year: year, month: month).label }
        public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
    }

    /// A difference in an average said in words from this many points.
    public static let notablePoints = 1.0
    /// A difference in a share said in words from this many percentage points.
    public static let notableShare = 0.10
    /// A difference is said in words only between groups of at least this many students: a few
    /// families' answers swing an average too easily to call it a finding.
    public static let sentenceMinimum = 10

    /// Counts `meetings` (closed in `period`, already filtered to the viewer's schools).
    public static func make(
        _ meetings: [InsightMeeting], period: InsightPeriod, timeZone: TimeZone, today: SchoolDay
    ) -> InsightReport {
        let meetings = meetings.map { $0.settling(timeZone: timeZone, today: today) }
        func measures(_ subset: [InsightMeeting], answers: InsightMeasures.Answers = .all) -> InsightMeasures {
            InsightMeasures.of(subset, answers: answers, timeZone: timeZone, today: today)
        }
        // The whole period's figures, counted once for every table's total.
        let all = measures(meetings)
        let families = measures(meetings, answers: .familiesInGroups)
        func breakdown<Key: Hashable & Sendable>(
            _ keys: [Key], _ key: (InsightMeeting) -> Key
        ) -> Suppression.Result<Key, InsightMeasures> {
            let grouped = Dictionary(grouping: meetings, by: key)
            // A group nobody is in is left out rather than hidden: a zero names nobody, and
            // hiding it would hide a real group beside it.
            let groups = keys.filter { grouped[$0] != nil }.map { value in
                let figures = measures(grouped[value] ?? [])
                return Suppression.Group(value, count: figures.students, value: figures)
            }
            return Suppression.apply(
                groups, total: keys.first.map { Suppression.Group($0, count: all.students, value: all) })
        }
        let overall: Suppression.Cell<InsightMeasures> =
            all.students >= Suppression.minimum ? .shown(count: all.students, value: all) : .hidden

        func month(_ meeting: InsightMeeting) -> SchoolMonth {
            let day = SchoolDay(meeting.startedAt, in: timeZone)
            return SchoolMonth(year: day.year, month: day.month)
        }
        let months = period.months
        let years = Set(meetings.flatMap { $0.students.map(\.groups.yearGroup) }).sorted()

        return InsightReport(
            period: period, overall: overall,
            byType: breakdown(MeetingType.allCases, \.type),
            byRequester: breakdown(RequestedBy.allCases, \.requestedBy),
            byMonth: breakdown(months, month),
            byYearGroup: byStudentGroup(
                meetings, keys: years.map(String.init), all: all, timeZone: timeZone, today: today
            ) {
                String($0.yearGroup)
            }.mapKeys { Int($0) ?? 0 },
            equality: GroupDimension.allCases.map {
                comparison($0, meetings, families: families, period: period, timeZone: timeZone, today: today)
            })
    }

    /// Meetings split by a group their students belong to. A meeting about two students in
    /// different groups counts in both; each student counts once in each group they were in.
    static func byStudentGroup(
        _ meetings: [InsightMeeting], keys: [String], answers: InsightMeasures.Answers = .all,
        all: InsightMeasures? = nil, timeZone: TimeZone, today: SchoolDay, _ key: (GroupAttributes) -> String
    ) -> Suppression.Result<String, InsightMeasures> {
        let groups = keys.map { value in
            let inGroup = meetings.filter { $0.students.contains { key($0.groups) == value } }
            var figures = InsightMeasures.of(inGroup, answers: answers, timeZone: timeZone, today: today)
            figures.students = Set(meetings.flatMap { $0.students.filter { key($0.groups) == value }.map(\.id) }).count
            return Suppression.Group(value, count: figures.students, value: figures)
        }
        let all = all ?? InsightMeasures.of(meetings, answers: answers, timeZone: timeZone, today: today)
        return Suppression.apply(groups, total: Suppression.Group("", count: all.students, value: all))
    }

    static func comparison(
        _ dimension: GroupDimension, _ meetings: [InsightMeeting], families: InsightMeasures? = nil,
        period: InsightPeriod, timeZone: TimeZone, today: SchoolDay
    ) -> Comparison {
        let present = Set(meetings.flatMap { $0.students.map { dimension.group(of: $0.groups) } })
        let keys = dimension.keys(present: present)
        let groups = byStudentGroup(
            meetings, keys: keys, answers: .familiesInGroups, all: families, timeZone: timeZone, today: today,
            dimension.group(of:))
        var sentences: [String] = []
        // Two groups are one comparison: said for the smaller, not again backwards for the larger.
        var compared = groups.groups.map(\.key).filter(dimension.isCompared)
        if compared.count == 2 {
            let counts = Dictionary(uniqueKeysWithValues: groups.groups.map { ($0.key, $0.cell.count ?? 0) })
            compared = [compared.min { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? compared[0]]
        }
        for (key, cell) in groups.groups where compared.contains(key) {
            guard case .shown(_, let mine) = cell, mine.students >= sentenceMinimum else { continue }
            let others = meetings.filter { $0.students.contains { dimension.group(of: $0.groups) != key } }
            var theirs = InsightMeasures.of(others, answers: .familiesInGroups, timeZone: timeZone, today: today)
            theirs.students =
                Set(others.flatMap { $0.students.filter { dimension.group(of: $0.groups) != key }.map(\.id) })
                .count
            guard theirs.students >= sentenceMinimum else { continue }
            sentences += differences(
                group: dimension.name(ofGroup: key), mine, theirs, period: period)
        }
        return Comparison(dimension: dimension, groups: groups, sentences: sentences)
    }

    /// The differences worth saying between a group and the others: the overall rating, the
    /// question furthest apart, and how often a family member took part.
    static func differences(
        group: String, _ mine: InsightMeasures, _ theirs: InsightMeasures, period: InsightPeriod
    ) -> [String] {
        var lines: [String] = []
        func cell(_ value: Double?, _ count: Int) -> Suppression.Cell<Double> {
            value.map { .shown(count: count, value: $0) } ?? .hidden
        }
        if let a = mine.feedbackOverall, let b = theirs.feedbackOverall, abs(a - b) >= notablePoints,
            let line = GroupDifference.sentence(
                group: group, cell(a, mine.students), others: cell(b, theirs.students),
                measure: "rated their meetings", period: period)
        {
            lines.append(line)
        }
        let gaps = FeedbackQuestion.allCases.compactMap { question -> (FeedbackQuestion, Double, Double)? in
            guard let a = mine.feedback[question], let b = theirs.feedback[question] else { return nil }
            return (question, a, b)
        }
        if let (question, a, b) = gaps.max(by: { abs($0.1 - $0.2) < abs($1.1 - $1.2) }), abs(a - b) >= notablePoints,
            let line = GroupDifference.sentence(
                group: group, cell(a, mine.students), others: cell(b, theirs.students),
                measure: "rated “\(question.insightLabel.lowercased())”", period: period)
        {
            lines.append(line)
        }
        if let a = mine.familyTookPart, let b = theirs.familyTookPart, abs(a - b) >= notableShare,
            let line = GroupDifference.sentence(
                group: group, cell(a * 100, mine.students), others: cell(b * 100, theirs.students),
                measure: "took part", unit: "percentage points", period: period, higher: "more often",
                lower: "less often", decimals: 0)
        {
            lines.append(line)
        }
        return lines
    }
}

extension Suppression.Result {
    func mapKeys<New: Hashable & Sendable>(_ transform: (Key) -> New) -> Suppression.Result<New, Value> {
        Suppression.Result<New, Value>(groups: groups.map { (key: transform($0.key), cell: $0.cell) }, total: total)
    }
}

extension InsightPeriod {
    /// The calendar months the period touches, in order.
    public var months: [InsightReport.SchoolMonth] {
        var result: [InsightReport.SchoolMonth] = []
        var year = days.lowerBound.year
        var month = days.lowerBound.month
        while (year, month) <= (days.upperBound.year, days.upperBound.month) {
            result.append(InsightReport.SchoolMonth(year: year, month: month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return result
    }
}

extension GroupDimension {
    /// The groups to list, in a steady order: yes before no, years in order, "not recorded" last;
    /// only groups someone is in (a zero names nobody, and hiding it would hide a real group).
    public func keys(present: Set<String>) -> [String] {
        switch self {
        case .interpreter, .specialNeeds, .separatedParents, .disadvantage: ["yes", "no"].filter(present.contains)
        case .sex: (RecordedSex.allCases.map(\.rawValue) + ["not_recorded"]).filter(present.contains)
        case .yearGroup: present.compactMap(Int.init).sorted().map(String.init)
        case .homeLanguage:
            present.filter { $0 != "not_recorded" }.sorted()
                + (present.contains("not_recorded") ? ["not_recorded"] : [])
        }
    }

    /// Whether a group is compared with the others in words: for a yes-or-no group only "yes"
    /// (the other sentence would say the same backwards); never "not recorded".
    public func isCompared(_ key: String) -> Bool {
        switch self {
        case .interpreter, .specialNeeds, .separatedParents, .disadvantage: key == "yes"
        default: key != "not_recorded"
        }
    }

    /// The heading of the comparison.
    public var label: String {
        switch self {
        case .interpreter: "Needs an interpreter"
        case .homeLanguage: "Home language"
        case .specialNeeds: "Special educational needs"
        case .yearGroup: "Year group"
        case .separatedParents: "Family in more than one household"
        case .sex: "Sex (from the roster)"
        case .disadvantage: "Disadvantage"
        }
    }

    /// A group's name in a table row.
    public func rowLabel(_ key: String) -> String {
        switch (self, key) {
        case (_, "not_recorded"): "Not recorded"
        case (.yearGroup, let year): "Year \(year)"
        case (.homeLanguage, let code): Self.languageName(code)
        case (.sex, let sex): sex.prefix(1).uppercased() + sex.dropFirst()
        case (_, "yes"): "Yes"
        default: "No"
        }
    }
}

extension FeedbackQuestion {
    /// A short name for staff tables and charts.
    public var insightLabel: String {
        switch self {
        case .cared: "Wanted to hear them"
        case .clear: "Clear"
        case .kept: "Kept to time and purpose"
        case .strengths: "Talked about strengths"
        case .respectful: "Respectful and prepared"
        case .listened: "Listened to"
        case .spokeFreely: "Could speak freely"
        case .equalPartner: "An equal partner"
        }
    }
}
