import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Running a meeting, and its record")
struct MeetingRunTests {
    /// Zoë's meeting, shared, with its lead signed in; returns the lead, the meeting's path and
    /// Amira's page.
    static func shared(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures
    ) async throws -> (TestBrowser, String, String) {
        let amira = try await ParticipantPageTests.amirasPage(app, people, s)
        let lead = TestBrowser(app)
        try await lead.signIn(people.primaryStaff)
        let meeting = try #require(try await Meeting.query(on: app.db).first())
        return (lead, "/meetings/\(meeting.id!)", amira)
    }

    static func items(_ app: Application) async throws -> [AgendaItem] {
        try await AgendaItem.query(on: app.db).sort(\.$position).all()
    }

    @Test(
        "The lead runs the agenda: start, finish, extend, move, skip and park, each logged", arguments: TestDatabase.all
    )
    func agenda(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await Self.shared(app, people, s)
            let before = try await lead.get(path + "/run")
            #expect(before.status == .ok)
            #expect(before.text.contains("Start the meeting"))
            #expect(before.text.contains("To talk about some difficult lunchtimes"))
            try await lead.post(path + "/run/start")
            var items = try await Self.items(app)
            #expect(try await Meeting.query(on: app.db).first()?.state == .inProgress)
            #expect(items[0].runState == .current && items[0].startedAt != nil)
            let running = try await lead.get(path + "/run")
            #expect(running.text.contains(#"data-clock="item""#))
            #expect(running.text.contains(#"data-clock="meeting""#))
            #expect(running.text.contains("Questions that might help"))

            // "Done, next item" closes the first and opens the second.
            try await lead.post(path + "/run/step", ["action": "next", "item": items[0].id!.uuidString])
            #expect(try await Self.items(app).map(\.runState).prefix(2) == [.done, .current])
            try await lead.get(path + "/run")
            try await lead.post(
                path + "/run/step", ["action": "extend", "item": items[1].id!.uuidString, "minutes": "5"])
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/step", ["action": "down", "item": items[2].id!.uuidString])
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/step", ["action": "skip", "item": items[4].id!.uuidString])
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/step", ["action": "park", "item": items[1].id!.uuidString])
            items = try await Self.items(app)
            // Parking the item in hand moves on to the next one waiting.
            #expect(items.map(\.runState) == [.done, .parked, .current, .waiting, .skipped])
            #expect(items[1].extraMinutes == 5)
            #expect(items[2].title == "What would help, at school and at home")
            // A second tap on an old page's "Done, next item" changes nothing.
            try await lead.get(path + "/run")
            let stale = try await lead.post(path + "/run/step", ["action": "next", "item": items[0].id!.uuidString])
            #expect(try await lead.get(try #require(stale.location)).text.contains(RunRefusal.notCurrent.message))
            #expect(try await Self.items(app).map(\.runState) == [.done, .parked, .current, .waiting, .skipped])
            // A done item cannot start again: the lead hears why, and nothing changes.
            try await lead.get(path + "/run")
            let refused = try await lead.post(path + "/run/step", ["action": "start", "item": items[0].id!.uuidString])
            let page = try await lead.get(try #require(refused.location))
            #expect(page.text.contains(RunRefusal.alreadyDone.message))
            #expect(try await MeetingRunEvent.query(on: app.db).count() >= 6)
            #expect(page.text.contains("What happened to the agenda"))
        }
    }

    @Test(
        "Capture keeps what was typed after a mistake; labels decide what the shared screen shows",
        arguments: TestDatabase.all)
    func capture(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await Self.shared(app, people, s)
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/start")
            let item = try #require(try await Self.items(app).first)
            try await lead.get(path + "/run")
            let missingReason = try await lead.post(
                path + "/record/entries",
                ["kind": "decision", "item": item.id!.uuidString, "decision_what": "Lunch in the library on Tuesdays"])
            #expect(missingReason.status == .unprocessableEntity)
            #expect(missingReason.text.contains("Lunch in the library on Tuesdays"))
            #expect(missingReason.text.contains(##"href="#decision_reason""##))
            let imposed = try await lead.post(
                path + "/record/entries",
                [
                    "kind": "goal", "item": item.id!.uuidString, "goal_what": "Calmer lunchtimes",
                    "goal_agreement": "imposed", "goal_measure": "observational", "goal_owners": "Zoë and Ms Staff",
                    "goal_review_date": "2031-04-01",
                ])
            #expect(imposed.status == .unprocessableEntity)
            #expect(imposed.text.contains("Calmer lunchtimes"))
            try await lead.post(
                path + "/record/entries",
                ["kind": "note", "item": item.id!.uuidString, "note_text": "Mum seemed tired; check in privately."])
            try await lead.get(path + "/run")
            try await lead.post(
                path + "/record/entries",
                [
                    "kind": "goal", "item": item.id!.uuidString, "goal_what": "Calmer lunchtimes",
                    "goal_agreement": "agreed", "goal_measure": "measurable", "goal_target": "4 calm lunches a week",
                    "goal_owners": "Zoë and Ms Staff", "goal_review_date": "2031-04-01",
                ])
            try await lead.get(path + "/run")
            try await lead.post(
                path + "/record/entries",
                [
                    "kind": "action", "action_what": "Ask about a quiet lunch club", "action_owner_kind": "family",
                    "action_owner_name": "Amira", "action_due": "2031-03-20",
                ])
            try await lead.get(path + "/run")
            try await lead.post(path + "/record/entries", ["kind": "parked", "parked_text": "Homework routine"])
            let entries = try await RecordEntry.query(on: app.db).all()
            #expect(entries.count == 4)
            #expect(entries.first { $0.kind == .note }?.label == .staffOnly)
            #expect(entries.first { $0.kind == .goal }?.label == .shared)
            #expect(entries.first { $0.kind == .action }?.owners == "Amira")
            #expect(try await RecordEntryOwner.query(on: app.db).count() == 0, "a typed name is not a person")

            // Owners ticked from the meeting's people are kept as people; someone who is not
            // one of them is refused, and the form comes back with what was typed.
            let students = try await MeetingParticipant.query(on: app.db).filter(\.$kind == .student).all()
            let zoeOwner = PersonRef.student(try #require(students.first?.$student.id))
            let stranger = PersonRef.family(try s.restrictedFather.requireID())
            let refused = try await lead.post(
                path + "/record/entries",
                [
                    "kind": "action", "action_what": "Bring the reading card on Mondays", "action_due": "2031-03-20",
                    CaptureState.ownerField(.action, zoeOwner): "on",
                    CaptureState.ownerField(.action, stranger): "on",
                ])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Choose people from this meeting"))
            #expect(refused.text.contains("Bring the reading card on Mondays"))
            try await lead.get(path + "/run")
            try await lead.post(
                path + "/record/entries",
                [
                    "kind": "action", "action_what": "Bring the reading card on Mondays", "action_due": "2031-03-20",
                    CaptureState.ownerField(.action, zoeOwner): "on", "action_owner_name": "Grandad",
                ])
            let owned = try #require(
                try await RecordEntry.query(on: app.db).filter(\.$text == "Bring the reading card on Mondays").first())
            #expect(owned.ownerKind == .student)
            #expect(owned.owners?.hasSuffix(", Grandad") == true)
            let ownerRows = try await RecordEntryOwner.query(on: app.db).all()
            #expect(ownerRows.map(\.kind) == [.student] && ownerRows.first?.$student.id == zoeOwner.id)
            try await RecordEntry.query(on: app.db).filter(\.$id == owned.requireID()).delete()

            // The shared screen shows goals and actions, never the staff-only note.
            let screen = try await lead.get(path + "/screen")
            #expect(screen.text.contains("Calmer lunchtimes"))
            #expect(screen.text.contains("Ask about a quiet lunch club"))
            #expect(!screen.text.contains("Mum seemed tired"))
            #expect(!screen.text.contains("Homework routine"))
            #expect(!screen.text.contains("Pat Staff"), "the screen shows no staff name")
            let revision = try #require(try await Meeting.query(on: app.db).first()?.runRevision)
            #expect(try await lead.get(path + "/screen/live?since=\(revision)").status == .noContent)
            // Sharing the note makes it appear on the screen at the next look.
            let note = try #require(entries.first { $0.kind == .note })
            try await lead.get(path + "/run")
            try await lead.post(path + "/record/entries/\(note.id!)", ["label": "shared"])
            let live = try await lead.get(path + "/screen/live?since=\(revision)")
            #expect(live.status == .ok)
            #expect(live.text.contains("Mum seemed tired"))
            #expect(live.headers.first(name: "X-Revision").flatMap(Int.init) ?? 0 > revision)
        }
    }

    @Test(
        "More time: a follow-up draft takes the unfinished items; closing locks the record and changes keep history",
        arguments: TestDatabase.all)
    func followUpAndClose(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await Self.shared(app, people, s)
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/start")
            let items = try await Self.items(app)
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/step", ["action": "next", "item": items[0].id!.uuidString])
            try await lead.get(path + "/run")
            try await lead.post(
                path + "/record/entries",
                [
                    "kind": "decision", "decision_what": "Lunch in the library on Tuesdays",
                    "decision_reason": "Zoë finds the hall too loud",
                ])
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/follow-up")
            let meeting = try #require(try await Meeting.find(UUID(uuidString: String(path.dropFirst(10))), on: app.db))
            let followUp = try #require(
                try await Meeting.query(on: app.db).filter(\.$followUpOf.$id == meeting.id!).first())
            #expect(followUp.state == .draft && followUp.purpose.contains("Zoë"))
            let followItems = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == followUp.id!)
                .sort(\.$position).all(\.$title)
            #expect(followItems.first == FollowUpDraft.openingTitle && followItems.last == FollowUpDraft.closingTitle)
            #expect(followItems.contains(items[1].title) && !followItems.contains(items[0].title))
            #expect(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == followUp.id!).count()
                    == MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meeting.id!).count())

            try await lead.get(path + "/run")
            // Closing asks once: without the tick, nothing is locked.
            let unconfirmed = try await lead.post(path + "/run/close")
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.text.contains("Tick the box to close the meeting"))
            #expect(unconfirmed.text.contains("Choose what happens to \u{201C}\(items[2].title)"))
            #expect(try await Meeting.find(meeting.id, on: app.db)?.state == .inProgress)
            let closed = try await lead.close(path)
            #expect(closed.location?.hasPrefix(path + "/record") == true)
            #expect(try await Meeting.find(meeting.id, on: app.db)?.state == .closed)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.meetingClosed.rawValue).count()
                    == 1)
            // Nothing can be added now, and a change needs a reason.
            try await lead.get(path + "/run")
            let late = try await lead.post(path + "/record/entries", ["kind": "note", "note_text": "Forgot this"])
            #expect(late.status == .conflict)
            #expect(late.text.contains("The meeting closed before this was saved"))
            #expect(late.text.contains("Forgot this"))
            #expect(try await RecordEntry.query(on: app.db).filter(\.$text == "Forgot this").count() == 0)
            let decision = try #require(try await RecordEntry.query(on: app.db).first())
            let suffix = "-" + decision.id!.uuidString.prefix(8)
            try await lead.get(path + "/record")
            let noReason = try await lead.post(
                path + "/record/entries/\(decision.id!)",
                ["text" + suffix: "Lunch in the library on Tuesdays and Thursdays"])
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains("Tuesdays and Thursdays"))
            let amended = try await lead.post(
                path + "/record/entries/\(decision.id!)",
                [
                    "text" + suffix: "Lunch in the library on Tuesdays and Thursdays",
                    "reason" + suffix: "Mrs Haddad pointed out Thursday was agreed too",
                ])
            #expect(amended.status == .seeOther)
            let record = try await lead.get(path + "/record")
            #expect(record.text.contains("Tuesdays and Thursdays"))
            #expect(record.text.contains("Mrs Haddad pointed out Thursday was agreed too"))
            #expect(record.text.contains("Before: Decision (Staff only): Lunch in the library on Tuesdays."))
            #expect(try await RecordRevision.query(on: app.db).count() == 1)
            // The reason for a decision can be corrected too; saving it unchanged adds no history.
            try await lead.get(path + "/record")
            try await lead.post(
                path + "/record/entries/\(decision.id!)",
                [
                    "why" + suffix: "Zoë and her mum both said the hall is too loud",
                    "reason" + suffix: "Her mum asked us to add her view",
                ])
            #expect(
                try await RecordEntry.find(decision.id, on: app.db)?.reason
                    == "Zoë and her mum both said the hall is too loud")
            try await lead.get(path + "/record")
            try await lead.post(
                path + "/record/entries/\(decision.id!)",
                [
                    "why" + suffix: "Zoë and her mum both said the hall is too loud",
                    "reason" + suffix: "Saving again, nothing new",
                ])
            #expect(try await RecordRevision.query(on: app.db).count() == 2)
        }
    }
}
