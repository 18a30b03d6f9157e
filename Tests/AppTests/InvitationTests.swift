import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Inviting: the composer, sharing, links, the outbox and changes")
struct InvitationTests {
    /// A meeting for Zoë ready to share: a date, a room, and an English invitation.
    static func ready(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures
    ) async throws -> (TestBrowser, String) {
        let teacher = TestBrowser(app)
        try await teacher.signIn(people.primaryStaff)
        let path = try await MeetingTests.start(teacher, student: s.zoe)
        try await teacher.submit(
            path + "/plan",
            [
                "purpose": "To talk about some difficult lunchtimes and agree how to help Zoë.",
                "requested_by": "school",
                "urgency": "soon", "format": "in_person", "date": "2031-03-04", "start_time": "15:30",
                "length_minutes": "40",
            ])
        let room = try await MeetingTests.room(in: people.oakPrimary, on: app.db)
        try await teacher.submit(path + "/space", ["space": room.id!.uuidString], from: path + "/space")
        return (teacher, path)
    }

    @Test(
        "The composer starts from the plan, reads it as a parent would, and tracks translations",
        arguments: TestDatabase.all)
    func composer(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await Self.ready(app, people, s)
            let draft = try await teacher.get(path + "/invitation")
            #expect(draft.text.contains("A first draft, written from the plan."))
            #expect(draft.text.contains("for about 40 minutes"))
            // A greeting, a strength for the lead to write in, and a sign-off.
            #expect(draft.text.contains("Dear family,"))
            #expect(draft.text.contains("such as [write one thing Zoë does well]."))
            #expect(draft.text.contains("Best wishes,"))
            #expect(draft.text.contains("Replace the words in square brackets"))
            // Amira reads Arabic and no Arabic text exists yet.
            #expect(draft.text.contains("Amira Ångström reads Arabic. Until that text is written"))

            let vague = try await teacher.post(
                path + "/invitation?language=en", ["body": "We would like to discuss progress. Please come in."])
            #expect(vague.location == path + "/invitation?language=en&notice=invitation-saved")
            let checked = try await teacher.get(vague.location!)
            #expect(checked.text.contains("The purpose is vague."))
            #expect(checked.text.contains("Say how long the meeting will last"))

            // Zoë is in every letter about her: her name does not say who the family will meet.
            let named = try await teacher.post(
                path + "/invitation?language=en", ["body": "We would like to talk with you about how Zoë is doing."])
            let unsaid = try await teacher.get(named.location!)
            #expect(unsaid.text.contains("Say who will be there"))
            #expect(unsaid.text.contains("Say who the letter is from"))

            try await teacher.post(path + "/invitation?language=ar", ["body": "نود أن نلتقي بكم يوم الثلاثاء."])
            let arabic = try await teacher.get(path + "/invitation?language=ar")
            #expect(arabic.text.contains("Roundtable checks the wording of English text."))
            #expect(!arabic.text.contains("Until that text is written"))
            // A language nobody in the meeting reads is not offered.
            #expect(try await teacher.post(path + "/invitation?language=fr", ["body": "Bonjour"]).status == .notFound)
        }
    }

    @Test(
        "Sharing sends neutral emails with calendar files and personal links; restricted people get nothing",
        arguments: TestDatabase.all)
    func share(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let early = try await MeetingTests.start(teacher, student: s.zoe)
            let refused = try await teacher.submit(early + "/share", [:], from: early + "/share")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Set the date and time."))
            #expect(refused.text.contains("Write the invitation."))

            let (_, path) = try await Self.ready(app, people, s)
            try await teacher.submit(
                path + "/invitation?language=en",
                ["body": "We are worried about some difficult lunchtimes and want to plan together how to help Zoë."],
                from: path + "/invitation")
            let shared = try await teacher.submit(path + "/share", [:], from: path + "/share")
            #expect(shared.status == .ok)
            #expect(shared.text.contains("Links to pass on yourself"))
            // No mail server in tests: the page says the invitations wait, never that they went.
            #expect(shared.text.contains("Nothing has been sent"))
            #expect(!shared.text.contains("on their way"))
            #expect(shared.text.contains("Zoë Ångström"))
            let meeting = try #require(try await Meeting.query(on: app.db).sort(\.$createdAt, .descending).first())
            #expect(meeting.state == .shared)

            let messages = try await OutboxMessage.query(on: app.db).all()
            #expect(Set(messages.map(\.toEmail)) == ["amira@mail.example", people.primaryStaff.email])
            for message in messages {
                // Amira reads Arabic; staff read English.
                #expect(
                    message.subject
                        == (message.toEmail == "amira@mail.example"
                            ? "دعوة من Oak Primary" : "An invitation from Oak Primary"))
                #expect(!message.body.contains("lunchtimes"))
                #expect(!message.body.contains("Zoë"))
                let calendar = try #require(message.calendar)
                #expect(calendar.contains("METHOD:REQUEST\r\n"))
                #expect(calendar.contains("UID:meeting-\(meeting.id!.uuidString.lowercased())@roundtable"))
                #expect(calendar.contains("SEQUENCE:0\r\n"))
                #expect(calendar.contains("SUMMARY:Meeting at Oak Primary\r\n"))
                // Unfolded, with the personal link left out (random letters once spelled "Zo").
                let readable = calendar.replacingOccurrences(of: "\r\n ", with: "")
                    .replacingOccurrences(of: #"/p/[A-Za-z0-9_-]+"#, with: "/p/LINK", options: .regularExpression)
                #expect(!readable.contains("Zo"))
            }
            // Only hashes are stored; the family's link opens their page, with the invitation.
            let family = try #require(messages.first { $0.toEmail == "amira@mail.example" })
            let token = try #require(family.body.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
            let pagePath = String(family.body[token])
            let links = try await ParticipantLink.query(on: app.db).all()
            #expect(!links.contains { pagePath.contains($0.tokenHash) })
            let visitor = TestBrowser(app)
            let page = try await visitor.get(pagePath)
            #expect(page.status == .ok)
            // Amira reads Arabic: the page speaks Arabic, right to left; the school's English text
            // is shown as written, since no Arabic one exists.
            #expect(page.text.contains(#"<html lang="ar" dir="rtl">"#))
            #expect(page.text.contains("عزيزي/عزيزتي Amira Ångström،"))
            #expect(page.headers.first(name: "Referrer-Policy") == "no-referrer")
            #expect(page.text.contains("difficult lunchtimes"))
            #expect(!page.text.contains("Karim"))
            #expect(try await visitor.get("/p/not-a-real-link-at-all-no").status == .notFound)
            // Stopping Amira's links closes her page.
            let amira = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!)
                    .filter(\.$meeting.$id == meeting.id!).first())
            try await teacher.submit(path + "/participants/\(amira.id!)/stop", [:], from: path)
            #expect(try await visitor.get(pagePath).status == .notFound)
            #expect(try await teacher.get(path + "/share").text.contains("The meeting is shared"))

            // The outbox: leaders read it, staff do not.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let outbox = try await leader.get("/outbox")
            #expect(outbox.text.contains("Waiting: no mail server"))
            #expect(outbox.text.contains("amira@mail.example"))
            #expect(try await teacher.get("/outbox").status == .notFound)
        }
    }

    @Test("After sharing, a new time or agenda item reaches everyone as a change", arguments: TestDatabase.all)
    func changes(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await Self.ready(app, people, s)
            try await teacher.submit(
                path + "/invitation?language=en", ["body": "We are worried about lunchtimes."],
                from: path + "/invitation")
            try await teacher.submit(path + "/share", [:], from: path + "/share")
            try await teacher.submit(
                path + "/plan",
                [
                    "purpose": "To talk about some difficult lunchtimes and agree how to help Zoë.",
                    "requested_by": "school", "urgency": "soon", "format": "in_person", "date": "2031-03-05",
                    "start_time": "15:30", "length_minutes": "40",
                ])
            // Changes wait to be told together, until the lead sends them (or 15 quiet minutes pass).
            #expect(try await OutboxMessage.query(on: app.db).count() == 2)
            try await teacher.submit(path + "/changes/tell", [:], from: path)
            let updates = try await OutboxMessage.query(on: app.db)
                .filter(
                    \.$subject ~~ ["A change to your meeting with Oak Primary", "تغيير في اجتماعكم مع Oak Primary"]
                ).all()
            #expect(updates.count == 2)
            #expect(updates.allSatisfy { $0.calendar?.contains("SEQUENCE:1\r\n") == true })
            try await teacher.submit(path + "/agenda", ["title": "Lunchtime clubs", "minutes": "5"], from: path)
            let item = try #require(
                try await AgendaItem.query(on: app.db).filter(\.$title == "Lunchtime clubs").first())
            #expect(item.addedAfterShare)
            try await teacher.submit(path + "/changes/tell", [:], from: path)
            #expect(try await OutboxMessage.query(on: app.db).count() == 6)
            #expect(try await Meeting.query(on: app.db).first()?.calendarSequence == 2)

            // Cancelling tells everyone, and takes the event out of their calendars.
            try await teacher.submit(path + "/cancel", [:], from: path + "/cancel")
            let cancellations = try await OutboxMessage.query(on: app.db)
                .filter(\.$subject ~~ ["Your meeting with Oak Primary is cancelled", "أُلغي اجتماعكم مع Oak Primary"])
                .all()
            #expect(cancellations.count == 2)
            #expect(cancellations.allSatisfy { $0.calendar?.contains("METHOD:CANCEL\r\n") == true })
            #expect(cancellations.allSatisfy { $0.calendar?.contains("SEQUENCE:3\r\n") == true })
            let family = try #require(cancellations.first { $0.toEmail == "amira@mail.example" })
            let token = try #require(family.body.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
            #expect(
                try await TestBrowser(app).get(String(family.body[token])).text.contains("تم إلغاء هذا الاجتماع."))
            #expect(try await teacher.get(path).text.contains("This meeting is cancelled."))
        }
    }

    @Test("A long subject in Arabic becomes several short encoded words that decode to the same text")
    func longHeaders() throws {
        let subject = "تغيير في اجتماعكم مع Larkfield Community School"
        let encoded = MailMessage.encodeHeader(subject)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?utf-8?B?") && $0.hasSuffix("?=") })
        let decoded = try words.map { word in
            let base64 = String(word.dropFirst("=?utf-8?B?".count).dropLast(2))
            return try #require(Data(base64Encoded: base64))
        }.reduce(Data(), +)
        #expect(String(decoding: decoded, as: UTF8.self) == subject)
        #expect(MailMessage.encodeHeader("Oak Primary") == "Oak Primary")
    }

    @Test("An email is plain text with the calendar file attached, headers encoded")
    func rendering() throws {
        let message = OutboxMessage()
        message.id = UUID()
        message.toEmail = "amira@mail.example"
        message.toName = "Amira Ångström"
        message.subject = "An invitation from Oak Primary"
        message.body = "Dear Amira,\n\nhttps://school.example/p/abcdefghijklmnopqrstuvwxyz123"
        message.calendar = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
        let text = MailMessage.render(
            message, from: EmailAddress("meetings@oak.example")!, fromName: "Oak Primary",
            date: Date(timeIntervalSince1970: 0))
        #expect(text.contains("To: =?utf-8?B?"))
        #expect(text.contains("Subject: An invitation from Oak Primary\r\n"))
        #expect(text.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"))
        #expect(text.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000"))
        #expect(MailMessage.redactLinks(message.body).hasSuffix("/p/[sent]"))
    }

    @Test(
        "A private calendar feed lists shared meetings neutrally, and stops when replaced or revoked",
        arguments: TestDatabase.all)
    func calendarFeed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await Self.ready(app, people, s)
            try await teacher.submit(
                path + "/invitation?language=en", ["body": "We are worried about lunchtimes."],
                from: path + "/invitation")
            try await teacher.submit(path + "/share", [:], from: path + "/share")
            let made = try await teacher.submit("/calendar-feed", [:])
            let range = try #require(
                made.text.range(of: #"/calendar/[A-Za-z0-9_-]+\.ics"#, options: .regularExpression))
            let feedPath = String(made.text[range])
            let feed = try await TestBrowser(app).get(feedPath)
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.subType == "calendar")
            #expect(feed.text.contains("METHOD:PUBLISH"))
            #expect(feed.text.contains("SUMMARY:Meeting at Oak Primary"))
            #expect(!feed.text.contains("Zo"))
            #expect(!feed.text.contains("lunchtime"))
            // A new address ends the old one; revoking ends them all.
            try await teacher.submit("/calendar-feed", [:])
            #expect(try await TestBrowser(app).get(feedPath).status == .notFound)
            try await teacher.submit("/calendar-feed/revoke", [:], from: "/calendar-feed")
            #expect(try await CalendarFeed.query(on: app.db).filter(\.$revokedAt == nil).count() == 0)
        }
    }
}
