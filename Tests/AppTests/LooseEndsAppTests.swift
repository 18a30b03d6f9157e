import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import Testing
import VaporTesting

@testable import App

@Suite("Closing asks what happens to everything not finished")
struct ClosingLooseEndsTests {
    @Test(
        "Each open item and parked topic needs an answer, a dropped one a reason; the record and the follow-up keep them",
        arguments: TestDatabase.all)
    func closing(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            try await lead.submit(path + "/run/start", [:], from: path + "/run")
            for topic in ["TOPIC-DROPPED", "TOPIC-NEXT"] {
                let parked = try await lead.submit(
                    path + "/record/entries", ["kind": "parked", "parked_text": topic], from: path + "/run")
                #expect(parked.status == .seeOther)
            }
            let items = try await MeetingRunTests.items(app)
            let page = try await lead.get(path + "/run")
            #expect(page.text.contains("What happens to what is still open"))
            #expect(page.text.contains("Parked: TOPIC-DROPPED"))
            let names = TestBrowser.looseEndFields(in: page.text)
            // Every agenda item (the one in hand too: it may not be finished), and both topics.
            #expect(names.count == items.count + 2)

            let dropped = try await Self.ref("TOPIC-DROPPED", app)
            var fields = Dictionary(uniqueKeysWithValues: names.map { ($0, "next_meeting") })
            fields["end_" + dropped.uuidString.lowercased()] = "dropped"
            fields["confirm_close"] = "true"
            let refused = try await lead.post(path + "/run/close", fields)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Say why \u{201C}TOPIC-DROPPED\u{201D} is dropped"))
            #expect(refused.text.contains(#"value="dropped" checked"#), "the answer given comes back chosen")
            #expect(try await GoalProgressTests.state(app) == .inProgress)
            #expect(try await LooseEnd.query(on: app.db).count() == 0)

            fields["reason_" + dropped.uuidString.lowercased()] = "The family has moved nearer school"
            let closed = try await lead.post(path + "/run/close", fields)
            #expect(closed.status == .seeOther)
            #expect(try await GoalProgressTests.state(app) == .closed)
            // The item in hand when it closed was sent on, so it is not marked done.
            let inHand = try #require(try await AgendaItem.find(items[0].id, on: app.db))
            #expect(inHand.runState == .parked)
            // A second press of Close (another tab) lands on the record, and changes nothing.
            try await lead.get(path + "/run")
            let again = try await lead.post(path + "/run/close", fields)
            #expect(again.location?.hasPrefix(path + "/record") == true)
            let answers = try await LooseEnd.query(on: app.db).all()
            #expect(answers.count == names.count)
            #expect(answers.filter { $0.outcome == .dropped }.map(\.reason) == ["The family has moved nearer school"])
            let record = try await lead.get(path + "/record")
            #expect(record.text.contains("TOPIC-DROPPED</span>: dropped. Why: "))
            #expect(record.text.contains("TOPIC-NEXT</span>: goes to the next meeting"))
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.looseEndsDecided.rawValue)
                    .count() == 1)

            // Planned afterwards, the follow-up takes what goes on, and only that.
            let planned = try await lead.submit(path + "/run/follow-up", [:], from: path + "/record")
            let meetingID = try #require(UUID(uuidString: String(path.dropFirst("/meetings/".count))))
            let followUp = try #require(
                try await Meeting.query(on: app.db).filter(\.$followUpOf.$id == meetingID).first())
            #expect(planned.location == "/meetings/\(try followUp.requireID())")
            let agenda = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == followUp.requireID())
                .all(\.$title)
            #expect(agenda.contains(items[2].title))
            // Both topics are staff only: neither reaches the family's agenda; the one that goes
            // on waits in the staff's planning notes.
            #expect(!agenda.contains { $0.contains("TOPIC") })
            #expect(followUp.difficultNotes?.contains("TOPIC-NEXT") == true)
            #expect(followUp.difficultNotes?.contains("TOPIC-DROPPED") == false)
        }
    }

    static func ref(_ text: String, _ app: Application) async throws -> UUID {
        try #require(try await RecordEntry.query(on: app.db).filter(\.$text == text).first()).requireID()
    }
}

@Suite("The follow-up's facilitator view starts from where things stand")
struct SinceLastTimeRunTests {
    @Test(
        "Since last time lists what is carried in, one tap updates it, other households' lines wait to be shared, closing settles it",
        arguments: TestDatabase.all)
    func since(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            // The summary is shared; the follow-up is planned from the record afterwards.
            let planned = try await c.lead.submit(c.path + "/run/follow-up", [:], from: c.path + "/record")
            #expect(planned.status == .seeOther, "\(planned.text.prefix(300))")
            let followUp = try #require(
                try await Meeting.query(on: app.db).filter(\.$followUpOf.$id == c.meeting.requireID()).first())
            let path = "/meetings/\(try followUp.requireID())"

            let run = try await c.lead.get(path + "/run")
            #expect(run.text.contains(#"id="since-last-time""#))
            for line in ["GOAL-SHARED", "ACTION-SHARED", "GOAL-STAFF", "ACTION-STAFF"] {
                #expect(run.text.contains(line), "\(line)")
            }
            #expect(run.text.contains("It was kept among staff at that meeting."))
            let screen = try await c.lead.get(path + "/screen")
            #expect(screen.text.contains("GOAL-SHARED") && screen.text.contains("ACTION-SHARED"))
            #expect(!screen.text.contains("GOAL-STAFF") && !screen.text.contains("ACTION-STAFF"))

            // One tap: the action is done, with a note, said by the lead, on the earlier record.
            let action = try await GoalProgressTests.entry("ACTION-SHARED", app)
            let revision = try #require(try await Meeting.find(followUp.id, on: app.db)).runRevision
            try await c.lead.get(path + "/run")
            let done = try await c.lead.post(
                path + "/run/since-last-time",
                ["entry": action.id.uuidString, "status": "done", "note" + action.suffix: "Amira rang the club"])
            #expect(done.location == path + "/run#carried" + action.suffix)
            let line = try #require(
                try await ActionStatusUpdate.query(on: app.db).filter(\.$entry.$id == action.id).first())
            #expect(line.status == .done && line.note == "Amira rang the club" && line.$by.id != nil)
            #expect(try #require(try await Meeting.find(followUp.id, on: app.db)).runRevision > revision)
            let after = try await c.lead.get(path + "/run")
            #expect(after.text.contains("ACTION-SHARED"), "a line said about today stays in view")
            // The same words pressed again (a re-tap on a slow connection) add nothing.
            try await c.lead.get(path + "/run")
            let retap = try await c.lead.post(
                path + "/run/since-last-time",
                ["entry": action.id.uuidString, "status": "done", "note" + action.suffix: "Amira rang the club"])
            #expect(retap.status == .seeOther)
            #expect(try await ActionStatusUpdate.query(on: app.db).filter(\.$entry.$id == action.id).count() == 1)

            // Saying nothing new is refused, with the note typed kept.
            let goal = try await GoalProgressTests.entry("GOAL-SHARED", app)
            try await c.lead.get(path + "/run")
            let same = try await c.lead.post(
                path + "/run/since-last-time", ["entry": goal.id.uuidString, "status": "not_started"])
            #expect(same.status == .unprocessableEntity)
            #expect(same.text.contains("It is already marked Not started"))
            // Something this meeting does not carry is not found.
            let other = try await c.lead.post(
                path + "/run/since-last-time", ["entry": UUID().uuidString, "status": "done"])
            #expect(other.status == .notFound)

            // The mother is not coming to this one: what was shared with her is staff only here
            // until the lead shares it.
            try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == followUp.requireID())
                .filter(\.$familyMember.$id == s.mother.requireID()).delete()
            let apart = try await c.lead.get(path + "/run")
            #expect(apart.text.contains("The people at that meeting and at this one are not the same"))
            #expect(!(try await c.lead.get(path + "/screen")).text.contains("GOAL-SHARED"))
            for _ in 0..<2 {
                try await c.lead.get(path + "/run")
                let shared = try await c.lead.post(
                    path + "/run/since-last-time", ["entry": goal.id.uuidString, "share": "yes"])
                #expect(shared.status == .seeOther)
            }
            #expect(try await CarriedShare.query(on: app.db).count() == 1)
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.carriedShared.rawValue)
                    .count() == 1)
            #expect((try await c.lead.get(path + "/screen")).text.contains("GOAL-SHARED"))
            // A line kept among staff cannot be shared from here.
            let staffGoal = try await GoalProgressTests.entry("GOAL-STAFF", app)
            try await c.lead.get(path + "/run")
            let refused = try await c.lead.post(
                path + "/run/since-last-time", ["entry": staffGoal.id.uuidString, "share": "yes"])
            #expect(refused.status == .badRequest)

            // Closing the follow-up asks about each goal still open; dropping one stops it, with
            // the reason as its note.
            let meeting = try #require(try await Meeting.find(followUp.id, on: app.db))
            meeting.state = .inProgress
            meeting.startedAt = Date()
            try await meeting.save(on: app.db)
            let closing = try await c.lead.get(path + "/run")
            #expect(closing.text.contains("From an earlier meeting: Goal: GOAL-SHARED"))
            #expect(!closing.text.contains("From an earlier meeting: Action: ACTION-SHARED"), "done already")
            let closed = try await c.lead.close(path, answer: "dropped")
            #expect(closed.status == .seeOther, "\(closed.text.prefix(400))")
            let stopped = try #require(
                try await GoalProgressUpdate.query(on: app.db).filter(\.$entry.$id == goal.id).first())
            #expect(stopped.status == .stopped && stopped.note == "No longer needed")
        }
    }
}
