import Foundation
import Testing

@testable import RoundtableCore

@Suite("The school's figures for a period: measures, breakdowns and differences in words")
struct InsightReportTests {
    static let london = TimeZone(identifier: "Europe/London")!
    static let today = SchoolDay(2026, 12, 5)
    static let term = InsightPeriod.term(
        SchoolTerm(name: "Autumn term", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18)))

    /// 10:00 on a day of the term, London time.
    static func at(_ month: Int, _ day: Int, hour: Int = 10, minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = london
        return calendar.date(from: DateComponents(year: 2026, month: month, day: day, hour: hour, minute: minute))!
    }

    static func groups(
        year: Int = 7, interpreter: Bool = false, specialNeeds: Bool = false
    ) -> GroupAttributes {
        GroupAttributes(
            yearGroup: year, homeLanguage: interpreter ? "pl" : "en", needsInterpreter: interpreter,
            specialNeeds: specialNeeds, separatedParents: false, sex: nil, disadvantaged: false)
    }

    static func meeting(
        _ type: MeetingType = .progressReview, day: Int = 5, groups: GroupAttributes = groups(),
        familyScore: Int? = nil, totalsOnly: Bool = false, family: [Presence?] = [.present]
    ) -> InsightMeeting {
        InsightMeeting(
            id: UUID(), schoolID: UUID(), type: type, requestedBy: .school, startedAt: at(10, day),
            closedAt: at(10, day, minute: 40), boundaryMinutes: 45, familyPresence: family,
            students: [InsightMeeting.Student(id: UUID(), groups: groups)],
            answers: familyScore.map { score in
                [
                    InsightMeeting.Answer(
                        scale: .zeroToTen,
                        scores: Dictionary(uniqueKeysWithValues: FeedbackQuestion.allCases.map { ($0, score) }),
                        totalsOnly: totalsOnly)
                ]
            } ?? [])
    }

    @Test("Weekdays skip Saturday and Sunday")
    func weekdays() {
        // 2026-10-09 is a Friday.
        #expect(Weekdays.between(Self.at(10, 9), Self.at(10, 9, hour: 17), in: Self.london) == 0)
        #expect(Weekdays.between(Self.at(10, 9), Self.at(10, 12), in: Self.london) == 1)
        #expect(Weekdays.between(Self.at(10, 9), Self.at(10, 16), in: Self.london) == 5)
        #expect(Weekdays.between(Self.at(10, 9), Self.at(10, 19), in: Self.london) == 6)
        #expect(Weekdays.between(Self.at(10, 12), Self.at(10, 9), in: Self.london) == 0)
    }

    @Test("A summary shared on the sixth weekday is late; closing for ten minutes is not running over")
    func summaryAndTime() {
        var meeting = Self.meeting(day: 9)
        meeting.recordSharedAt = Self.at(10, 16, hour: 16)
        #expect(meeting.summaryOnTime(in: Self.london))
        meeting.recordSharedAt = Self.at(10, 19)
        #expect(!meeting.summaryOnTime(in: Self.london))
        meeting.closedAt = Self.at(10, 9, minute: 55)
        #expect(!meeting.ranOver)
        meeting.closedAt = Self.at(10, 9, minute: 56)
        #expect(meeting.ranOver)
        meeting.closedAt = Self.at(10, 9, minute: 30)
        meeting.extraMinutes = 5
        #expect(meeting.ranOver)
    }

    @Test("A child's faces count on the same 0–10 scale; 'totals only' counts in the school's figure, not a group's")
    func answers() {
        let face = InsightMeeting.Answer(scale: .faces, scores: [.clear: 5, .listened: 1], totalsOnly: false)
        #expect(face.tenths(.clear) == 10)
        #expect(face.tenths(.listened) == 0)
        let meetings = [Self.meeting(familyScore: 8), Self.meeting(familyScore: 2, totalsOnly: true)]
        #expect(InsightMeasures.of(meetings, timeZone: Self.london, today: Self.today).feedback[.clear] == 5)
        #expect(
            InsightMeasures.of(meetings, answers: .familiesInGroups, timeZone: Self.london, today: Self.today).feedback[
                .clear] == 8)
    }

    @Test("Shares count only the meetings they can: interpreter provided when one was needed")
    func shares() {
        var needed = Self.meeting()
        needed.interpreterNeeded = true
        var provided = needed
        provided.interpreterUsed = true
        let noFamily = Self.meeting(family: [])
        let absent = Self.meeting(family: [.absent, nil])
        let figures = InsightMeasures.of(
            [needed, provided, noFamily, absent, Self.meeting()], timeZone: Self.london, today: Self.today)
        #expect(figures.interpreterProvided == 0.5)
        // Four meetings invited the family; three of them saw a family member take part.
        #expect(figures.familyTookPart == 0.75)
    }

    @Test("A meeting type with fewer than 5 students is hidden, and the next smallest with it")
    func smallTypeHidden() {
        let meetings =
            (0..<3).map { _ in Self.meeting(.behaviourConcern) } + (0..<6).map { _ in Self.meeting(.transition) }
            + (0..<20).map { _ in Self.meeting(.progressReview) }
        let report = InsightReport.make(meetings, period: Self.term, timeZone: Self.london, today: Self.today)
        #expect(report.byType.cell(.behaviourConcern) == .hidden)
        #expect(report.byType.cell(.transition) == .hidden)
        #expect(report.byType.cell(.progressReview)?.count == 20)
        // Types nobody met about are left out, not shown as a small number.
        #expect(report.byType.cell(.returnToSchool) == nil)
        #expect(report.overall.count == 29)
    }

    @Test("Fewer than 5 students in the whole period: nothing is shown")
    func tinySchool() {
        let report = InsightReport.make(
            (0..<4).map { _ in Self.meeting() }, period: Self.term, timeZone: Self.london, today: Self.today)
        #expect(report.overall == .hidden)
        #expect(report.byType.groups.allSatisfy { $0.cell.isHidden })
    }

    @Test("A difference is said in words, between a shown group and the others")
    func differenceInWords() throws {
        let meetings =
            (0..<10).map { _ in Self.meeting(groups: Self.groups(interpreter: true), familyScore: 6) }
            + (0..<12).map { _ in Self.meeting(groups: Self.groups(), familyScore: 8) }
        let report = InsightReport.make(meetings, period: Self.term, timeZone: Self.london, today: Self.today)
        let interpreter = try #require(report.equality.first { $0.dimension == .interpreter })
        #expect(interpreter.groups.cell("yes")?.count == 10)
        #expect(
            interpreter.sentences.contains(
                "Families who needed an interpreter rated their meetings 2.0 points lower than others in Autumn term 2026–27."
            ))
        // The answers are level across questions, so the question furthest apart is the first.
        #expect(interpreter.sentences.count == 2)
    }

    @Test("Groups under 10 are shown but not compared in words: a few answers swing an average")
    func smallGroupsNotCompared() throws {
        let meetings =
            (0..<9).map { _ in Self.meeting(groups: Self.groups(interpreter: true), familyScore: 2) }
            + (0..<20).map { _ in Self.meeting(groups: Self.groups(), familyScore: 9) }
        let report = InsightReport.make(meetings, period: Self.term, timeZone: Self.london, today: Self.today)
        let interpreter = try #require(report.equality.first { $0.dimension == .interpreter })
        #expect(interpreter.groups.cell("yes")?.count == 9)
        #expect(interpreter.sentences.isEmpty)
    }

    @Test("A school's figures come by term, the organisation's by school year, one kind each")
    func oneKindEach() {
        #expect(InsightPeriod.offered(forOrganisation: false) == [.term])
        #expect(InsightPeriod.offered(forOrganisation: true) == [.schoolYear])
        #expect(InsightPeriod.schoolYear(startYear: 2026).heading == "School year 2026–27")
        #expect(Self.term.heading == "Autumn term 2026–27")
    }

    @Test("A hidden group is never compared, not even as 'about the same'")
    func hiddenNotCompared() throws {
        let meetings =
            (0..<4).map { _ in Self.meeting(groups: Self.groups(specialNeeds: true), familyScore: 1) }
            + (0..<20).map { _ in Self.meeting(groups: Self.groups(), familyScore: 9) }
        let report = InsightReport.make(meetings, period: Self.term, timeZone: Self.london, today: Self.today)
        let needs = try #require(report.equality.first { $0.dimension == .specialNeeds })
        #expect(needs.groups.cell("yes") == .hidden)
        #expect(needs.groups.cell("no") == .hidden)
        #expect(needs.sentences.isEmpty)
    }

    @Test("A term's months, for the month-by-month chart")
    func months() {
        #expect(Self.term.months.map(\.month) == [9, 10, 11, 12])
        #expect(InsightPeriod.schoolYear(startYear: 2026).months.count == 12)
        #expect(
            InsightPeriod.schoolYear(startYear: 2026).months.last == InsightReport.SchoolMonth(year: 2027, month: 7))
    }

    @Test("Choosing a period: a holiday finds the term before it; no link to a period not begun")
    func choosing() throws {
        let autumn = SchoolTerm(name: "Autumn term", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18))
        let spring = SchoolTerm(name: "Spring term", start: SchoolDay(2027, 1, 5), end: SchoolDay(2027, 3, 26))
        let terms = [spring, autumn]
        #expect(InsightPeriod.chosen(kind: .term, day: SchoolDay(2026, 12, 28), terms: terms) == .term(autumn))
        #expect(InsightPeriod.chosen(kind: .term, day: SchoolDay(2026, 8, 1), terms: terms) == .term(autumn))
        #expect(InsightPeriod.chosen(kind: .term, day: SchoolDay(2026, 8, 1), terms: []) == nil)
        let term = try #require(InsightPeriod.chosen(kind: .term, day: SchoolDay(2027, 2, 1), terms: terms))
        #expect(term.previousDay(terms: terms) == autumn.start)
        #expect(term.nextDay(terms: terms, today: SchoolDay(2027, 2, 1)) == nil)
        #expect(InsightPeriod.term(autumn).previousDay(terms: terms) == nil)
        #expect(InsightPeriod.term(autumn).nextDay(terms: terms, today: SchoolDay(2027, 1, 5)) == spring.start)
        let march = InsightPeriod.month(year: 2027, month: 3)
        #expect(march.previousDay(terms: []) == SchoolDay(2027, 2, 28))
        #expect(march.nextDay(terms: [], today: SchoolDay(2027, 4, 1)) == SchoolDay(2027, 4, 1))
        #expect(InsightPeriod.month(year: 2027, month: 1).previousDay(terms: []) == SchoolDay(2026, 12, 31))
    }

    @Test("Actions count once due or done, on time when done by their day; goals achieved or changed")
    func followThrough() {
        // Stored as the record stores a day: midnight UTC.
        func day(_ month: Int, _ day: Int) -> Date {
            Calendar.gregorianUTC.date(from: DateComponents(year: 2026, month: month, day: day))!
        }
        let due = day(10, 20)
        var meeting = Self.meeting()
        meeting.actions = [
            .init(due: due, doneAt: Self.at(10, 20, hour: 18)),  // on the day: on time
            .init(due: due, doneAt: Self.at(10, 21)),  // a day late
            .init(due: due, doneAt: nil),  // overdue
            .init(due: day(12, 20), doneAt: nil),  // not due yet: not counted
            .init(due: nil, doneAt: nil),  // no date: not counted
        ]
        meeting.goals = [.achieved, .changed, .goingOn, nil]
        let figures = InsightMeasures.of([meeting], timeZone: Self.london, today: Self.today)
        #expect(figures.actionsOnTime == 1.0 / 3.0)
        #expect(figures.goalsAchievedOrChanged == 0.5)
    }
}

@Suite("Narrowing insight to one year group or type")
struct InsightFilterTests {
    @Test(
        "The address carries a year group or a type, and nothing else",
        arguments: [
            ("year-7", InsightFilter.yearGroup(7)), ("year-0", .yearGroup(0)),
            ("type-progress_review", .type(.progressReview)),
            ("type-transition", .type(.transition)), ("year-seven", nil), ("type-coffee", nil), ("7", nil), ("", nil),
        ])
    func parameter(text: String, filter: InsightFilter?) {
        #expect(InsightFilter(parameter: text) == filter)
        if let filter { #expect(InsightFilter(parameter: filter.parameter) == filter) }
    }

    @Test("A narrowed view is the breakdown's own row: hidden there, hidden here; absent, nil")
    func figuresAreTheBreakdownsRow() {
        let meetings =
            (0..<12).map { _ in InsightReportTests.meeting(.progressReview, groups: InsightReportTests.groups(year: 8))
            }
            + (0..<3).map { _ in
                InsightReportTests.meeting(.behaviourConcern, groups: InsightReportTests.groups(year: 9))
            }
            + (0..<9).map { _ in
                InsightReportTests.meeting(.wellbeingCheckIn, groups: InsightReportTests.groups(year: 10))
            }
        let report = InsightReport.make(
            meetings, period: InsightReportTests.term, timeZone: InsightReportTests.london,
            today: InsightReportTests.today)
        #expect(InsightFilter.yearGroup(8).figures(in: report)?.value?.meetings == 12)
        #expect(InsightFilter.type(.progressReview).figures(in: report) == report.byType.cell(.progressReview))
        // Year 9 has 3 students; year 10 (9) goes with it, or the term's total would give it away.
        #expect(InsightFilter.yearGroup(9).figures(in: report) == .hidden)
        #expect(InsightFilter.yearGroup(10).figures(in: report) == .hidden)
        #expect(InsightFilter.type(.wellbeingCheckIn).figures(in: report) == .hidden)
        #expect(InsightFilter.yearGroup(11).figures(in: report) == nil)
        #expect(
            InsightFilter.choices(in: report) == [
                .yearGroup(8), .yearGroup(9), .yearGroup(10), .type(.progressReview), .type(.wellbeingCheckIn),
                .type(.behaviourConcern),
            ])
    }
}
