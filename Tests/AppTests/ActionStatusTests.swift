import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// After the meeting, staff say how each action went: a new line in its history, never an edit.
@Suite("How an action from a meeting went")
struct ActionStatusAppTests {
    @Test(
        "The lead says an action is done with a note; mistakes come back with what was typed; others cannot; overdue shows",
        arguments: TestDatabase.all)
    func followThrough(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let action = try #require(
                try await RecordEntry.query(on: app.db).filter(\.$text == "ACTION-SHARED").first())
            let id = try action.requireID()
            let suffix = "-" + id.uuidString.prefix(8)
            let path = c.path + "/record/entries/\(id)/status"
            let recordBefore = try await c.lead.get(c.path + "/record").text
            #expect(recordBefore.contains("How it went: "))
            #expect(recordBefore.contains("Say how it went"))

            // Without a choice the form comes back, with the note as typed.
            let missing = try await c.lead.submit(
                path, ["note" + suffix: "Sent the card home."], from: c.path + "/record")
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.text.contains("Choose how the action went"))
            #expect(missing.text.contains("Sent the card home."))
            #expect(try await ActionStatusUpdate.query(on: app.db).count() == 0)

            let saved = try await c.lead.submit(
                path, ["status" + suffix: "done", "note" + suffix: "Sent the card home on Monday."],
                from: c.path + "/record")
            #expect(saved.status == .seeOther)
            let record = try await c.lead.get(try #require(saved.location)).text
            #expect(record.contains("Saved how the action went."))
            #expect(record.contains(#"<strong class="tag tag--green">Done</strong>"#))
            #expect(record.contains("Sent the card home on Monday."))
            // Saying "done" again with nothing to add is refused rather than filling the history.
            let again = try await c.lead.submit(path, ["status" + suffix: "done"], from: c.path + "/record")
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("It is already marked Done. Choose another status, or add a note"))
            // The record of what was agreed is unchanged, and the change is audited.
            #expect(try await RecordEntry.find(id, on: app.db)?.text == "ACTION-SHARED")
            #expect(try await RecordRevision.query(on: app.db).count() == 0)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.actionStatusRecorded.rawValue)
                    .count() == 1)

            // Someone who reads the record but may not change the meeting cannot say how it went.
            let other = TestBrowser(app)
            try await other.signIn(s.headOfYear)
            let otherRecord = try await other.get(c.path + "/record")
            #expect(otherRecord.status == .ok)
            #expect(!otherRecord.text.contains("Say how it went"))
            #expect(try await other.post(path, ["status" + suffix: "not_done"]).status == .notFound)
            // Only actions have a status.
            let decision = try #require(
                try await RecordEntry.query(on: app.db).filter(\.$kind == .decision).first())
            #expect(
                try await c.lead.post(c.path + "/record/entries/\(decision.id!)/status", ["status": "done"]).status
                    == .notFound)
            #expect(try await ActionStatusUpdate.query(on: app.db).count() == 1)

            // The staff-only action, still open after its due day, shows as overdue.
            // (A session does not last years, so the lead signs in again at that time.)
            app.roundtable.setClock { Date(timeIntervalSince1970: 1_932_000_000) }  // 22 March 2031
            let later = TestBrowser(app)
            try await later.signIn(people.primaryStaff)
            let overdue = try await later.get(c.path + "/record")
            #expect(overdue.text.contains(#"<strong class="tag tag--red">Overdue</strong>"#), "\(overdue.status)")
            #expect(overdue.text.contains(#"<strong class="tag tag--green">Done</strong>"#))
        }
    }

    @Test("Nobody changes an entry they cannot read, a colleague's private note included", arguments: TestDatabase.all)
    func hiddenEntries(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            // A colleague's private note: only its author reads it, the lead included.
            let note = RecordEntry()
            note.$meeting.id = try c.meeting.requireID()
            note.kind = .note
            note.label = .private
            note.$author.id = people.primaryLeader.id
            note.text = "MY OWN NOTE"
            try await note.create(on: app.db)
            let id = try note.requireID()
            let suffix = RecordEntryID(id).fieldSuffix
            let change = try await c.lead.post(
                c.path + "/record/entries/\(id)", ["text" + suffix: "CHANGED", "reason" + suffix: "Because"])
            #expect(change.status == .notFound)
            #expect(try await RecordEntry.find(id, on: app.db)?.text == "MY OWN NOTE")
            #expect(try await RecordRevision.query(on: app.db).count() == 0)
        }
    }
}
