import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// How the meeting felt, from the participants' own links (issue 14): asked only once the
/// meeting is over, never a restricted person; one answer each, changeable for a week; audited
/// without its content.
@Suite("How the meeting felt: participants' answers")
struct FeedbackTests {
    struct Closed {
        var lead: TestBrowser
        var path: String
        var meeting: Meeting
        /// From the email sent at closing.
        var amiraLink: String
        var agencyLink: String
        /// Handed over in person: students have no email.
        var zoeLink: String
    }

    /// Zoë's meeting with Amira (Arabic), Zoë, a therapist and Karim, whose contact restriction
    /// came after he was invited; run and closed.
    static func closed(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures,
        before: ((String, TestBrowser) async throws -> Void)? = nil
    ) async throws -> Closed {
        let (lead, path, amira) = try await MeetingRunTests.shared(app, people, s)
        let meeting = try #require(try await Meeting.query(on: app.db).first())
        let agency = AgencyContact()
        agency.$school.id = people.oakPrimary.id!
        agency.agency = "Children's therapy service"
        agency.name = "Nadia Therapist"
        agency.email = "nadia@agency.example"
        try await agency.create(on: app.db)
        try await Meetings.participant(meeting.id!, .agency, role: "Speech therapist") {
            $0.$agencyContact.id = agency.id
        }.create(on: app.db)
        try await Meetings.participant(meeting.id!, .family, role: "Father") {
            $0.$familyMember.id = s.restrictedFather.id
        }.create(on: app.db)
        try await before?(amira, lead)
        try await lead.submit(path + "/run/start", [:], from: path + "/run")
        let closed = try await lead.close(path)
        #expect(closed.status == .seeOther)
        let zoe = try #require(
            try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meeting.id!)
                .filter(\.$kind == .student).first())
        let token = try await Sharing.issueLink(for: zoe, expires: Date().addingTimeInterval(30 * 86_400), on: app.db)
        return Closed(
            lead: lead, path: path, meeting: meeting, amiraLink: try await link(to: "amira@mail.example", app),
            agencyLink: try await link(to: "nadia@agency.example", app),
            zoeLink: SiteRoute.participant(token: token, .page()).path)
    }

    /// The personal page of the newest feedback email to an address.
    static func link(to email: String, _ app: Application) async throws -> String {
        let messages = try await OutboxMessage.query(on: app.db).filter(\.$toEmail == email)
            .sort(\.$createdAt, .descending).all()
        let message = try #require(messages.first { $0.body.contains("/feedback") })
        let range = try #require(message.body.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
        return String(message.body[range])
    }

    static func answers(_ app: Application) async throws -> [FeedbackAnswer] {
        try await FeedbackAnswer.query(on: app.db).all()
    }

    @Test(
        "Asked only once the meeting is closed, by a neutral email in their language; never the restricted father",
        arguments: TestDatabase.all)
    func askedAfterClose(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let arabic = Localizer("ar")
            let c = try await Self.closed(app, people, s) { amiraLink, _ in
                // Before the meeting is over: no invitation on the page, the questions are not found.
                let amira = TestBrowser(app)
                let page = try await amira.get(amiraLink)
                #expect(page.status == .ok)
                #expect(!page.text.contains(arabic(.feedbackInviteLink)))
                #expect(try await amira.get(amiraLink + "/feedback").status == .notFound)
                try await amira.get(amiraLink)
                #expect(try await amira.post(amiraLink + "/feedback", ["q_cared": "7"]).status == .notFound)
                #expect(try await Self.answers(app).isEmpty)
            }
            // One email each to Amira (Arabic) and the therapist (English), none to Karim, and
            // nothing about the child or the meeting in them.
            let asked = try await OutboxMessage.query(on: app.db).all().filter { $0.body.contains("/feedback") }
            #expect(Set(asked.map(\.toEmail)) == ["amira@mail.example", "nadia@agency.example"])
            #expect(asked.count == 2)
            let toAmira = try #require(asked.first { $0.toEmail == "amira@mail.example" })
            #expect(toAmira.subject.hasPrefix("سؤال من") && toAmira.subject.contains("Oak Primary"))
            #expect(asked.first { $0.toEmail == "nadia@agency.example" }?.subject == "A question from Oak Primary")
            for message in asked {
                for secret in ["Zoë", "lunch", "Lunch", "Wellbeing", "behaviour"] {
                    #expect(!message.body.contains(secret) && !message.subject.contains(secret), "\(secret)")
                }
            }
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "karim@mail.example").count() == 0)

            // Now the page invites them, and the questions open in their language.
            let amira = TestBrowser(app)
            let page = try await amira.get(c.amiraLink)
            #expect(page.text.contains(arabic(.feedbackInvite)))
            #expect(page.text.contains(arabic(.feedbackInviteLink)))
            let questions = try await amira.get(c.amiraLink + "/feedback")
            #expect(questions.status == .ok)
            #expect(questions.text.contains(#"dir="rtl""#))
            #expect(questions.text.contains(arabic(.feedbackListened)))
            #expect(questions.text.contains(arabic(.feedbackWho)))
            #expect(questions.text.contains(#"name="q_equal_partner" type="radio" value="10""#))
            #expect(questions.body.readableBytes < 60_000)
            // The therapist is asked too; the lead (staff) has no link to be asked by.
            #expect(try await TestBrowser(app).get(c.agencyLink + "/feedback").status == .ok)

            // A restriction set now closes the questions at once.
            let member = try #require(try await FamilyMember.find(s.mother.id!, on: app.db))
            member.restriction = "No contact: court order."
            try await member.save(on: app.db)
            #expect(try await TestBrowser(app).get(c.amiraLink + "/feedback").status == .notFound)
        }
    }

    @Test(
        "One answer each: bad input kept, a double press writes once, changeable for 7 days and not after, audited without content",
        arguments: TestDatabase.all)
    func answerAndChange(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let t = Localizer("ar")
            let start = Date().addingTimeInterval(60)
            app.roundtable.setClock { start }
            let post = c.amiraLink + "/feedback"
            let amira = TestBrowser(app)

            // Nothing chosen: the form comes back with what was typed and a message.
            try await amira.get(post)
            let empty = try await amira.post(post, ["better": "   "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains(t(.feedbackEmpty)))
            let off = try await amira.post(post, ["q_cared": "12", "q_clear": "7", "better": "أقصر من فضلكم"])
            #expect(off.status == .unprocessableEntity)
            #expect(off.text.contains(t(.feedbackChooseAgain)))
            #expect(off.text.contains(#"id="q_clear-7" name="q_clear" type="radio" value="7" checked"#))
            #expect(off.text.contains("أقصر من فضلكم"))
            #expect(try await Self.answers(app).isEmpty)

            let fields = ["q_cared": "4", "q_listened": "9", "better": "A shorter meeting, please."]
            let saved = try await amira.post(post, fields)
            #expect(saved.status == .seeOther)
            let thanks = try await amira.get(try #require(saved.location))
            let until = t.day(start.addingTimeInterval(7 * 86_400), timeZone: app.roundtable.configuration.timeZone)
            #expect(thanks.text.contains(t(.feedbackSaved, ["date": until])))
            #expect(thanks.text.contains(#"id="q_cared-4" name="q_cared" type="radio" value="4" checked"#))
            var answer = try #require(try await Self.answers(app).first)
            #expect(answer.scale == .zeroToTen && answer.cared == 4 && answer.listened == 9 && answer.clear == nil)
            #expect(answer.better == "A shorter meeting, please." && !answer.totalsOnly && answer.saves == 1)

            // The same answer again (a double press): nothing written.
            #expect(try await amira.post(post, fields).status == .seeOther)
            try await amira.get(post)
            #expect(try await Self.answers(app).first?.saves == 1)

            // Six days later they think again, and count only in the school's totals.
            app.roundtable.setClock { start.addingTimeInterval(6 * 86_400) }
            try await amira.get(post)
            let changed = try await amira.post(
                post, ["q_cared": "6", "q_listened": "9", "totals_only": "true"])
            #expect(changed.status == .seeOther)
            answer = try #require(try await Self.answers(app).first)
            #expect(answer.cared == 6 && answer.better == nil && answer.totalsOnly && answer.saves == 2)
            #expect(try await Self.answers(app).count == 1)

            // After seven days: the page says the week is over, and nothing changes.
            app.roundtable.setClock { start.addingTimeInterval(7 * 86_400 + 60) }
            let late = try await amira.get(post)
            #expect(late.text.contains(t(.feedbackLocked)))
            #expect(!late.text.contains(#"name="q_cared""#))
            #expect(try await amira.post(post, ["q_cared": "0"]).status == .seeOther)
            #expect(try await Self.answers(app).first?.cared == 6)
            #expect(!(try await amira.get(c.amiraLink)).text.contains(t(.feedbackChangeLink)))

            // The log says that an answer came, and that it changed: never what it said.
            #expect(try await ConcurrencyTests.audited(.feedbackGiven, on: app) == 1)
            #expect(try await ConcurrencyTests.audited(.feedbackChanged, on: app) == 1)
            let lines = try await AuditEvent.query(on: app.db)
                .filter(\.$action ~~ [AuditAction.feedbackGiven.rawValue, AuditAction.feedbackChanged.rawValue]).all()
            for line in lines {
                #expect(!(line.summary ?? "").contains("shorter") && !(line.summary ?? "").contains("4"))
            }
        }
    }

    @Test("Ten first answers at once, over real sockets: one row, one audit line", arguments: TestDatabase.all)
    func parallel(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let amira = TestBrowser(app)
            try await amira.get(c.amiraLink + "/feedback")
            let token = try #require(amira.csrfToken)
            let cookies = ConcurrencyTests.cookieHeader(amira)
            let post = c.amiraLink + "/feedback"
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(10) { _ in
                    try await server.send(
                        .POST, post, headers: cookies,
                        form: ["q_cared": "8", "q_kept": "7", "_csrf": token])
                }
                #expect(answers.allSatisfy { $0.status == .seeOther }, "\(answers.map(\.status.code))")
            }
            let rows = try await Self.answers(app)
            #expect(rows.count == 1 && rows.first?.saves == 1 && rows.first?.cared == 8)
            #expect(try await ConcurrencyTests.audited(.feedbackGiven, on: app) == 1)
            #expect(try await ConcurrencyTests.audited(.feedbackChanged, on: app) == 0)
        }
    }

    @Test(
        "The student answers with faces, in child words; questions for adults are not taken",
        arguments: TestDatabase.all)
    func student(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let t = Localizer("en")
            let zoe = TestBrowser(app)
            let page = try await zoe.get(c.zoeLink)
            #expect(page.text.contains(t(.feedbackChildInvite)))
            let questions = try await zoe.get(c.zoeLink + "/feedback")
            #expect(questions.text.contains(t(.feedbackChildTitle)))
            #expect(questions.text.contains(t(.feedbackChildListened)))
            #expect(questions.text.contains(#"class="face__input" id="q_listened-1""#))
            #expect(!questions.text.contains(t(.feedbackEqualPartner)))
            let saved = try await zoe.post(
                c.zoeLink + "/feedback", ["q_listened": "2", "q_clear": "5", "q_kept": "1", "better": "More breaks"])
            #expect(saved.status == .seeOther)
            let answer = try #require(try await Self.answers(app).first)
            #expect(answer.scale == .faces && answer.listened == 2 && answer.clear == 5 && answer.kept == nil)
            // A face off the scale is refused.
            try await zoe.get(c.zoeLink + "/feedback")
            #expect(try await zoe.post(c.zoeLink + "/feedback", ["q_listened": "0"]).status == .unprocessableEntity)
        }
    }
}
