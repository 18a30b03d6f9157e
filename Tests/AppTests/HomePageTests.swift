import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The staff home page is the day's work: meetings, what needs the person, actions and
/// reviews; the count beside "Home" on every page; and, for a new school, what to do first.
@Suite("The staff home page")
struct HomePageTests {
    /// Tuesday 11 March 2031, 09:00 in London (GMT).
    static let now = Date(timeIntervalSince1970: 1_930_953_600 + 9 * 3600)
    static func day(_ offset: Int, hour: Double = 0) -> Date {
        Date(timeIntervalSince1970: 1_930_953_600 + Double(offset) * 86_400 + hour * 3600)
    }
    static let london = ["ROUNDTABLE_TIME_ZONE": "Europe/London"]

    /// A realistic day for Pat Staff (who works with Zoë, and not with Omar or Ling).
    struct Day {
        var today: Meeting
        var held: Meeting
    }

    static func day(_ app: Application, _ people: Fixtures, _ s: StudentFixtures) async throws -> Day {
        let db = app.db
        let pat = people.primaryStaff
        let context = AuditContext.commandLine(at: now)
        // Today at 15:30: shared, Amira replied and asked for an interpreter, Zoë has not replied.
        let today = try await Meetings.create(.progressReview, for: s.zoe, lead: pat, context: context, on: db)
        today.state = .shared
        today.startsAt = day(0, hour: 15.5)
        try await today.save(on: db)
        let invited = try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == today.requireID()).all()
        let amira = try #require(invited.first { $0.kind == .family })
        let reply = ParticipantReply()
        reply.$participant.id = try amira.requireID()
        reply.attendance = .coming
        reply.interpreterLanguage = "ar"
        try await reply.create(on: db)

        // Last week's meeting: its summary shared, and a correction asked for.
        let held = try await Meetings.create(.wellbeingCheckIn, for: s.zoe, lead: pat, context: context, on: db)
        held.state = .recordShared
        held.startsAt = day(-7, hour: 14)
        held.closedAt = day(-7, hour: 15)
        try await held.save(on: db)
        let heldAmira = try #require(
            try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == held.requireID())
                .filter(\.$kind == .family).first())
        let comment = SummaryResponse()
        comment.$meeting.id = try held.requireID()
        comment.$participant.id = try heldAmira.requireID()
        comment.kind = .comment
        comment.text = "We said Thursdays, not Tuesdays."
        try await comment.create(on: db)

        func entry(
            _ kind: RecordEntryKind, _ text: String, in meeting: Meeting, label: RecordLabel = .shared,
            due: Date, author: User? = nil, owner: User? = nil
        ) async throws {
            let entry = RecordEntry()
            entry.$meeting.id = try meeting.requireID()
            entry.kind = kind
            entry.label = label
            entry.$author.id = try (author ?? pat).requireID()
            entry.text = text
            entry.owners = owner?.name ?? "Ms Staff"
            entry.date = due
            try await entry.create(on: db)
            if let owner {
                try await RecordEntryOwner(entryID: entry.requireID(), person: .staff(owner.requireID())).create(
                    on: db)
            }
        }
        try await entry(
            .action, "ACTION-OVERDUE: phone Amira about the reading plan", in: held, due: day(-3), owner: pat)
        try await entry(.action, "ACTION-FREE-TEXT: send the timetable home", in: held, due: day(1))
        try await entry(.action, "ACTION-LATER: not this week", in: held, due: day(20), owner: pat)
        try await entry(.goal, "GOAL-REVIEW: reads every evening", in: held, due: day(-1), owner: pat)
        try await entry(
            .action, "COLLEAGUE-PRIVATE: a note to self", in: held, label: .private, due: day(-2), author: s.headOfYear,
            owner: pat)
        // Done already: not listed.
        try await entry(.action, "ACTION-DONE: booked the room", in: held, due: day(-2), owner: pat)
        let done = try #require(
            try await RecordEntry.query(on: db).filter(\.$text == "ACTION-DONE: booked the room").first())
        let update = ActionStatusUpdate()
        update.$entry.id = try done.requireID()
        update.status = .done
        update.at = day(-1)
        try await update.create(on: db)

        // Omar is outside Pat's reach: a meeting Pat leads about him shows nowhere.
        let omar = try await Meetings.create(.behaviourConcern, for: s.omar, lead: pat, context: context, on: db)
        omar.state = .closed
        omar.startsAt = day(-2, hour: 10)
        try await omar.save(on: db)
        try await entry(.action, "OUT-OF-SCOPE: Omar's action", in: omar, due: day(-1), owner: pat)

        // Requests from families: Zoë's (Pat works with her) and Ling's (Pat does not).
        for student in [s.zoe, s.ling] {
            let participant = try #require(
                try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == today.requireID())
                    .filter(\.$kind == .family).first())
            let request = MeetingRequest()
            request.$school.id = try people.oakPrimary.requireID()
            request.$student.id = try student.requireID()
            request.$familyMember.id = try s.mother.requireID()
            request.$participant.id = try participant.requireID()
            request.topic = "Lunchtimes"
            request.urgency = .soon
            request.status = .open
            try await request.create(on: db)
        }
        return Day(today: today, held: held)
    }

    static func count(_ count: Int) -> String {
        #"<span class="nav-count" aria-hidden="true">\#(count)</span><span class="visually-hidden">, \#(StaffWork.countText(count))</span>"#
    }

    @Test(
        "A realistic day: the meetings with their replies, what needs Pat, actions and reviews, and the count on every page; nobody else's private entry, no student out of reach",
        arguments: TestDatabase.all)
    func realisticDay(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: Self.london) { app in
            app.roundtable.setClock { Self.now }
            let recorder = QueryRecorder.install(on: app)
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let day = try await Self.day(app, people, s)
            let pat = TestBrowser(app)
            try await pat.signIn(people.primaryStaff)
            let home = try await pat.get("/")
            #expect(home.status == .ok)
            let text = home.text

            // Today's meeting: when, where, and who has not replied.
            #expect(text.contains("Your meetings today"))
            #expect(text.contains("Progress review: Zoë Ångström"))
            #expect(text.contains("15:30 · "))
            #expect(text.contains("Replies: 1 of 2. Not replied yet: Zoë Ångström."))
            #expect(!text.contains("Karim"), "a restricted parent is not waited for")
            // What needs Pat, each line linking to where it is done.
            let heldPath = "/meetings/\(try day.held.requireID())"
            let todayPath = "/meetings/\(try day.today.requireID())"
            #expect(
                text.contains(
                    #"<a href="\#(heldPath)/summary?language=en">Answer a request to correct the summary</a>"#))
            #expect(text.contains(#"<a href="\#(todayPath)">Amira Ångström asked for an interpreter in Arabic</a>"#))
            #expect(text.contains(#"<a href="/requests">A family asked for a meeting soon</a>"#))
            #expect(text.contains(#"<a href="\#(todayPath)">Prepare for the meeting: 0 of "#))
            #expect(
                text.components(separatedBy: "A family asked for a meeting").count == 2, "Ling's request is not Pat's")
            // Actions due and overdue; reviews due.
            #expect(text.contains("ACTION-OVERDUE"))
            #expect(text.contains(#"<strong class="tag tag--red">Overdue</strong>"#))
            #expect(text.contains("ACTION-FREE-TEXT"))
            #expect(text.contains("from your meeting"))
            #expect(text.contains("GOAL-REVIEW"))
            #expect(text.contains("Review overdue"))
            for hidden in ["ACTION-LATER", "ACTION-DONE", "COLLEAGUE-PRIVATE", "OUT-OF-SCOPE", "Omar", "Ling"] {
                #expect(!text.contains(hidden), "\(hidden) must not show")
            }
            // 4 needs + 1 overdue action + 1 review due; the action due tomorrow is listed, not counted.
            #expect(text.contains(Self.count(6)))
            #expect(try #require(home.queryCount) <= 4, "\(recorder.last.statements)")
            let students = try await pat.get("/students")
            #expect(students.text.contains(Self.count(6)))

            // Opening the meeting is reading the reply: the interpreter line goes.
            try await pat.get(todayPath)
            let after = try await pat.get("/").text
            #expect(!after.contains("asked for an interpreter"))
            #expect(after.contains(Self.count(5)))

            // A colleague sees their own day, not Pat's.
            let colleague = TestBrowser(app)
            try await colleague.signIn(s.headOfYear)
            let theirs = try await colleague.get("/").text
            #expect(!theirs.contains("ACTION-OVERDUE"))
            #expect(!theirs.contains("COLLEAGUE-PRIVATE"), "owned by Pat, so not on its author's list either")
            #expect(!theirs.contains("Answer a request to correct the summary"))

            // The school's leader may deal with both families' requests.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let leaderHome = try await leader.get("/").text
            #expect(leaderHome.components(separatedBy: "A family asked for a meeting").count == 3)
            #expect(leaderHome.contains(Self.count(2)))
        }
    }

    /// The `<li>` of a first step, by its title.
    static func step(_ title: String, in text: String) -> String? {
        text.components(separatedBy: #"<li class="task-list__item">"#).first { $0.contains(">\(title)</a>") }
    }

    @Test(
        "A new administrator sees what to do first, each step done or not with its page; it goes once the school has students, rooms and staff",
        arguments: TestDatabase.all)
    func firstSteps(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let text = try await admin.get("/").text
            #expect(text.contains("What to do first"))
            let settings = try #require(
                Self.step("Check your school&#39;s settings", in: text)
                    ?? Self.step("Check your school's settings", in: text))
            #expect(settings.contains("Not done yet"))
            #expect(try #require(Self.step("Describe your rooms", in: text)).contains("Not done yet"))
            let roster = try #require(Self.step("Import a roster or add students", in: text))
            #expect(roster.contains("Not done yet"))
            #expect(roster.contains("/roster-import?school="))
            #expect(try #require(Self.step("Invite your colleagues", in: text)).contains("Done"))
            let email = try #require(Self.step("Set up email", in: text))
            #expect(email.contains("Not done yet"))
            #expect(email.contains("SMTP_URL"))
            // Every step links to a page the administrator may open.
            let steps =
                text.components(separatedBy: #"<ol class="task-list">"#).last?
                .components(separatedBy: "</ol>").first ?? ""
            let links = steps.components(separatedBy: #"<a href=""#).dropFirst().compactMap {
                $0.split(separator: "\"").first.map { String($0).replacingOccurrences(of: "&amp;", with: "&") }
            }
            #expect(links.count == 5)
            for link in links { #expect(try await admin.get(link).status == .ok, "\(link)") }
            // A leader adds students by hand (only administrators import rosters).
            let leader = TestBrowser(app)
            try await leader.signIn(people.elmLeader)
            let leaderText = try await leader.get("/").text
            #expect(try #require(Self.step("Add students", in: leaderText)).contains("/students/new?school="))
            // Staff never see it.
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            #expect(!(try await staff.get("/").text.contains("What to do first")))

            // Rooms, students and staff in place: the steps give way to the day's work.
            _ = try await MeetingTests.room(in: people.oakPrimary, on: app.db)
            _ = try await StudentFixtures.make(people, on: app)
            let later = try await admin.get("/").text
            #expect(!later.contains("What to do first"))
            #expect(later.contains("Nothing needs you today."))
        }
    }

    @Test("With a mail server set, the email step is done", arguments: TestDatabase.all)
    func emailStep(database: TestDatabase) async throws {
        try await withRoundtable(
            database,
            environment: ["SMTP_URL": "smtp://localhost:25?tls=none", "SMTP_FROM": "Oak <meetings@oak.example>"]
        ) { app in
            let people = try await Fixtures.make(on: app)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let text = try await admin.get("/").text
            let email = try #require(Self.step("Set up email", in: text))
            #expect(email.contains(">Done<"))
        }
    }
}
