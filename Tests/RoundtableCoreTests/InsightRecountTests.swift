import Foundation
import Testing

@testable import RoundtableCore

@Suite("Stored Insight figures: when they are counted again, and that they keep every figure")
struct InsightRecountTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)
    static let today = SchoolDay(now, in: .gmt)
    static let quarter: TimeInterval = 15 * 60

    @Test(
        "Due once the interval has passed and only while the period can still change",
        arguments: [
            // (minutes since counted, days since the period ended (negative: still running), due)
            (5, -30, false), (15, -30, true), (60, -30, true), (60, 0, true), (60, 89, true), (60, 90, true),
            (60, 91, false), (600, 400, false),
        ])
    func due(minutes: Int, daysEnded: Int, due: Bool) {
        let end = SchoolDay(Self.now.addingTimeInterval(-Double(daysEnded) * 86_400), in: .gmt)
        #expect(
            InsightRecount.isDue(
                countedAt: Self.now.addingTimeInterval(-Double(minutes) * 60), periodEnd: end, now: Self.now,
                today: Self.today, every: Self.quarter) == due)
    }

    @Test("Each place and period has its own key; corrected term dates make a new one")
    func keys() {
        let organisation = UUID()
        let school = UUID()
        let autumn = InsightPeriod.term(
            SchoolTerm(name: "Autumn", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 18)))
        let corrected = InsightPeriod.term(
            SchoolTerm(name: "Autumn", start: SchoolDay(2026, 9, 2), end: SchoolDay(2026, 12, 19)))
        let year = InsightPeriod.schoolYear(startYear: 2026)
        let keys = [
            InsightRecount.key(school: school, organisation: organisation, period: autumn),
            InsightRecount.key(school: school, organisation: organisation, period: corrected),
            InsightRecount.key(school: nil, organisation: organisation, period: year),
            InsightRecount.key(school: school, organisation: organisation, period: year),
        ]
        #expect(Set(keys).count == keys.count)
        #expect(keys[0] == InsightRecount.key(school: school, organisation: organisation, period: autumn))
    }

    @Test("A report read back from storage is the report that was stored, hidden groups and all")
    func roundTrip() throws {
        var meetings = (1...12).map { day in
            InsightReportTests.meeting(
                day: day, groups: InsightReportTests.groups(interpreter: day <= 6), familyScore: day <= 6 ? 5 : 9)
        }
        meetings += (1...3).map { InsightReportTests.meeting(.behaviourConcern, day: $0, familyScore: 8) }
        let report = InsightReport.make(
            meetings, period: InsightReportTests.term, timeZone: InsightReportTests.london,
            today: InsightReportTests.today)
        #expect(report.byType.cell(.behaviourConcern) == .hidden)
        let stored = try JSONEncoder().encode(report)
        let read = try JSONDecoder().decode(InsightReport.self, from: stored)
        #expect(read == report)
        #expect(read.byType.groups.map(\.key) == report.byType.groups.map(\.key))
        #expect(read.overall.value?.feedback == report.overall.value?.feedback)
    }
}
