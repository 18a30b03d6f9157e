import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// From their own link, after the summary is shared: a family member marks their own action
/// done and adds a note to a shared goal; nobody else's, and nothing they cannot read.
@Suite("Following through from a participant's own page")
struct ParticipantFollowThroughTests {
    @Test(
        "Amira marks her action done and writes how a goal is going; the lead is told without names; others cannot",
        arguments: TestDatabase.all)
    func familyUpdates(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let action = try await GoalProgressTests.entry("ACTION-SHARED", app)
            let goal = try await GoalProgressTests.entry("GOAL-SHARED", app)
            let staffAction = try await GoalProgressTests.entry("ACTION-STAFF", app)
            let post = c.amiraLink + "/follow-through"
            // Amira reads her page in Arabic.
            let t = Localizer("ar")

            let amira = TestBrowser(app)
            let page = try await amira.get(c.amiraLink)
            #expect(page.text.contains(t(.followTitle)))
            #expect(page.text.contains(t(.followYourActions)))
            #expect(page.text.contains(t(.followDone)))
            #expect(page.text.contains(t(.followGoalNoteLabel)))
            #expect(!page.text.contains("ACTION-STAFF") && !page.text.contains("GOAL-STAFF"))

            // A goal note needs words; what was typed is never lost.
            let empty = try await amira.post(post, ["entry": goal.id.uuidString, "note" + goal.suffix: "  "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(t(.errorFollowNote)))

            let outboxBefore = try await OutboxMessage.query(on: app.db).count()
            try await amira.get(c.amiraLink)
            let done = try await amira.post(
                post, ["entry": action.id.uuidString, "status": "done", "note" + action.suffix: "We went on Tuesday."])
            #expect(done.status == .seeOther)
            let after = try await amira.get(try #require(done.location))
            #expect(after.text.contains(t(.followSaved)))
            #expect(after.text.contains(#"<strong class="tag tag--green">"# + t(.followActionDone) + "</strong>"))
            #expect(!after.text.contains(t(.followDone)), "a done action has no buttons left")
            let line = try #require(try await ActionStatusUpdate.query(on: app.db).first())
            #expect(line.status == .done && line.$by.id == nil && line.$byParticipant.id != nil)
            #expect(line.note == "We went on Tuesday.")
            // A second press of the same button adds nothing.
            try await amira.get(c.amiraLink)
            #expect(
                try await amira.post(post, ["entry": action.id.uuidString, "status": "done"]).status == .seeOther)
            #expect(try await ActionStatusUpdate.query(on: app.db).count() == 1)

            try await amira.get(c.amiraLink)
            let noted = try await amira.post(
                post, ["entry": goal.id.uuidString, "note" + goal.suffix: "Calmer at breakfast this week."])
            #expect(noted.status == .seeOther)
            let goalLine = try #require(try await GoalProgressUpdate.query(on: app.db).first())
            #expect(goalLine.status == .notStarted && goalLine.note == "Calmer at breakfast this week.")

            // The lead reads both lines on the record, said by Amira, and was told by email
            // that says where to look and nothing else.
            let record = try await c.lead.get(c.path + "/record").text
            #expect(record.contains("We went on Tuesday."))
            #expect(record.contains("Calmer at breakfast this week."))
            #expect(record.contains("Amira"))
            let told = try await OutboxMessage.query(on: app.db).sort(\.$createdAt).all().dropFirst(outboxBefore)
            #expect(told.count == 2)
            for message in told {
                #expect(message.subject == "A participant said how a goal or action is going")
                for secret in ["Zoë", "Amira", "Tuesday", "breakfast", "ACTION", "GOAL"] {
                    #expect(!message.body.contains(secret), "\(secret) in the lead's email")
                }
            }
            #expect(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.actionStatusRecorded.rawValue)
                    .count() == 1)

            // Not theirs, or not theirs to read: "not found", and nothing written.
            let zoe = TestBrowser(app)
            let zoePage = try await zoe.get(c.zoeLink)
            #expect(zoePage.status == .ok)
            #expect(
                !zoePage.text.contains(
                    "follow-list__item\"><p class=\"follow-list__what\" lang=\"en\" dir=\"auto\">ACTION"),
                "Zoë owns no action")
            #expect(
                try await zoe.post(
                    c.zoeLink + "/follow-through", ["entry": action.id.uuidString, "status": "not_done"]
                )
                .status == .notFound)
            try await amira.get(c.amiraLink)
            #expect(
                try await amira.post(post, ["entry": staffAction.id.uuidString, "status": "done"]).status == .notFound)
            #expect(
                try await amira.post(post, ["entry": action.id.uuidString, "status": "no_longer_needed"]).status
                    == .notFound, "whether it is still needed is the school's to say")
            let agency = TestBrowser(app)
            try await agency.get(c.agencyLink)
            #expect(
                try await agency.post(
                    c.agencyLink + "/follow-through", ["entry": goal.id.uuidString, "note" + goal.suffix: "x"]
                ).status == .notFound)
            // A forged form (no token) writes nothing.
            #expect(
                try await TestBrowser(app).post(
                    post, ["entry": action.id.uuidString, "status": "not_done"], csrf: false
                ).status != .seeOther)
            #expect(try await ActionStatusUpdate.query(on: app.db).count() == 1)
            #expect(try await GoalProgressUpdate.query(on: app.db).count() == 1)
        }
    }

    @Test(
        "Ten presses of \"I have done this\" at once, over real sockets: one line, one audit entry, one email",
        arguments: TestDatabase.all)
    func parallelDone(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let action = try await GoalProgressTests.entry("ACTION-SHARED", app)
            let amira = TestBrowser(app)
            try await amira.get(c.amiraLink)
            let token = try #require(amira.csrfToken)
            let cookies = ConcurrencyTests.cookieHeader(amira)
            let outboxBefore = try await OutboxMessage.query(on: app.db).count()
            let post = c.amiraLink + "/follow-through"
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(10) { _ in
                    try await server.send(
                        .POST, post, headers: cookies,
                        form: ["entry": action.id.uuidString, "status": "done", "_csrf": token])
                }
                #expect(answers.allSatisfy { $0.status == .seeOther }, "\(answers.map(\.status.code))")
            }
            let lines = try await ActionStatusUpdate.query(on: app.db).all()
            #expect(lines.count == 1)
            #expect(lines.first?.status == .done)
            #expect(try await ConcurrencyTests.audited(.actionStatusRecorded, on: app) == 1)
            #expect(try await OutboxMessage.query(on: app.db).count() == outboxBefore + 1)
            #expect(try await FollowThroughUpdates.currentAction(of: action.id, on: app.db.sql()) == .done)
        }
    }
}
