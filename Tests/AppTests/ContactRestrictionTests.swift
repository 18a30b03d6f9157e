import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("A contact restriction stops everything, from the moment it is set")
struct ContactRestrictionTests {
    /// A leader sets (or lifts) a restriction on Amira through her family page, as a person would.
    static func setRestriction(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures, _ text: String
    ) async throws {
        let leader = TestBrowser(app)
        try await leader.signIn(people.primaryLeader)
        let path = "/students/\(s.zoe.id!)/family/\(s.mother.id!)"
        let saved = try await leader.submit(
            path,
            [
                "email": "amira@mail.example", "phone": "07700 900123", "preferred_language": "ar",
                "needs_interpreter": "yes", "interpreter_language": "ar", "preferred_contact": "phone",
                "preferred_meeting_mode": "in_person", "restriction": text,
            ], from: path)
        #expect(saved.status == .seeOther, "the family form saves")
    }

    static func messages(to email: String, _ app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).filter(\.$toEmail == email).sort(\.$createdAt).all()
    }

    /// Every form a participant can send from their page, with fields that would be accepted.
    static let forms: [(path: String, fields: [String: String])] = [
        ("", ["attendance": "coming", "wants_interpreter": "no", "preferred_mode": "in_person"]),
        ("/agenda", ["topic": "Lunchtimes", "details": "Who she sits with"]),
        ("/voice", ["going_well": "She likes art", "worries": "Lunch"]),
        ("/request", ["topic": "Another meeting", "urgency": "soon"]),
        ("/code", [:]),
        ("/verify", ["code": "123 456"]),
        ("/summary", ["confirm": "1"]),
    ]

    @Test(
        "Set after sharing: links, forms, new links, every email kind and other pages all stop",
        arguments: TestDatabase.all)
    func afterSharing(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, amiraLink) = try await MeetingRunTests.shared(app, people, s)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let amira = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).first())
            let zoe = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$kind == .student).first())
            // Her page works before, and a trusted browser and a code wait for her.
            #expect(try await TestBrowser(app).get(amiraLink).text.contains("Zoë"))
            let trusted = TrustedBrowser()
            trusted.$participant.id = amira.id!
            trusted.tokenHash = TokenHash.of("trusted-cookie")
            trusted.expiresAt = Date().addingTimeInterval(86_400)
            try await trusted.create(on: app.db)
            let invitation = try #require(try await Self.messages(to: "amira@mail.example", app).first)
            #expect(invitation.status == .queued)

            try await Self.setRestriction(app, people, s, "No contact: court order from 2 March.")

            // Every link of hers stops, with no data: the kind page only.
            let opened = try await TestBrowser(app).get(amiraLink)
            #expect(opened.status == .notFound)
            #expect(opened.text.contains("هذا الرابط لم يعد يعمل") || opened.text.contains("This link no longer works"))
            for secret in ["Zoë", "Ångström", "lunchtimes", "Karim"] { #expect(!opened.text.contains(secret)) }
            #expect(
                try await ParticipantLink.query(on: app.db).filter(\.$participant.$id == amira.id!)
                    .filter(\.$revokedAt == nil).count() == 0)
            #expect(try await TrustedBrowser.query(on: app.db).filter(\.$participant.$id == amira.id!).count() == 0)
            // Each form from her page is refused, and nothing is stored.
            for form in Self.forms {
                let visitor = TestBrowser(app)
                _ = try await visitor.get(amiraLink)
                let response = try await visitor.post(amiraLink + form.path, form.fields, csrf: false)
                #expect(response.status == .notFound, "POST \(form.path)")
            }
            #expect(try await ParticipantReply.query(on: app.db).count() == 0)
            #expect(try await MeetingRequest.query(on: app.db).count() == 0)
            #expect(
                try await AgendaItem.query(on: app.db).filter(\.$proposedByParticipant.$id == amira.id!).count() == 0)
            // Her queued invitation is withdrawn, and leaders see it so.
            let withdrawn = try #require(try await OutboxMessage.find(invitation.id!, on: app.db))
            #expect(withdrawn.status == .withdrawn)
            #expect(!withdrawn.body.contains(amiraLink))
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let outbox = try await leader.get("/outbox")
            #expect(outbox.text.contains("Withdrawn"))
            #expect(!outbox.text.contains(amiraLink))
            // "Make a new link" is refused with the reason, and makes none.
            let links = try await ParticipantLink.query(on: app.db).count()
            let refused = try await lead.submit(path + "/participants/\(amira.id!)/link", [:], from: path)
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("Amira Ångström has a contact restriction"))
            #expect(try await ParticipantLink.query(on: app.db).count() == links)
            // The lead's page says what happened, keeps her, and offers no link for her.
            let page = try await lead.get(path)
            #expect(
                page.text.contains(
                    "Amira Ångström now has a contact restriction: </strong>their links were stopped and nothing more will be sent to them."
                ))
            #expect(!page.text.contains("/participants/\(amira.id!)/link"))
            #expect(!page.text.contains("Arabic for Amira"), "no interpreter is booked for someone not coming")
            // A change, from the planner and from the API, reaches everyone else but never her.
            try await lead.submit(path + "/agenda", ["title": "Lunchtime clubs", "minutes": "5"], from: path)
            let token = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            var headers = HTTPHeaders()
            headers.add(name: .authorization, value: "Bearer \(token)")
            headers.contentType = .json
            let api = try await app.testing().sendRequest(
                .POST, "/api/v1/meetings/\(meeting.id!)/agenda", headers: headers,
                body: ByteBuffer(string: #"{"title":"Transport","minutes":5}"#))
            #expect(api.status == .created)
            let detail = try await APITests.get(app, "/api/v1/meetings/\(meeting.id!)", token: token)
            let participants = try detail.content.decode(APIController.MeetingDetail.self).participants
            #expect(participants.first { $0.id == amira.id! }?.contactRestricted == true)
            #expect(participants.first { $0.id == zoe.id! }?.contactRestricted == false)
            let told = try await lead.submit(path + "/changes/tell", [:], from: path)
            #expect(told.location?.contains("notice=changes-told") == true)
            #expect(try await Self.messages(to: "amira@mail.example", app).count == 1)
            #expect(try await Self.messages(to: "pat@oak.example", app).count == 2, "the lead hears of the changes")
            // The student's page no longer lists her as coming.
            let made = try await lead.submit(path + "/participants/\(zoe.id!)/link", [:], from: path)
            let zoeLink = try #require(made.text.range(of: #"/p/[A-Za-z0-9_-]{20,}"#, options: .regularExpression))
            let zoePage = try await TestBrowser(app).get(String(made.text[zoeLink]))
            #expect(zoePage.status == .ok)
            #expect(!zoePage.text.contains("Amira"))
            // Cancelling tells everyone else, not her.
            try await lead.submit(path + "/cancel", [:], from: path + "/cancel")
            #expect(try await Self.messages(to: "amira@mail.example", app).count == 1)
            // The event is audited with what it did.
            let audit = try #require(
                try await AuditEvent.query(on: app.db).filter(
                    \.$action == AuditAction.contactRestrictionChanged.rawValue
                )
                .first())
            #expect(audit.summary?.contains("restriction set; 1 links stopped, 1 emails withdrawn") == true)
        }
    }

    @Test("Lifting a restriction revives no old link; a new link made after it works", arguments: TestDatabase.all)
    func lifting(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, amiraLink) = try await MeetingRunTests.shared(app, people, s)
            let amira = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).first())
            try await Self.setRestriction(app, people, s, "No contact until the hearing.")
            try await Self.setRestriction(app, people, s, "")
            #expect(try await TestBrowser(app).get(amiraLink).status == .notFound)
            // Even a link un-revoked by hand stays closed: the rule, not only the revocation, holds.
            try await ParticipantLink.query(on: app.db).filter(\.$participant.$id == amira.id!)
                .set(\.$revokedAt, to: nil).update()
            #expect(try await TestBrowser(app).get(amiraLink).status == .notFound)
            let made = try await lead.submit(path + "/participants/\(amira.id!)/link", [:], from: path)
            #expect(made.status == .ok)
            let range = try #require(made.text.range(of: #"/p/[A-Za-z0-9_-]{20,}"#, options: .regularExpression))
            let page = try await TestBrowser(app).get(String(made.text[range]))
            #expect(page.status == .ok)
            #expect(page.text.contains("Zoë"))
        }
    }

    @Test("A summary is never shared with a restricted person, and the sender re-checks", arguments: TestDatabase.all)
    func summaryAndSender(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            try await lead.submit(path + "/run/start", [:], from: path + "/run")
            try await lead.close(path)
            try await Self.setRestriction(app, people, s, "No contact: court order.")
            let before = try await Self.messages(to: "amira@mail.example", app).count
            let shared = try await lead.submit(path + "/summary/share", [:], from: path + "/summary")
            #expect(shared.status == .ok)
            #expect(!shared.text.contains("Amira"))
            #expect(try await Self.messages(to: "amira@mail.example", app).count == before)

            // A message queued before the restriction is caught by the sender even if the
            // restriction came between queueing and sending.
            let member = try #require(try await FamilyMember.find(s.mother.id!, on: app.db))
            member.restriction = nil
            try await member.save(on: app.db)
            let amira = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).first())
            let recipient = try #require(try await Recipient.participant(amira, name: "Amira", on: app.db))
            let message = OutboxMessage(
                school: people.oakPrimary.id!, meeting: nil, to: recipient, subject: "Hello", body: "Hi", now: Date())
            try await message.create(on: app.db)
            member.restriction = "No contact again."
            try await member.save(on: app.db)
            // Only this message waits, so the sender reaches it first.
            try await OutboxMessage.query(on: app.db).filter(\.$id != message.id!).set(\.$status, to: .sent).update()
            #expect(try await Recipient.participant(amira, name: "Amira", on: app.db) == nil)
            // Nothing listens on the discard port: had the message been sent on, it would fail, not vanish.
            let client = SMTPClient(
                settings: SMTPSettings(host: "127.0.0.1", port: 9, username: nil, password: nil, security: .none),
                group: app.eventLoopGroup)
            let sent = try await Outbox.deliverDue(
                on: app.db, client: client, from: EmailAddress("school@oak.example")!, fromName: "Oak",
                logger: app.logger, now: { app.roundtable.now })
            #expect(sent == 0)
            #expect(try await OutboxMessage.find(message.id!, on: app.db)?.status == .withdrawn)
        }
    }
}
