import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The meeting page says how each person was reached, never more than happened; a link can be
/// handed over another way (never to a restricted person); and "Remind them" sends once.
@Suite("Delivery states, handing a link over, and reminding who has not replied")
struct DeliveryTests {
    static func mother(_ app: Application, _ s: StudentFixtures) async throws -> MeetingParticipant {
        try #require(
            try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).first())
    }

    static func link(in text: String) -> String? {
        text.range(of: #"/p/[A-Za-z0-9_-]{20,}"#, options: .regularExpression).map { String(text[$0]) }
    }

    @Test(
        "With no mail server the page says nothing can be sent, and each person's state",
        arguments: TestDatabase.all)
    func honestWithoutMail(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            // The task list says someone has not replied; how each was reached is on its page.
            let tasks = try await lead.get(path)
            #expect(tasks.text.contains("have not replied") || tasks.text.contains("has not replied"))
            #expect(tasks.text.contains("Needs attention"))
            let page = try await lead.get(path + "/people")
            #expect(page.status == .ok)
            #expect(page.text.contains("Nothing can be sent by email."))
            #expect(page.text.contains("Not sent: no mail server"))
            #expect(page.text.contains("No email address"), "the student has none")
            #expect(page.text.contains("Not replied yet:"))
            #expect(page.text.contains("Copy their link"))
            #expect(page.text.contains("Print a letter"))
            #expect(!page.text.contains("on their way"))
            let message = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
            #expect(message.participantID == (try await Self.mother(app, s)).id)
        }
    }

    @Test(
        "Handing over makes a new link, stops the old one, withdraws the email and is audited; once per press",
        arguments: TestDatabase.all)
    func handOver(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, oldLink) = try await MeetingRunTests.shared(app, people, s)
            let mother = try await Self.mother(app, s)
            let handed = try await lead.submit(
                path + "/participants/\(mother.id!)/hand-over", ["way": "copy", "count": "0"], from: path)
            #expect(handed.status == .ok)
            let newLink = try #require(Self.link(in: handed.text))
            #expect(newLink != oldLink)
            #expect(handed.text.contains("the email waiting for them will not be sent"))
            #expect(try await TestBrowser(app).get(newLink).status == .ok)
            #expect(try await TestBrowser(app).get(oldLink).status != .ok, "the old link stopped")
            let message = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
            #expect(message.status == .withdrawn)
            #expect(try await ConcurrencyTests.audited(.linkHandedOver, on: app) == 1)
            let page = try await lead.get(path + "/people")
            #expect(page.text.contains("Link handed over"))

            // The same form pressed again makes nothing.
            let again = try await lead.post(
                path + "/participants/\(mother.id!)/hand-over", ["way": "copy", "count": "0"])
            #expect(again.status == .conflict)
            #expect(Self.link(in: again.text) == nil)

            // A letter, in her language, from the page as it is now.
            let letter = try await lead.submit(
                path + "/participants/\(mother.id!)/hand-over", ["way": "letter", "count": "1"], from: path)
            #expect(letter.status == .ok)
            #expect(letter.text.contains(#"lang="ar""#))
            #expect(letter.text.contains(Localizer("ar")(.letterPrivate)))
            let letterLink = try #require(Self.link(in: letter.text))
            #expect(try await TestBrowser(app).get(letterLink).status == .ok)
            #expect(try await TestBrowser(app).get(newLink).status != .ok)
            #expect(!letter.text.contains("Zoë"), "nothing about the child in a letter")
        }
    }

    @Test("Eight presses at once make one link", arguments: TestDatabase.all)
    func parallelHandOver(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let mother = try await Self.mother(app, s)
            _ = try await lead.get(path)
            let token = try #require(lead.csrfToken)
            let cookies = ConcurrencyTests.cookieHeader(lead)
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(8) { _ in
                    try await server.send(
                        .POST, path + "/participants/\(mother.id!)/hand-over", headers: cookies,
                        form: ["_csrf": token, "way": "copy", "count": "0"])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.filter { $0.status == .ok }.count == 1, "\(answers.map(\.status.code))")
            }
            let handedLinks = try await ParticipantLink.query(on: app.db).filter(\.$participant.$id == mother.id!)
                .filter(\.$handed == true).count()
            #expect(handedLinks == 1)
            #expect(try await ConcurrencyTests.audited(.linkHandedOver, on: app) == 1)
        }
    }

    @Test(
        "Never for a restricted person: not offered, and a direct POST is refused with nothing made",
        arguments: TestDatabase.all)
    func restricted(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let mother = try await Self.mother(app, s)
            let member = try #require(try await FamilyMember.find(s.mother.id!, on: app.db))
            member.restriction = "No contact: court order."
            try await member.save(on: app.db)
            let linksBefore = try await ParticipantLink.query(on: app.db).count()
            let page = try await lead.get(path + "/people")
            #expect(page.text.contains("Not contacted"))
            #expect(!page.text.contains("/participants/\(mother.id!)/hand-over"))
            for way in ["copy", "letter"] {
                let refused = try await lead.post(
                    path + "/participants/\(mother.id!)/hand-over", ["way": way, "count": "0"])
                #expect(refused.status == .conflict)
                #expect(refused.text.contains("has a contact restriction"))
                #expect(Self.link(in: refused.text) == nil)
                _ = try await lead.get(path)
            }
            #expect(try await ParticipantLink.query(on: app.db).count() == linksBefore)
            #expect(try await ConcurrencyTests.audited(.linkHandedOver, on: app) == 0)
            // Another member of staff, who may not change the meeting, is not even told it exists.
            let other = TestBrowser(app)
            try await other.signIn(people.secondaryStaff)
            let response = try await other.submit(
                path + "/participants/\(mother.id!)/hand-over", ["way": "copy", "count": "0"], from: "/")
            #expect(response.status == .notFound)
        }
    }

    @Test(
        "Remind them: a neutral email once, however often pressed; a message to copy without email",
        arguments: TestDatabase.all)
    func remind(database: TestDatabase) async throws {
        try await withRoundtable(
            database, environment: ["SMTP_URL": "smtp://localhost:25?tls=none", "SMTP_FROM": "office@oak.example"]
        ) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let page = try await lead.get(path + "/people")
            #expect(page.text.contains("Remind them"))
            #expect(!page.text.contains("Nothing can be sent by email."))
            let token = try #require(lead.csrfToken)
            let cookies = ConcurrencyTests.cookieHeader(lead)
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(4) { _ in
                    try await server.send(.POST, path + "/reminders", headers: cookies, form: ["_csrf": token])
                }
                #expect(answers.allSatisfy { $0.status == .ok }, "\(answers.map(\.status.code))")
                #expect(answers.filter { $0.text.contains("A short reminder email is on its way to") }.count == 1)
            }
            let subject = Localizer("ar")(.reminderSubject, ["school": "Oak Primary"])
            let reminders = try await OutboxMessage.query(on: app.db).filter(\.$subject == subject).all()
            #expect(reminders.count == 1, "one email to the mother, whatever the presses")
            let reminder = try #require(reminders.first)
            #expect(reminder.toEmail == "amira@mail.example")
            #expect(!reminder.body.contains("Zoë") && !reminder.body.contains("lunchtime"))
            #expect(reminder.body.contains(Localizer("ar")(.nudgeReply, ["school": "Oak Primary"])))
            _ = try await lead.get(path)
            let again = try await lead.post(path + "/reminders")
            #expect(again.text.contains("nothing more was sent"))
            #expect(again.text.contains("Send these yourself"), "the student has no email")
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$subject == subject).count() == 1)
        }
    }

    @Test("Without a mail server, reminding gives messages to copy and queues nothing", arguments: TestDatabase.all)
    func remindWithoutMail(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let before = try await OutboxMessage.query(on: app.db).count()
            let result = try await lead.submit(path + "/reminders", [:], from: path)
            #expect(result.status == .ok)
            #expect(result.text.contains("Send these yourself"))
            #expect(result.text.contains(#"lang="ar""#))
            #expect(!result.text.contains("on its way"))
            #expect(try await OutboxMessage.query(on: app.db).count() == before)
        }
    }
}
