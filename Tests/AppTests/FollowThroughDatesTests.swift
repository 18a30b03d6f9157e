import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// A due or review date may be the school's today, whatever the UTC date is: at 9 in the
/// evening in New York it is already tomorrow in UTC, and "today" was refused as in the past.
@Suite("Due and review dates follow the school's day")
struct FollowThroughDatesTests {
    /// 6 May 2031 at 21:00 in New York (EDT): 7 May 2031 at 01:00 UTC.
    static let evening = Date(timeIntervalSince1970: 1_935_882_000)
    static let newYork = ["ROUNDTABLE_TIME_ZONE": "America/New_York"]

    @Test(
        "In the school's evening, a goal and an action captured for today are taken; yesterday is not",
        arguments: TestDatabase.all)
    func capture(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: Self.newYork) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            try await lead.submit(path + "/run/start", [:], from: path + "/run")
            app.roundtable.setClock { Self.evening }
            let evening = TestBrowser(app)
            try await evening.signIn(people.primaryStaff)
            func goal(_ day: String) async throws -> TestingHTTPResponse {
                try await evening.submit(
                    path + "/record/entries",
                    [
                        "kind": "goal", "goal_what": "GOAL-\(day)", "goal_agreement": "agreed",
                        "goal_measure": "observational", "goal_owners": "Zoë", "goal_review_date": day,
                    ], from: path + "/run")
            }
            func action(_ day: String) async throws -> TestingHTTPResponse {
                try await evening.submit(
                    path + "/record/entries",
                    [
                        "kind": "action", "action_what": "ACTION-\(day)", "action_owner_kind": "staff",
                        "action_owner_name": "Pat", "action_due": day,
                    ], from: path + "/run")
            }
            #expect(try await goal("2031-05-06").status == .seeOther)
            #expect(try await action("2031-05-06").status == .seeOther)
            let late = try await goal("2031-05-05")
            #expect(late.status == .unprocessableEntity)
            #expect(late.text.contains("Choose a date from today onwards"))
            #expect(try await action("2031-05-05").status == .unprocessableEntity)
            #expect(try await RecordEntry.query(on: app.db).filter(\.$text ~~ "2031-05-06").count() == 2)
        }
    }

    @Test("In the school's evening, a goal's next review can be today", arguments: TestDatabase.all)
    func nextReview(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: Self.newYork) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let goal = try await GoalProgressTests.entry("GOAL-SHARED", app)
            app.roundtable.setClock { Self.evening }
            let evening = TestBrowser(app)
            try await evening.signIn(people.primaryStaff)
            func say(_ day: String) async throws -> TestingHTTPResponse {
                try await evening.submit(
                    c.path + "/record/entries/\(goal.id)/status",
                    ["status" + goal.suffix: "going_on", "next_review" + goal.suffix: day], from: c.path + "/record")
            }
            #expect(try await say("2031-05-05").status == .unprocessableEntity)
            #expect(try await say("2031-05-06").status == .seeOther)
        }
    }
}
