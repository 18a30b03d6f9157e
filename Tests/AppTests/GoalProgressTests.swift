import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// After the meeting, staff say how each goal is going; once every goal and action is settled
/// the meeting is followed up, and opening one again takes it back.
@Suite("How a goal from a meeting is going")
struct GoalProgressTests {
    static func entry(_ text: String, _ app: Application) async throws -> (id: UUID, suffix: String) {
        let entry = try #require(try await RecordEntry.query(on: app.db).filter(\.$text == text).first())
        let id = try entry.requireID()
        return (id, RecordEntryID(id).fieldSuffix)
    }

    static func state(_ app: Application) async throws -> MeetingState? {
        try await Meeting.query(on: app.db).first()?.state
    }

    @Test(
        "The lead records progress with the value seen and the next review; every line is kept; mistakes come back as typed",
        arguments: TestDatabase.all)
    func progress(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let goal = try await Self.entry("GOAL-SHARED", app)
            let path = c.path + "/record/entries/\(goal.id)/status"
            let before = try await c.lead.get(c.path + "/record").text
            #expect(before.contains("How it is going: "))
            #expect(before.contains(#"<strong class="tag tag--grey">Not started</strong>"#))
            #expect(before.contains("Say how it is going"))

            // A review date in the past comes back, with the note as typed.
            let past = try await c.lead.submit(
                path,
                [
                    "status" + goal.suffix: "going_on", "next_review" + goal.suffix: "2020-01-01",
                    "note" + goal.suffix: "Three calm lunches last week.",
                ], from: c.path + "/record")
            #expect(past.status == .unprocessableEntity)
            #expect(past.text.contains("Three calm lunches last week."))
            #expect(try await GoalProgressUpdate.query(on: app.db).count() == 0)

            let saved = try await c.lead.submit(
                path,
                [
                    "status" + goal.suffix: "going_on", "observed" + goal.suffix: "3 of 5 lunches",
                    "next_review" + goal.suffix: "2031-05-01", "note" + goal.suffix: "Three calm lunches last week.",
                ],
                from: c.path + "/record")
            #expect(saved.status == .seeOther)
            let record = try await c.lead.get(try #require(saved.location)).text
            #expect(record.contains("Saved how the goal is going."))
            #expect(record.contains(#"<strong class="tag tag--blue">Going on</strong>"#))
            #expect(record.contains("Seen: 3 of 5 lunches"))
            #expect(record.contains("Next review: 1 May 2031"))
            // The record of what was agreed is unchanged, and the change is audited.
            #expect(try await RecordEntry.find(goal.id, on: app.db)?.text == "GOAL-SHARED")
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.goalProgressRecorded.rawValue)
                    .count() == 1)
            // The same status with nothing new is refused.
            let again = try await c.lead.submit(path, ["status" + goal.suffix: "going_on"], from: c.path + "/record")
            #expect(again.text.contains("It is already marked Going on"))

            // Someone who reads the record but may not change the meeting cannot.
            let other = TestBrowser(app)
            try await other.signIn(s.headOfYear)
            #expect(!(try await other.get(c.path + "/record").text.contains("Say how it is going")))
            #expect(try await other.post(path, ["status" + goal.suffix: "achieved"]).status == .notFound)
            #expect(try await GoalProgressUpdate.query(on: app.db).count() == 1)

            // Past the review date and not achieved: the review is due.
            app.roundtable.setClock { Date(timeIntervalSince1970: 1_936_000_000) }  // May 2031
            let later = TestBrowser(app)
            try await later.signIn(people.primaryStaff)
            #expect(
                try await later.get(c.path + "/record").text.contains(
                    #"<strong class="tag tag--red">Review due</strong>"#))
        }
    }

    @Test(
        "Settling every goal and action follows the meeting up; reopening one takes it back to where it was",
        arguments: TestDatabase.all)
    func followedUp(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            #expect(try await Self.state(app) == .recordShared)
            let steps: [(String, String)] = [
                ("GOAL-SHARED", "achieved"), ("GOAL-STAFF", "stopped"), ("ACTION-SHARED", "done"),
                ("ACTION-STAFF", "no_longer_needed"),
            ]
            // Each line a minute after the last, so "the latest" is never a tie.
            var clock = Date().timeIntervalSince1970
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryStaff)
            for (index, (text, status)) in steps.enumerated() {
                #expect(try await Self.state(app) == .recordShared, "still open before \(text)")
                let entry = try await Self.entry(text, app)
                clock += 60
                let at = clock
                app.roundtable.setClock { Date(timeIntervalSince1970: at) }
                let saved = try await browser.submit(
                    c.path + "/record/entries/\(entry.id)/status", ["status" + entry.suffix: status],
                    from: c.path + "/record")
                #expect(saved.status == .seeOther, "\(text): \(saved.text.prefix(300))")
                if index == steps.count - 1 { #expect(try await Self.state(app) == .followedUp) }
            }
            #expect(try await browser.get("/meetings?when=past").text.contains("Followed up"))
            // Reopening an action takes the meeting back; the summary was shared, so to that.
            let action = try await Self.entry("ACTION-SHARED", app)
            clock += 60
            let at = clock
            app.roundtable.setClock { Date(timeIntervalSince1970: at) }
            try await browser.submit(
                c.path + "/record/entries/\(action.id)/status",
                ["status" + action.suffix: "open", "note" + action.suffix: "Not finished after all."],
                from: c.path + "/record")
            #expect(try await Self.state(app) == .recordShared)
        }
    }
}

@Suite("The next meeting builds on the last")
struct SinceLastTimeAppTests {
    @Test(
        "A follow-up opens with 'Since last time': the shared goals and actions with where they stand, no staff-only ones",
        arguments: TestDatabase.all)
    func since(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let action = try await GoalProgressTests.entry("ACTION-SHARED", app)
            try await c.lead.submit(
                c.path + "/record/entries/\(action.id)/status", ["status" + action.suffix: "done"],
                from: c.path + "/record")
            // A follow-up is planned from a closed record, before its summary is shared.
            let meeting = try #require(try await Meeting.find(c.meeting.requireID(), on: app.db))
            meeting.state = .closed
            try await meeting.save(on: app.db)
            let planned = try await c.lead.submit(c.path + "/run/follow-up", [:], from: c.path + "/record")
            #expect(planned.status == .seeOther, "\(planned.text.prefix(300))")
            let followUp = try #require(
                try await Meeting.query(on: app.db).filter(\.$followUpOf.$id == c.meeting.requireID()).first())
            let first = try #require(
                try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == followUp.requireID())
                    .sort(\.$position).first())
            #expect(first.title == FollowUpDraft.sinceTitle)
            let notes = try #require(first.notes)
            #expect(notes.contains("Goal: GOAL-SHARED, Zoë (Not started)"))
            #expect(notes.contains("Action: ACTION-SHARED, Amira Ångström (Done)"))
            #expect(!notes.contains("STAFF"))
        }
    }
}

@Suite("Goals and actions through the JSON API")
struct FollowThroughAPITests {
    @Test(
        "The record gives each goal's and action's status and owners; a lead's token says how one is going; others cannot",
        arguments: TestDatabase.all)
    func api(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let token = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let action = try await GoalProgressTests.entry("ACTION-SHARED", app)
            let goal = try await GoalProgressTests.entry("GOAL-SHARED", app)
            let base = "/api/v1/meetings/\(try c.meeting.requireID())"

            let record = try await APITests.get(app, base + "/record", token: token)
            #expect(record.status == .ok)
            let body = record.body.string
            #expect(body.contains(#""status":"open""#) && body.contains(#""status":"not_started""#))
            let mother = try s.mother.requireID().uuidString
            #expect(body.contains(#""ownerPeople":[{"#) && body.contains(mother))

            let said = try await APIWriteTests.send(
                app, .POST, base + "/record/entries/\(goal.id)/status", token: token,
                json: #"{"status":"going_on","observed":"3 of 5","nextReview":"2031-05-01","note":"Better"}"#)
            #expect(said.status == .created)
            #expect(said.body.string.contains(#""status":"going_on""#))
            let refused = try await APIWriteTests.send(
                app, .POST, base + "/record/entries/\(action.id)/status", token: token, json: #"{"status":"maybe"}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(try await ActionStatusUpdate.query(on: app.db).count() == 0)
            #expect(try await GoalProgressUpdate.query(on: app.db).first()?.observed == "3 of 5")

            // A token whose owner reads the meeting but may not change it is refused.
            let other = try await APITests.token(for: s.headOfYear, admin: people.oakAdmin, app: app)
            let notTheirs = try await APIWriteTests.send(
                app, .POST, base + "/record/entries/\(action.id)/status", token: other, json: #"{"status":"done"}"#)
            #expect(notTheirs.status == .notFound)
            #expect(try await ActionStatusUpdate.query(on: app.db).count() == 0)
        }
    }
}
