import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The staff side of how the meeting felt (issue 14): after closing, the lead and the staff
/// who took part each write a private reflection; only its author ever reads it.
@Suite("How the meeting felt: staff's own reflection")
struct StaffReflectionTests {
    struct Setup {
        var c: FeedbackTests.Closed
        var path: String
        /// Took part (attendance not marked).
        var colleague: User
        /// Invited, marked "not there".
        var absent: User
    }

    /// Zoë's closed meeting, led by the teacher, with a colleague who took part and one who was
    /// not there.
    static func setUp(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures,
        before: ((String, TestBrowser) async throws -> Void)? = nil
    ) async throws -> Setup {
        let c = try await FeedbackTests.closed(app, people, s, before: before)
        var colleagues: [User] = []
        for (name, email) in [("Chris Colleague", "chris@oak.example"), ("Ada Away", "ada@oak.example")] {
            let user = User(
                organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: name,
                email: EmailAddress(email)!, passwordHash: try app.roundtable.passwords.hash(Fixtures.password),
                role: .staff)
            try await user.create(on: app.db)
            colleagues.append(user)
        }
        try await Meeting.query(on: app.db).filter(\.$id == c.meeting.id!)
            .set(\.$lead.$id, to: people.primaryStaff.id).update()
        try await Meetings.participant(c.meeting.id!, .staff, role: "Class teacher") {
            $0.$user.id = colleagues[0].id
        }.create(on: app.db)
        try await Meetings.participant(c.meeting.id!, .staff, role: "Teaching assistant") {
            $0.$user.id = colleagues[1].id
            $0.presence = .absent
        }.create(on: app.db)
        return Setup(c: c, path: c.path + "/reflection/after", colleague: colleagues[0], absent: colleagues[1])
    }

    static func rows(_ app: Application) async throws -> [StaffReflection] {
        try await StaffReflection.query(on: app.db).all()
    }

    @Test(
        "The lead is not asked before closing; after it, writes, reads back, changes, and the log holds no words",
        arguments: TestDatabase.all)
    func authorSavesAndReadsBack(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let x = try await Self.setUp(app, people, s) { _, lead in
                let meeting = try #require(try await Meeting.query(on: app.db).first())
                try await Meeting.query(on: app.db).filter(\.$id == meeting.id!)
                    .set(\.$lead.$id, to: people.primaryStaff.id).update()
                #expect(try await lead.get("/meetings/\(meeting.id!)/reflection/after").status == .notFound)
            }
            let lead = x.c.lead
            let page = try await lead.get(x.path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Only you can read this."))
            for prompt in StaffReflectionPrompt.allCases { #expect(page.text.contains(prompt.question.htmlEscaped)) }
            for question in FeedbackQuestion.allCases {
                #expect(page.text.contains(question.staffStatement.htmlEscaped))
            }
            #expect(page.text.contains(#"name="q_equal_partner" type="radio" value="10""#))

            let fields = [
                "went_well": "We began with what Zoë is proud of.", "every_voice": "Zoë spoke through her card.",
                "q_cared": "9", "q_kept": "4",
            ]
            let saved = try await lead.post(x.path, fields)
            #expect(saved.status == .seeOther)
            #expect(saved.headers.first(name: .location) == x.path + "?notice=reflection-after-saved")
            let again = try await lead.get(x.path + "?notice=reflection-after-saved")
            #expect(again.text.contains("Your reflection is saved. Only you can read it."))
            #expect(again.text.contains("We began with what Zoë is proud of."))
            #expect(again.text.contains("Zoë spoke through her card."))
            #expect(again.text.contains(#"id="q_cared-9" name="q_cared" type="radio" value="9" checked"#))
            #expect(again.text.contains(#"id="q_kept-4" name="q_kept" type="radio" value="4" checked"#))
            var row = try #require(try await Self.rows(app).first)
            #expect(row.wentWell == "We began with what Zoë is proud of." && row.cared == 9 && row.kept == 4)
            #expect(row.boundariesHeld == nil && row.clear == nil && row.$user.id == people.primaryStaff.id)

            // The same again (a double press): nothing written, nothing logged.
            #expect(try await lead.post(x.path, fields).status == .seeOther)
            try await lead.get(x.path)
            // A change: a score taken back and a question answered.
            var changed = fields
            changed["q_kept"] = ""
            changed["do_differently"] = "Ask Zoë first."
            #expect(try await lead.post(x.path, changed).status == .seeOther)
            #expect(try await Self.rows(app).count == 1)
            row = try #require(try await Self.rows(app).first)
            #expect(row.kept == nil && row.doDifferently == "Ask Zoë first." && row.cared == 9)

            // The log says a reflection was saved, twice: never what it says.
            let lines = try await AuditEvent.query(on: app.db)
                .filter(\.$action == AuditAction.staffReflectionSaved.rawValue).all()
            #expect(lines.count == 2)
            for line in lines {
                #expect(line.actorID == people.primaryStaff.id)
                for words in ["proud", "card", "Ask Zoë", "9"] { #expect(!(line.summary ?? "").contains(words)) }
            }

            // On the record, beside the participants' answers: the lead's own view, and the way back.
            let amira = TestBrowser(app)
            try await amira.get(x.c.amiraLink + "/feedback")
            #expect(try await amira.post(x.c.amiraLink + "/feedback", ["q_cared": "8"]).status == .seeOther)
            let record = try await lead.get(x.c.path + "/record")
            #expect(record.text.contains("Your view: Yes, a lot (9 of 10)"))
            #expect(record.text.contains("Read or change your reflection"))
            #expect(record.text.contains(SiteRoute.meeting(MeetingID(x.c.meeting.id!), .reflectionAfter()).path))
            #expect(!record.text.contains("proud"))
        }
    }

    @Test(
        "Only its author reads a reflection: not a colleague who took part, a leader, an administrator or the lead",
        arguments: TestDatabase.all)
    func privateToItsAuthor(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let x = try await Self.setUp(app, people, s)
            let amira = TestBrowser(app)
            try await amira.get(x.c.amiraLink + "/feedback")
            #expect(try await amira.post(x.c.amiraLink + "/feedback", ["q_cared": "8"]).status == .seeOther)

            let lead = x.c.lead
            try await lead.get(x.path)
            #expect(
                try await lead.post(x.path, ["went_well": "Lead own private words", "q_cared": "9"]).status
                    == .seeOther)
            let colleague = try await FeedbackRecordTests.signedIn(x.colleague, app)
            let own = try await colleague.get(x.path)
            #expect(own.status == .ok)
            #expect(!own.text.contains("Lead own private words"))
            #expect(!own.text.contains(#"value="9" checked"#))
            #expect(
                try await colleague.post(x.path, ["went_well": "Chris own private words", "q_cared": "2"]).status
                    == .seeOther)
            #expect(try await Self.rows(app).count == 2)
            #expect(try await colleague.get(x.path).text.contains("Chris own private words"))

            // The lead reads their own only, on the page and beside the answers.
            let leadPage = try await lead.get(x.path)
            #expect(leadPage.text.contains("Lead own private words"))
            #expect(!leadPage.text.contains("Chris"))
            let leadRecord = try await lead.get(x.c.path + "/record")
            #expect(leadRecord.text.contains("Mostly (8 of 10)"))
            #expect(leadRecord.text.contains("Your view: Yes, a lot (9 of 10)"))
            #expect(!leadRecord.text.contains("(2 of 10)"))

            // The colleague: a way to their own reflection on the record, nobody's scores.
            let colleagueRecord = try await colleague.get(x.c.path + "/record")
            #expect(colleagueRecord.status == .ok)
            #expect(colleagueRecord.text.contains("Read or change your reflection"))
            #expect(!colleagueRecord.text.contains("Your view:"))
            #expect(!colleagueRecord.text.contains("(9 of 10)") && !colleagueRecord.text.contains("(8 of 10)"))

            // On the meeting page too, for each person asked: the way to their own.
            #expect(try await colleague.get(x.c.path).text.contains("Read or change your reflection on the meeting"))

            // Not asked: not found, and none of anyone's words anywhere they look.
            let away = try await FeedbackRecordTests.signedIn(x.absent, app)
            let leader = try await FeedbackRecordTests.signedIn(people.primaryLeader, app)
            let admin = try await FeedbackRecordTests.signedIn(people.oakAdmin, app)
            let otherLeader = try await FeedbackRecordTests.signedIn(people.secondaryLeader, app)
            for browser in [away, leader, admin, otherLeader] {
                let page = try await browser.get(x.path)
                #expect(page.status == .notFound)
                #expect(try await browser.post(x.path, ["went_well": "Overwritten"]).status == .notFound)
                let record = try await browser.get(x.c.path + "/record")
                let meetingPage = try await browser.get(x.c.path)
                for text in [page.text, record.text, meetingPage.text] {
                    #expect(!text.contains("own private words"))
                    #expect(!text.contains("Your view:"))
                    #expect(!text.contains("your reflection"))
                }
            }
            #expect(try await Self.rows(app).count == 2)
            #expect(try await StaffReflection.query(on: app.db).filter(\.$wentWell == "Overwritten").count() == 0)

            // A leader who took part reads their own, blank, never the lead's.
            try await Meetings.participant(x.c.meeting.id!, .staff, role: "Head teacher") {
                $0.$user.id = people.primaryLeader.id
            }.create(on: app.db)
            let leaderOwn = try await leader.get(x.path)
            #expect(leaderOwn.status == .ok)
            #expect(!leaderOwn.text.contains("own private words"))
            let leaderRecord = try await leader.get(x.c.path + "/record")
            #expect(leaderRecord.text.contains("Mostly (8 of 10)"))
            #expect(leaderRecord.text.contains("Write your reflection"))
            #expect(!leaderRecord.text.contains("Your view:"))
        }
    }

    @Test("Ten saves at once, over real sockets: one row, one audit line", arguments: TestDatabase.all)
    func parallel(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let x = try await Self.setUp(app, people, s)
            try await x.c.lead.get(x.path)
            let token = try #require(x.c.lead.csrfToken)
            let cookies = ConcurrencyTests.cookieHeader(x.c.lead)
            let path = x.path
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(10) { _ in
                    try await server.send(
                        .POST, path, headers: cookies,
                        form: ["went_well": "Calm start", "q_cared": "8", "_csrf": token])
                }
                #expect(answers.allSatisfy { $0.status == .seeOther }, "\(answers.map(\.status.code))")
            }
            let rows = try await Self.rows(app)
            #expect(rows.count == 1 && rows.first?.cared == 8 && rows.first?.wentWell == "Calm start")
            #expect(try await ConcurrencyTests.audited(.staffReflectionSaved, on: app) == 1)
        }
    }

    @Test(
        "A score off the scale or an empty form: shown again with what was typed, nothing saved",
        arguments: TestDatabase.all)
    func badInput(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let x = try await Self.setUp(app, people, s)
            let lead = x.c.lead
            try await lead.get(x.path)
            let bad = try await lead.post(
                x.path, ["boundaries_held": "We ran ten minutes over.", "q_cared": "11", "q_clear": "7"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Choose a number from 0 to 10, or leave it blank"))
            #expect(bad.text.contains("We ran ten minutes over."))
            #expect(bad.text.contains(#"id="q_clear-7" name="q_clear" type="radio" value="7" checked"#))
            #expect(bad.text.contains(##"href="#q_cared""##))
            let empty = try await lead.post(x.path, ["went_well": "  "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Write a few words or choose a number, then save"))
            #expect(try await Self.rows(app).isEmpty)
            #expect(try await ConcurrencyTests.audited(.staffReflectionSaved, on: app) == 0)
        }
    }
}

extension String {
    /// As the page writes text: ampersands and angle brackets escaped (apostrophes are not).
    fileprivate var htmlEscaped: String {
        replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
