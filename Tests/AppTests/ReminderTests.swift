import Fluent
import Foundation
import NIOPosix
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Reminders: made once by whichever process has the job, sent once through the outbox,
/// neutral and in the family's language, switched off per person, never to a restricted one.
@Suite("Reminders")
struct ReminderTests {
    static let london = TimeZone(identifier: "Europe/London")!
    static let settings = Reminders.Settings(
        publicURL: URL(string: "http://rt.example")!, timeZone: london, sendsMail: true)
    /// Monday 10 March 2031, 16:00 in London (GMT).
    static let now = try! Date("2031-03-10T16:00:00Z", strategy: .iso8601)
    /// A meeting starting the next afternoon, and an action due the day after.
    static let meetingStart = try! Date("2031-03-11T15:00:00Z", strategy: .iso8601)
    static let actionDue = try! Date("2031-03-12T00:00:00Z", strategy: .iso8601)

    struct World {
        var people: Fixtures
        var s: StudentFixtures
        var upcoming: Meeting
        var held: Meeting
        var action: RecordEntry
    }

    /// Zoë's mother Amira (who reads Arabic) is invited to a meeting tomorrow and owns an
    /// action, due the day after, from a meeting held last month. Pat Staff leads both.
    static func world(_ app: Application) async throws -> World {
        let people = try await Fixtures.make(on: app)
        let s = try await StudentFixtures.make(people, on: app)
        let context = AuditContext(now: now)
        let upcoming = try await Meetings.create(
            .progressReview, for: s.zoe, lead: people.primaryStaff, context: context, on: app.db)
        upcoming.state = .shared
        upcoming.startsAt = meetingStart
        try await upcoming.save(on: app.db)
        let held = try await Meetings.create(
            .wellbeingCheckIn, for: s.zoe, lead: people.primaryStaff, context: context, on: app.db)
        held.state = .closed
        held.startsAt = now.addingTimeInterval(-30 * 86_400)
        try await held.save(on: app.db)
        let action = RecordEntry()
        action.$meeting.id = try held.requireID()
        action.kind = .action
        action.label = .shared
        action.text = "ACTION-TEXT Zoë reads every evening"
        action.owners = "Amira Ångström"
        action.ownerKind = .family
        action.date = actionDue
        try await action.create(on: app.db)
        try await RecordEntryOwner(entryID: action.requireID(), person: .family(s.mother.requireID())).create(
            on: app.db)
        // Her invitation's link, and the held meeting's (which has since expired: that is fine,
        // a reminder brings its own).
        for (meeting, expiry) in [(upcoming, meetingStart.addingTimeInterval(60 * 86_400)), (held, now - 86_400)] {
            let participant = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meeting.requireID())
                    .filter(\.$familyMember.$id == s.mother.requireID()).first())
            _ = try await Sharing.issueLink(for: participant, expires: expiry, on: app.db)
        }
        app.roundtable.setClock { now }
        return World(people: people, s: s, upcoming: upcoming, held: held, action: action)
    }

    static func deliver(_ app: Application, port: Int) async throws -> Int {
        let client = SMTPClient(
            settings: SMTPSettings(host: "127.0.0.1", port: port, username: nil, password: nil, security: .none),
            group: MultiThreadedEventLoopGroup.singleton, connectTimeout: .seconds(2), replyTimeout: .seconds(1))
        return try await Outbox.deliverDue(
            on: app.db, client: client, from: EmailAddress("office@oak.example")!, fromName: "Oak", logger: app.logger,
            now: { app.roundtable.now })
    }

    /// The plain text of a delivered email (its first base64 part).
    static func text(_ delivery: FakeSMTPServer.Delivery) -> String {
        let afterHeaders = delivery.data.components(separatedBy: "\r\n\r\n").dropFirst()
        for part in afterHeaders {
            let lines = part.components(separatedBy: "\r\n").prefix { !$0.hasPrefix("--") }.joined()
            if let data = Data(base64Encoded: lines), let text = String(data: data, encoding: .utf8) { return text }
        }
        return ""
    }

    @Test(
        "The day before: a meeting and an action reminder arrive through the mail server, in Arabic, with a fresh link and nothing about the child",
        arguments: TestDatabase.all)
    func arrive(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let w = try await Self.world(app)
            let linksBefore = try await ParticipantLink.query(on: app.db).all()
            let turn = try await Reminders.runIfDue(Self.settings, owner: UUID(), on: app.db, now: Self.now)
            #expect(turn == Reminders.Turn(ran: true, made: 2, queued: 2))
            let reminders = try await Reminder.query(on: app.db).all()
            #expect(Set(reminders.map(\.kind)) == [.meeting, .action])
            #expect(reminders.allSatisfy { $0.status == .sent && $0.outboxMessageID != nil })
            #expect(Set(reminders.map(\.dueDay)) == ["2031-03-11", "2031-03-12"])
            // The old links are neither stopped nor lengthened; each reminder made its own.
            let linksAfter = try await ParticipantLink.query(on: app.db).all()
            #expect(linksAfter.count == linksBefore.count + 2)
            for old in linksBefore {
                let now = try #require(linksAfter.first { $0.id == old.id })
                #expect(now.expiresAt == old.expiresAt && now.revokedAt == old.revokedAt)
            }
            let fresh = linksAfter.filter { link in !linksBefore.contains { $0.id == link.id } }
            #expect(
                Set(fresh.map(\.expiresAt)) == [
                    try Date("2031-03-26T00:00:00Z", strategy: .iso8601),
                    try Date("2031-03-27T00:00:00Z", strategy: .iso8601),
                ])

            let server = FakeSMTPServer()
            let port = try await server.start()
            #expect(try await Self.deliver(app, port: port) == 2)
            await server.stop()
            #expect(server.deliveries.count == 2)
            let arabic = Localizer("ar")
            let texts = server.deliveries.map(Self.text)
            #expect(server.deliveries.allSatisfy { $0.to == ["amira@mail.example"] })
            #expect(
                texts.contains { $0.contains(arabic(.reminderMeeting, ["school": arabic.isolatedName("Oak Primary")])) }
            )
            #expect(
                texts.contains {
                    $0.contains(
                        arabic(
                            .reminderAction,
                            [
                                "school": arabic.isolatedName("Oak Primary"),
                                "date": arabic.isolatedDate(
                                    arabic.day(Self.actionDue, timeZone: TimeZone(identifier: "UTC")!)),
                            ]))
                })
            for text in texts {
                #expect(text.contains(arabic(.reminderHowToStop)))
                #expect(!text.contains("Zoë") && !text.contains("ACTION-TEXT") && !text.contains(w.upcoming.purpose))
                #expect(!text.contains(w.held.purpose))
            }
            let subjects = try await OutboxMessage.query(on: app.db).all().map(\.subject)
            #expect(subjects.filter { $0 == arabic(.reminderSubject, ["school": "Oak Primary"]) }.count == 2)

            // The link in the email opens Amira's page, which says how to turn reminders off.
            let text = try #require(
                texts.first { $0.contains(arabic(.reminderMeeting, ["school": arabic.isolatedName("Oak Primary")])) })
            let link = try #require(text.range(of: #"/p/[A-Za-z0-9_-]{20,}"#, options: .regularExpression))
            let page = try await TestBrowser(app).get(String(text[link]))
            #expect(page.status == .ok)
            #expect(page.text.contains(arabic(.remindersTurnOff)))

            // A second turn later finds nothing new to send.
            app.roundtable.setClock { Self.now.addingTimeInterval(3600) }
            let again = try await Reminders.runIfDue(
                Self.settings, owner: UUID(), on: app.db, now: Self.now.addingTimeInterval(3600))
            #expect(again == Reminders.Turn(ran: true, made: 0, queued: 0))
            #expect(try await OutboxMessage.query(on: app.db).count() == 2)
        }
    }

    @Test(
        "Two processes at once send each reminder exactly once, and a restarted one sends nothing again",
        arguments: TestDatabase.all)
    func twoProcesses(database: TestDatabase) async throws {
        try await withSharedDatabase(database) { start in
            let first = try await start()
            let second = try await start()
            _ = try await Self.world(first)
            second.roundtable.setClock { Self.now }
            // Both ask for the job at the same moment: one has it, the other waits its turn.
            async let a = Reminders.runIfDue(Self.settings, owner: UUID(), on: first.db, now: Self.now)
            async let b = Reminders.runIfDue(Self.settings, owner: UUID(), on: second.db, now: Self.now)
            let turns = try await [a, b]
            #expect(turns.filter(\.ran).count == 1)
            #expect(turns.map(\.queued).reduce(0, +) == 2)
            // Even without the job's lease (one lapsed mid-turn), the rows are made and sent once.
            let later = Self.now.addingTimeInterval(60)
            try await Reminder.query(on: first.db).delete()
            try await OutboxMessage.query(on: first.db).delete()
            async let sweepA = Reminders.sweep(Self.settings, on: first.db, now: later)
            async let sweepB = Reminders.sweep(Self.settings, on: second.db, now: later)
            #expect(try await sweepA + sweepB == 2)
            async let sendA = Reminders.sendDue(Self.settings, on: first.db, now: later)
            async let sendB = Reminders.sendDue(Self.settings, on: second.db, now: later)
            #expect(try await sendA + sendB == 2)
            #expect(try await OutboxMessage.query(on: first.db).count() == 2)

            // Both outboxes deliver at once: each email reaches the server once.
            first.roundtable.setClock { later }
            second.roundtable.setClock { later }
            var script = FakeSMTPServer.Script()
            script.replyDelay = .milliseconds(5)
            let server = FakeSMTPServer(script)
            let port = try await server.start()
            async let sentA = Self.deliver(first, port: port)
            async let sentB = Self.deliver(second, port: port)
            #expect(try await sentA + sentB == 2)
            await server.stop()
            #expect(server.deliveries.count == 2)

            // A new process on the same database, later that evening: nothing is sent again.
            let restarted = try await start()
            let evening = Self.now.addingTimeInterval(3 * 3600)
            restarted.roundtable.setClock { evening }
            let turn = try await Reminders.runIfDue(Self.settings, owner: UUID(), on: restarted.db, now: evening)
            #expect(turn == Reminders.Turn(ran: true, made: 0, queued: 0))
            #expect(try await OutboxMessage.query(on: restarted.db).count() == 2)
        }
    }

    @Test(
        "Switched off from her page (in her language, with the form token), Amira gets no reminders; on again, she does",
        arguments: TestDatabase.all)
    func switchOff(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let w = try await Self.world(app)
            let participant = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == w.upcoming.requireID())
                    .filter(\.$familyMember.$id == w.s.mother.requireID()).first())
            let token = try await Sharing.issueLink(
                for: participant, expires: Self.now.addingTimeInterval(30 * 86_400), on: app.db)
            let browser = TestBrowser(app)
            let page = "/p/\(token)"
            let arabic = Localizer("ar")
            #expect(try await browser.get(page).text.contains(arabic(.remindersAbout)))
            // Without the form token, nothing changes.
            #expect(try await browser.post(page + "/reminders", ["reminders": "off"], csrf: false).status != .seeOther)
            #expect(try await FamilyMember.find(w.s.mother.id, on: app.db)?.remindersOffAt == nil)
            let off = try await browser.submit(page + "/reminders", ["reminders": "off"], from: page)
            #expect(off.status == .seeOther)
            let after = try await browser.get(try #require(off.location)).text
            #expect(after.contains(arabic(.remindersSavedOff)))
            #expect(after.contains(arabic(.remindersTurnOn)))
            #expect(try await FamilyMember.find(w.s.mother.id, on: app.db)?.remindersOffAt == Self.now)

            let turn = try await Reminders.runIfDue(Self.settings, owner: UUID(), on: app.db, now: Self.now)
            #expect(turn == Reminders.Turn(ran: true, made: 0, queued: 0))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)

            // Turned off after a reminder was made but before it went: it does not go.
            try await browser.submit(page + "/reminders", ["reminders": "on"], from: page)
            let later = Self.now.addingTimeInterval(600)
            #expect(try await Reminders.sweep(Self.settings, on: app.db, now: later) == 2)
            try await browser.submit(page + "/reminders", ["reminders": "off"], from: page)
            #expect(try await Reminders.sendDue(Self.settings, on: app.db, now: later) == 0)
            #expect(try await Reminder.query(on: app.db).all().allSatisfy { $0.status == .cancelled })
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }

    @Test(
        "A restricted person gets none: not made when restricted, and not sent when restricted after it was made",
        arguments: TestDatabase.all)
    func restricted(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let w = try await Self.world(app)
            // Karim (restricted from the start) is on the meeting by some old path.
            try await Meetings.participant(try w.upcoming.requireID(), .family, role: "Father") {
                $0.$familyMember.id = w.s.restrictedFather.id
            }.create(on: app.db)
            #expect(try await Reminders.sweep(Self.settings, on: app.db, now: Self.now) == 2)
            #expect(
                try await Reminder.query(on: app.db).filter(\.$recipientID == w.s.restrictedFather.requireID())
                    .count() == 0)
            // Amira is restricted after her reminders were made: they are skipped, not sent.
            let mother = try #require(try await FamilyMember.find(w.s.mother.id, on: app.db))
            mother.restriction = "No contact: court order."
            try await ContactStop.stop(mother, now: Self.now, on: app.db)
            #expect(try await Reminders.sendDue(Self.settings, on: app.db, now: Self.now) == 0)
            let reminders = try await Reminder.query(on: app.db).all()
            #expect(reminders.count == 2 && reminders.allSatisfy { $0.status == .skipped })
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
            #expect(try await ParticipantLink.query(on: app.db).filter(\.$revokedAt == nil).count() == 0)
        }
    }

    @Test(
        "After \"Stop their links\" a reminder does not make a new one; another meeting's reminder still goes",
        arguments: TestDatabase.all)
    func stoppedLinks(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let w = try await Self.world(app)
            #expect(try await Reminders.sweep(Self.settings, on: app.db, now: Self.now) == 2)
            let participant = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == w.upcoming.requireID())
                    .filter(\.$familyMember.$id == w.s.mother.requireID()).first())
            try await ContactStop.stopLinks(of: [participant], reason: "a lost phone", now: Self.now, on: app.db)
            #expect(try await Reminders.sendDue(Self.settings, on: app.db, now: Self.now) == 1)
            let meetingReminder = try #require(
                try await Reminder.query(on: app.db).filter(\.$kind == .meeting).first())
            #expect(meetingReminder.status == .cancelled && meetingReminder.outboxMessageID == nil)
            #expect(try await Reminder.query(on: app.db).filter(\.$kind == .action).first()?.status == .sent)
            #expect(
                try await ParticipantLink.query(on: app.db).filter(\.$participant.$id == participant.requireID())
                    .filter(\.$revokedAt == nil).count() == 0)
        }
    }

    @Test("Without SMTP_URL, none are queued and the job does not even run", arguments: TestDatabase.all)
    func withoutMail(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            _ = try await Self.world(app)
            let settings = Reminders.Settings(app.roundtable.configuration)
            #expect(!settings.sendsMail)
            let turn = try await Reminders.runIfDue(settings, owner: UUID(), on: app.db, now: Self.now)
            #expect(turn == Reminders.Turn())
            #expect(try await Reminder.query(on: app.db).count() == 0)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
            #expect(try await ScheduledJob.query(on: app.db).count() == 0)
        }
    }

    @Test(
        "Staff choose their list on their own page; a daily list names no student and links to the work",
        arguments: TestDatabase.all)
    func staffDigest(database: TestDatabase) async throws {
        try await withRoundtable(
            database, environment: ["SMTP_URL": "smtp://localhost:25?tls=none", "SMTP_FROM": "office@oak.example"]
        ) { app in
            let w = try await Self.world(app)
            // Off until chosen: no list.
            let morning = try Date("2031-03-11T08:30:00Z", strategy: .iso8601)
            app.roundtable.setClock { morning }
            #expect(
                try await Reminders.digestCandidates(Self.settings, on: app.db as! any SQLDatabase, now: morning)
                    .isEmpty)
            let pat = TestBrowser(app)
            try await pat.signIn(w.people.primaryStaff)
            let form = try await pat.get("/reminders")
            #expect(form.status == .ok)
            #expect(form.text.contains("Every morning"))
            #expect(!form.text.contains("Email is not set up"))
            let refused = try await pat.submit("/reminders", ["frequency": "hourly"])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Choose how often you would like it"))
            let saved = try await pat.submit("/reminders", ["frequency": "daily"])
            #expect(saved.status == .seeOther)
            #expect(try await User.find(w.people.primaryStaff.id, on: app.db)?.reminderDigest == .daily)

            // Pat's list holds what the home page calls hers: an action she does, not Amira's.
            let hers = RecordEntry()
            hers.$meeting.id = try w.held.requireID()
            hers.kind = .action
            hers.label = .shared
            hers.text = "ACTION-PAT phones the library"
            hers.owners = "Pat Staff"
            hers.ownerKind = .staff
            hers.date = w.action.date
            try await hers.create(on: app.db)
            try await RecordEntryOwner(entryID: hers.requireID(), person: .staff(w.people.primaryStaff.requireID()))
                .create(on: app.db)
            let list = try await DigestList.read(
                for: w.people.primaryStaff.requireID(), frequency: .daily, timeZone: TimeZone(identifier: "UTC")!,
                on: app.db as! any SQLDatabase, now: morning)
            #expect(list.actions.count == 1, "Amira's action is hers to do, not Pat's")
            // Amira's reminders are for her own meeting; Pat's list is the other row.
            _ = try await Reminders.runIfDue(Self.settings, owner: UUID(), on: app.db, now: morning)
            let digest = try #require(
                try await Reminder.query(on: app.db).filter(\.$kind == .staffDigest).first())
            #expect(digest.status == .sent && digest.dueDay == "2031-03-11")
            let message = try #require(try await OutboxMessage.find(digest.outboxMessageID, on: app.db))
            #expect(message.toEmail == "pat@oak.example")
            #expect(message.subject == "Your day in Roundtable")
            #expect(message.body.contains("Actions due or overdue: 1"))
            #expect(message.body.contains("Meetings to prepare: 1"))
            #expect(message.body.contains("http://rt.example/meetings/\(try w.upcoming.requireID().uuidString)"))
            #expect(!message.body.contains("Zoë") && !message.body.contains("ACTION-TEXT"))

            // Off again: no list the next morning.
            try await pat.submit("/reminders", ["frequency": "off"])
            let next = morning.addingTimeInterval(86_400)
            #expect(
                try await Reminders.digestCandidates(Self.settings, on: app.db as! any SQLDatabase, now: next).isEmpty)
        }
    }
}
