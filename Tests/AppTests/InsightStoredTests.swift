import Fluent
import Foundation
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Insight's figures are stored once counted and counted again on a schedule kept in the
/// database (issue 15, scale): the page says when they were counted, a change shows after the
/// recount, and processes recounting at once count each report once.
@Suite("Insight: stored figures, counted again when due")
struct InsightStoredTests {
    static func meetingsHeld(_ html: String) -> String? {
        let marker = "<th scope=\"row\">Meetings held</th><td class=\"numeric\" data-label=\"Figure\">"
        guard let start = html.range(of: marker)?.upperBound, let end = html[start...].firstIndex(of: "<") else {
            return nil
        }
        return String(html[start..<end])
    }

    @Test(
        "The page shows stored figures with when they were counted; a recount brings changes in, once",
        arguments: TestDatabase.all)
    func storedAndRecounted(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await InsightTests.seed(app, people)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let first = try await leader.get(InsightTests.thisTerm).body.string
            #expect(Self.meetingsHeld(first) == "23")
            #expect(first.contains("id=\"counted\""))
            #expect(first.contains("counted again every 15 minutes"))

            // Three meetings reopened: the stored figures stand until they are counted again.
            let sql = try app.db.sql()
            try await sql.raw("UPDATE meetings SET closed_at = NULL WHERE type = 'behaviour_concern'").run()
            #expect(Self.meetingsHeld(try await leader.get(InsightTests.thisTerm).body.string) == "23")

            // Not due yet: nothing is counted.
            let interval = app.roundtable.configuration.insightRecountInterval
            let early = try await InsightReports.recountDue(
                now: app.roundtable.now.addingTimeInterval(60), timeZone: .gmt, every: interval, on: sql)
            #expect(early == 0)

            // Due: two processes looking at once count it once between them.
            let later = app.roundtable.now.addingTimeInterval(interval + 60)
            async let one = InsightReports.recountDue(now: later, timeZone: .gmt, every: interval, on: sql)
            async let two = InsightReports.recountDue(now: later, timeZone: .gmt, every: interval, on: sql)
            let counted = try await one + two
            #expect(counted == 1)
            #expect(Self.meetingsHeld(try await leader.get(InsightTests.thisTerm).body.string) == "20")
        }
    }

    @Test("A district is generated in batches, whole, and its figures read", arguments: TestDatabase.all)
    func district(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            var options = DistrictGenerator.Options()
            options.schools = 3
            options.students = 45
            options.meetings = 150
            options.seed = 7
            let hash = try app.roundtable.passwords.hash(Fixtures.password)
            let counts = try await DistrictGenerator.run(
                options, passwordHash: hash, on: app.db, now: app.roundtable.now, timeZone: .gmt, progress: { _ in })
            #expect(counts.schools == 3 && counts.students == 45 && counts.meetings == 150)
            struct Count: Decodable { var n: Int }
            let sql = try app.db.sql()
            func count(_ query: SQLQueryString) async throws -> Int {
                try await sql.raw(query).first(decoding: Count.self)?.n ?? -1
            }
            #expect(try await count("SELECT COUNT(*) AS n FROM students") == 45)
            #expect(try await count("SELECT COUNT(*) AS n FROM family_members") == counts.familyMembers)
            // Two adults a student on average: never none, never more than three.
            #expect((45...135).contains(counts.familyMembers))
            #expect(try await count("SELECT COUNT(*) AS n FROM meetings WHERE closed_at IS NOT NULL") == 150)
            // Every meeting has its student, their groups at close, and its follow-through.
            #expect(try await count("SELECT COUNT(DISTINCT meeting_id) AS n FROM meeting_group_snapshots") == 150)
            #expect(try await count("SELECT COUNT(DISTINCT meeting_id) AS n FROM meeting_students") == 150)
            #expect(
                try await count("SELECT COUNT(DISTINCT meeting_id) AS n FROM record_entries WHERE kind = 'action'")
                    == 150)
            #expect(try await count("SELECT COUNT(*) AS n FROM feedback_answers") == counts.answers)
            #expect(counts.answers > 150)

            // The administrator's view of this school year counts the meetings that started in it.
            let year = InsightPeriod.schoolYear(
                startYear: InsightPeriod.startYear(of: SchoolDay(app.roundtable.now, in: .gmt)))
            let interval = year.interval(in: app.roundtable.configuration.timeZone)
            let inYear = try await count(
                "SELECT COUNT(*) AS n FROM meetings WHERE started_at >= \(bind: interval.lowerBound) AND started_at < \(bind: interval.upperBound)"
            )
            let admin = try #require(
                try await User.query(on: app.db).filter(\.$email == "admin@district.example").first())
            let browser = TestBrowser(app)
            try await browser.signIn(admin)
            // The whole organisation is counted by the worker, not while the administrator waits.
            let asked = try await browser.get(SiteRoute.insight().path)
            #expect(asked.status == .ok)
            #expect(asked.body.string.contains("These figures are being counted"))
            #expect(Self.meetingsHeld(asked.body.string) == nil)
            let counted = try await InsightReports.recountDue(
                now: app.roundtable.now, timeZone: app.roundtable.configuration.timeZone,
                every: app.roundtable.configuration.insightRecountInterval, on: sql)
            #expect(counted == 1)
            let page = try await browser.get(SiteRoute.insight().path)
            #expect(Self.meetingsHeld(page.body.string) == (inYear < 5 ? "fewer than 5" : "\(inYear)"))

            // Figures an older version stored, which no longer read, are counted again.
            try await sql.raw("UPDATE insight_reports SET report = '{\"older\":true}'").run()
            #expect(try await browser.get(SiteRoute.insight().path).body.string.contains("being counted"))
            let again = try await InsightReports.recountDue(
                now: app.roundtable.now, timeZone: app.roundtable.configuration.timeZone,
                every: app.roundtable.configuration.insightRecountInterval, on: sql)
            #expect(again == 1)
            #expect(
                Self.meetingsHeld(try await browser.get(SiteRoute.insight().path).body.string)
                    == (inYear < 5 ? "fewer than 5" : "\(inYear)"))
        }
    }
}
