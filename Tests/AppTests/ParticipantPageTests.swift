import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("A participant's page, from their link")
struct ParticipantPageTests {
    /// Shares Zoë's meeting and returns Amira's page address (from her email).
    static func amirasPage(_ app: Application, _ people: Fixtures, _ s: StudentFixtures) async throws -> String {
        let (teacher, path) = try await InvitationTests.ready(app, people, s)
        try await teacher.submit(
            path + "/invitation?language=en", ["body": "We are worried about lunchtimes."], from: path + "/invitation")
        try await teacher.submit(
            path + "/invitation?language=ar", ["body": "نحن قلقون بشأن وقت الغداء."], from: path + "/invitation")
        try await teacher.submit(path + "/share", [:], from: path + "/share")
        let message = try #require(
            try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
        let range = try #require(message.body.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
        return String(message.body[range])
    }

    @Test(
        "Opening the page is audited once a visit: reloads and opens at the same moment write once, a later visit again",
        arguments: TestDatabase.all)
    func visitsAudited(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let start = Date(timeIntervalSince1970: 1_900_000_000)
            app.roundtable.setClock { start }
            func opened() async throws -> Int {
                try await AuditEvent.query(on: app.db)
                    .filter(\.$action == AuditAction.participantPageOpened.rawValue).count()
            }
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(8) { _ in try await server.send(.GET, page) }
                #expect(answers.allSatisfy { $0.status == .ok })
            }
            #expect(try await opened() == 1)
            // A reload a few minutes later, in another language, is the same visit; the choice is kept.
            app.roundtable.setClock { start.addingTimeInterval(5 * 60) }
            let parent = TestBrowser(app)
            #expect(try await parent.get(page + "?language=fr").text.contains(#"lang="fr""#))
            #expect(try await opened() == 1)
            #expect(try await parent.get(page).text.contains(#"lang="fr""#))
            app.roundtable.setClock { start.addingTimeInterval(20 * 60) }
            _ = try await parent.get(page)
            #expect(try await opened() == 2)
        }
    }

    @Test(
        "The page speaks the person's language, remembers a switch, and marks uncatalogued text",
        arguments: TestDatabase.all)
    func languages(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let visitor = TestBrowser(app)
            let arabic = try await visitor.get(page)
            #expect(arabic.text.contains(#"dir="rtl""#))
            #expect(arabic.text.contains("نحن قلقون بشأن وقت الغداء."))
            #expect(arabic.text.contains("ما سنتحدث عنه"))
            // Switching to Spanish is remembered for this link.
            #expect(try await visitor.get(page + "?language=es").text.contains("De qué vamos a hablar"))
            let again = try await visitor.get(page)
            #expect(again.text.contains(#"<html lang="es" dir="ltr">"#))
            #expect(again.text.contains("We are worried about lunchtimes."))
            // In the pseudo-locale, every catalog string is marked: any English left unmarked
            // outside the school's own words would be a string that skips the catalog.
            let pseudo = try await visitor.get(page + "?language=qps")
            #expect(pseudo.text.contains("⟦Whát wé wíll tálk ábóút⟧"))
            for english in ["Who will be there", "Your reply", "Skip to main content", "Roundtable helps"] {
                #expect(!pseudo.text.contains(english), "\(english) is not in the catalog")
            }
        }
    }

    @Test(
        "A parent replies: another time with an interpreter; mistakes come back in their language",
        arguments: TestDatabase.all)
    func reply(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let visitor = TestBrowser(app)
            // What the school already knows is filled in to check: an Arabic interpreter.
            let first = try await visitor.get(page)
            #expect(first.text.contains(#"<option value="ar" selected>"#))
            let wrong = try await visitor.post(
                page, ["attendance": "other_time", "wants_interpreter": "yes", "note": "Thank you"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("أخبرونا بالأيام والأوقات المناسبة لكم"))
            #expect(wrong.text.contains("اختاروا لغة المترجم"))
            #expect(wrong.text.contains("Thank you"))
            let saved = try await visitor.post(
                page,
                [
                    "attendance": "other_time", "suitable_times": "Thursday after 4pm", "wants_interpreter": "yes",
                    "interpreter_language": "ar", "preferred_mode": "in_person", "note": "Thank you",
                ])
            #expect(saved.status == .seeOther)
            let reply = try #require(try await ParticipantReply.query(on: app.db).first())
            #expect(reply.attendance == .otherTime && reply.interpreterLanguage == "ar")
            #expect(reply.suitableTimes == "Thursday after 4pm")
            let after = try await visitor.get(saved.location!)
            #expect(after.text.contains("شكرًا لكم. تم حفظ ردكم."))
            #expect(after.text.contains("Thursday after 4pm"))
            // The lead sees it on the meeting page.
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let staffView = try await teacher.get("/meetings/\(meeting.id!)")
            #expect(staffView.text.contains("Needs another time"))
            #expect(staffView.text.contains("Times that suit: Thursday after 4pm"))
            #expect(staffView.text.contains("Asks for an interpreter: Arabic"))
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.participantReplied.rawValue))
            #expect(actions.contains(AuditAction.participantPageOpened.rawValue))
        }
    }

    @Test("A link that does not work gets a kind page in the browser's language, and nothing else")
    func gone() async throws {
        try await withRoundtable(.sqlite) { app in
            _ = try await Fixtures.make(on: app)
            var headers = HTTPHeaders()
            headers.add(name: .acceptLanguage, value: "fr-FR,fr;q=0.9,en;q=0.8")
            let response = try await app.testing().sendRequest(
                .GET, "/p/abcdefghijklmnopqrstuvwxyz0123456789", headers: headers)
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("Ce lien ne fonctionne plus"))
            #expect(response.headers.first(name: "Referrer-Policy") == "no-referrer")
        }
    }

    @Test(
        "A parent adds to the agenda and writes their thoughts; the student uses the child version",
        arguments: TestDatabase.all)
    func voices(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            try await parent.get(page)
            let empty = try await parent.post(page + "/agenda", ["topic": "  "])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("اكتبوا ما تودون الحديث عنه"))
            let added = try await parent.post(page + "/agenda", ["topic": "Homework at home"])
            #expect(added.status == .seeOther)
            let item = try #require(
                try await AgendaItem.query(on: app.db).filter(\.$title == "Homework at home").first())
            #expect(
                item.proposedBy == "Amira Ångström" && item.addedAfterShare && item.$proposedByParticipant.id != nil)
            let after = try await parent.get(added.location!)
            #expect(after.text.contains("من إضافة <bdi dir=\"auto\">Amira Ångström</bdi>"))
            try await parent.post(page + "/voice", ["worries": "Lunchtimes are noisy.", "hopes": "Calmer days."])
            let voice = try #require(try await ParticipantVoice.query(on: app.db).first())
            #expect(voice.worries == "Lunchtimes are noisy." && voice.goingWell == nil)

            // Zoë's own link (handed to staff at sharing) opens the child version.
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let zoe = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$kind == .student).first())
            let made = try await teacher.submit(
                "/meetings/\(meeting.id!)/participants/\(zoe.id!)/link", [:], from: "/meetings/\(meeting.id!)")
            let range = try #require(made.text.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
            // The page says what happened, and only that: one new link to hand over, nothing sent.
            #expect(made.text.contains("A new link for"))
            #expect(made.text.contains("Any link they had before still works."))
            #expect(!made.text.contains("on their way"), "no email was sent")
            #expect(!made.text.contains("no email address"))
            #expect(!made.text.contains("in the outbox"))
            let child = TestBrowser(app)
            let childPage = try await child.get(String(made.text[range]))
            #expect(childPage.text.contains("How is school for you?"))
            // Why the meeting is happening, in a child's words for this kind of meeting.
            #expect(childPage.text.contains("Why are we meeting?"))
            #expect(childPage.text.contains(Localizer("en")(Phrase.childWhy(meeting.type))))
            #expect(!childPage.text.contains("Your reply"))
            try await child.post(String(made.text[range]) + "/voice", ["face": "2", "worries": "Lunch is loud"])
            let staffView = try await teacher.get("/meetings/\(meeting.id!)")
            #expect(staffView.text.contains("Lunchtimes are noisy."))
            #expect(staffView.text.contains("Lunch is loud"))
            #expect(staffView.text.contains("<dd>hard</dd>"))
            #expect(staffView.text.contains("Homework at home"))

            // The lead can give Zoë the standard page instead, and back again.
            let version = "/meetings/\(meeting.id!)/participants/\(zoe.id!)/page-version"
            try await teacher.submit(version, ["version": "standard"], from: "/meetings/\(meeting.id!)")
            let standard = try await child.get(String(made.text[range]))
            #expect(standard.text.contains("What is going well?"))
            #expect(!standard.text.contains("How is school for you?"))
            try await teacher.submit(version, ["version": ""], from: "/meetings/\(meeting.id!)")
            #expect(try await child.get(String(made.text[range])).text.contains("How is school for you?"))
        }
    }

    @Test("A leader gives the school's address and phone; every family's page shows them", arguments: TestDatabase.all)
    func schoolContact(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            #expect(!(try await TestBrowser(app).get(page).text.contains("school-contact")))
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            try await leader.get("/school-settings")
            let wrong = try await leader.post(
                "/school-settings", ["address": "1 Oak Lane\nOakton OK1 1AA", "phone": "ring the office"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Enter a phone number with digits, like 020 7946 0000"))
            #expect(wrong.text.contains("1 Oak Lane\nOakton OK1 1AA"), "the address typed comes back")
            #expect(wrong.text.contains(#"value="ring the office""#))
            try await leader.submit(
                "/school-settings", ["address": "  1 Oak Lane \n\n Oakton OK1 1AA", "phone": "+44 20 7946 0000"])
            let school = try #require(try await School.find(people.oakPrimary.id, on: app.db))
            #expect(school.address == "1 Oak Lane\nOakton OK1 1AA")
            #expect(school.phone == "+44 20 7946 0000")
            let family = try await TestBrowser(app).get(page + "?language=ar").text
            #expect(family.contains("كيف تتواصلون مع المدرسة"))
            #expect(family.contains("1 Oak Lane\nOakton OK1 1AA"))
            #expect(family.contains(#"href="tel:+442079460000""#))
            #expect(family.contains(#"<bdi dir="ltr">+44 20 7946 0000</bdi>"#))
        }
    }

    @Test(
        "With the school's code setting, a link shows nothing until the code from the email is given",
        arguments: TestDatabase.all)
    func emailCode(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            try await leader.submit(
                "/school-settings",
                ["head_of_year_sees_year_group": "true", "participant_code_required": "true"])
            #expect(try await School.query(on: app.db).filter(\.$participantCodeRequired == true).count() == 1)

            // Someone holding only the link sees no name, no purpose, and cannot send a reply.
            let stranger = TestBrowser(app)
            let first = try await stranger.get(page)
            #expect(first.status == .ok)
            #expect(first.text.contains("التحقق من هويتكم"))
            #expect(first.text.contains("a•••@mail.example"))
            for secret in ["Zoë", "lunchtimes", "الغداء", "Amira"] {
                #expect(!first.text.contains(secret), "\(secret) shown before the code")
            }
            let refused = try await stranger.post(page, ["attendance": "coming"])
            #expect(refused.status == .seeOther)
            #expect(try await ParticipantReply.query(on: app.db).count() == 0)

            // Asking twice in a minute sends one email.
            try await stranger.post(page + "/code")
            try await stranger.get(page)
            try await stranger.post(page + "/code")
            let emails = try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example")
                .filter(\.$calendar == nil).all()
            #expect(emails.count == 1)
            let email = try #require(emails.first)
            #expect(email.body.contains("رمزكم هو") && !email.body.contains("Zoë"))
            let codeRange = try #require(email.body.range(of: #"[0-9]{3} [0-9]{3}"#, options: .regularExpression))
            let code = String(email.body[codeRange])
            #expect(!MailMessage.redactLinks(email.body).contains(code))

            // A wrong code is refused in her language and kept on the page; the right one opens it.
            let wrongCode = code == "000 000" ? "111 111" : "000 000"
            try await stranger.get(page)
            let wrong = try await stranger.post(page + "/verify", ["code": wrongCode])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("هذا الرمز غير صحيح"))
            #expect(wrong.text.contains(#"value="\#(wrongCode)""#))
            let right = try await stranger.post(
                page + "/verify", ["code": code.replacingOccurrences(of: " ", with: "")])
            #expect(right.status == .seeOther)
            #expect(try await stranger.get(page).text.contains("Zoë"))
            #expect(try await stranger.post(page, ["attendance": "coming"]).status == .seeOther)
            #expect(try await ParticipantReply.query(on: app.db).count() == 1)
            // The code is used up, and another browser must ask for its own.
            let other = TestBrowser(app)
            #expect(!(try await other.get(page).text.contains("Zoë")))
            try await other.get(page)
            #expect(try await other.post(page + "/verify", ["code": code]).status == .unprocessableEntity)
        }
    }

    @Test("Five wrong codes use a code up", arguments: TestDatabase.all)
    func codeAttempts(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let school = try #require(try await School.query(on: app.db).first())
            school.participantCodeRequired = true
            try await school.save(on: app.db)
            let visitor = TestBrowser(app)
            try await visitor.get(page)
            try await visitor.post(page + "/code")
            let email = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example")
                    .filter(\.$calendar == nil).first())
            let codeRange = try #require(email.body.range(of: #"[0-9]{3} [0-9]{3}"#, options: .regularExpression))
            let code = String(email.body[codeRange])
            let wrongCode = code == "000 000" ? "111 111" : "000 000"
            for _ in 0..<ParticipantCode.maxAttempts {
                try await visitor.get(page)
                try await visitor.post(page + "/verify", ["code": wrongCode])
            }
            try await visitor.get(page)
            let late = try await visitor.post(page + "/verify", ["code": code])
            #expect(late.status == .unprocessableEntity)
            #expect(late.text.contains("اطلبوا رمزًا جديدًا"))
        }
    }

    @Test("The page says what changed since the person last looked", arguments: TestDatabase.all)
    func changesSinceLastLook(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            #expect(!(try await parent.get(page)).text.contains("منذ زيارتكم الأخيرة"))
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let path = "/meetings/\(meeting.id!)"
            try await teacher.submit(
                path + "/plan",
                [
                    "purpose": meeting.purpose, "requested_by": "school", "urgency": "soon", "format": "in_person",
                    "date": "2031-03-06", "start_time": "15:30", "length_minutes": "40",
                ])
            let again = try await parent.get(page)
            #expect(again.text.contains("منذ زيارتكم الأخيرة"))
            #expect(again.text.contains("تغيّر اليوم أو الوقت."))
            #expect(!again.text.contains("تغيّر المكان."))
            // Seen once, it is no longer new.
            #expect(!(try await parent.get(page)).text.contains("منذ زيارتكم الأخيرة"))
        }
    }

    @Test("A family asks for another meeting; staff answer or start planning it", arguments: TestDatabase.all)
    func requests(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            try await parent.get(page)
            let empty = try await parent.post(page + "/request", ["request_topic": "", "urgency": "soon"])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("أخبرونا عمّا تودون الحديث عنه"))
            let sent = try await parent.post(
                page + "/request",
                ["request_topic": "Her reading at home", "urgency": "soon", "request_suitable_times": "Fridays"])
            #expect(sent.status == .seeOther)
            #expect(try await parent.get(sent.location!).text.contains("تم إرسال طلبكم إلى المدرسة"))

            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            #expect(try await teacher.get("/meetings").text.contains("(1 waiting)"))
            let queue = try await teacher.get("/requests")
            #expect(queue.text.contains("Amira Ångström asks to meet about Zoë Ångström"))
            #expect(queue.text.contains("Her reading at home"))
            // Someone who cannot see Zoë does not see the request.
            let other = TestBrowser(app)
            try await other.signIn(s.headOfYear)
            #expect(!(try await other.get("/requests")).text.contains("Her reading at home"))

            let request = try #require(try await MeetingRequest.query(on: app.db).first())
            let accepted = try await teacher.post("/requests/\(request.id!)/accept")
            let location = try #require(accepted.location)
            let planned = try #require(
                try await Meeting.query(on: app.db).filter(\.$type == .familyRequest).first())
            #expect(location.hasPrefix("/meetings/\(planned.id!)"))
            #expect(planned.requestedBy == .family && planned.urgency == .soon)
            #expect(planned.purpose.contains("Her reading at home"))
            #expect(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == planned.id!)
                    .filter(\.$familyMember.$id == s.mother.id!).count() == 1)
            #expect(try await parent.get(page).text.contains("تقوم المدرسة بالتحضير لهذا الاجتماع"))

            // A second request is answered with a message instead.
            try await parent.get(page)
            try await parent.post(page + "/request", ["request_topic": "Swimming kit", "urgency": "routine"])
            let second = try #require(
                try await MeetingRequest.query(on: app.db).filter(\.$topic == "Swimming kit").first())
            try await teacher.get("/requests")
            // An empty answer, or one over the limit, comes back with the list, what was typed
            // in its own box and what to change; nothing is saved or cut.
            let blank = try await teacher.post("/requests/\(second.id!)/answer", ["answer": "  "])
            #expect(blank.status == .unprocessableEntity)
            #expect(blank.text.contains("Write the answer the family will read."))
            let long = String(repeating: "Please call. ", count: 80)
            let tooLong = try await teacher.post("/requests/\(second.id!)/answer", ["answer": long])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("Keep the answer to 1000 characters or fewer"))
            #expect(tooLong.text.contains(long.trimmingCharacters(in: .whitespaces)))
            #expect(try await MeetingRequest.find(second.id!, on: app.db)?.answer == nil)
            try await teacher.post(
                "/requests/\(second.id!)/answer", ["answer": "Please call the office; it is in lost property."])
            #expect(try await ConcurrencyTests.audited(.meetingRequestAnswered, on: app) == 1)
            #expect(try await parent.get(page).text.contains("Please call the office; it is in lost property."))
        }
    }

    @Test("The lead sees which replies are new since they last opened the meeting", arguments: TestDatabase.all)
    func newSinceLastLook(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await Self.amirasPage(app, people, s)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let path = "/meetings/\(meeting.id!)"
            try await teacher.get(path)
            // A moment later than the lead's look, as in life.
            try await Task.sleep(for: .milliseconds(1100))
            let parent = TestBrowser(app)
            try await parent.get(page)
            let replied = try await parent.post(
                page, ["attendance": "coming", "wants_interpreter": "yes", "interpreter_language": "ar"])
            #expect(replied.status == .seeOther)
            #expect(try await teacher.get(path).text.contains("New reply"))
            #expect(!(try await teacher.get(path)).text.contains("New reply"))
            // Coming back later, the parent reads first what they said, with a jump to change it.
            let later = try await parent.get(page + "?language=en").text
            let said = try #require(later.range(of: "Your reply: Yes, I will come, with an interpreter"))
            let agenda = try #require(later.range(of: #"id="agenda""#))
            #expect(said.lowerBound < agenda.lowerBound)
            // The form waits behind "Change your reply" (the page leads with what they said).
            #expect(later.contains(##"<details class="details"><summary>Change your reply</summary>"##))
        }
    }
}
