import Fluent
import Foundation
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// A student's plan (on their page) and timeline (its own page), read by each kind of viewer.
@Suite("A student's plan and timeline")
struct StudentTimelineTests {
    /// Zoë's closed meeting (every kind of entry, see `SummaryTests.markers`), and since then: a
    /// colleague's private decision, a family member's progress note, a staff status line, a
    /// comment on the summary, a family request and a restriction set on Zoë's father.
    static func history(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures
    ) async throws
        -> SummaryTests.Closed
    {
        let c = try await SummaryTests.closed(app, people, s)
        let meetingID = try c.meeting.requireID()
        let db = app.db
        let now = app.roundtable.now
        let amira = try #require(
            try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meetingID)
                .filter(\.$familyMember.$id == s.mother.id!).first())
        let decision = RecordEntry()
        decision.$meeting.id = meetingID
        decision.kind = .decision
        decision.label = .private
        decision.$author.id = people.primaryLeader.id
        decision.text = "PRIVATE-LEADER"
        try await decision.create(on: db)
        let goal = try #require(try await RecordEntry.query(on: db).filter(\.$text == "GOAL-SHARED").first())
        let progress = GoalProgressUpdate()
        progress.$entry.id = try goal.requireID()
        progress.status = .goingOn
        progress.note = "FAMILY-WORDS"
        progress.observed = "FAMILY-SEEN"
        progress.$byParticipant.id = try amira.requireID()
        progress.at = now.addingTimeInterval(60)
        try await progress.create(on: db)
        let action = try #require(try await RecordEntry.query(on: db).filter(\.$text == "ACTION-STAFF").first())
        let line = ActionStatusUpdate()
        line.$entry.id = try action.requireID()
        line.status = .notDone
        line.note = "STAFF-NOTE"
        line.$by.id = people.primaryStaff.id
        line.at = now.addingTimeInterval(120)
        try await line.create(on: db)
        try await RecordEntryOwner(entryID: try action.requireID(), person: .staff(people.primaryLeader.id!))
            .create(on: db)
        let comment = SummaryResponse()
        comment.$meeting.id = meetingID
        comment.$participant.id = try amira.requireID()
        comment.kind = .comment
        comment.text = "COMMENT-WORDS"
        try await comment.create(on: db)
        let request = MeetingRequest()
        request.$school.id = people.oakPrimary.id!
        request.$student.id = s.zoe.id!
        request.$familyMember.id = s.mother.id!
        request.$participant.id = try amira.requireID()
        request.topic = "REQUEST-WORDS"
        request.urgency = .soon
        request.status = .open
        try await request.create(on: db)
        try await AuditLog.record(
            .contactRestrictionChanged, on: db, context: .commandLine(at: now), schoolID: people.oakPrimary.id,
            subjectType: "family_member", subjectID: s.restrictedFather.id, summary: "Karim: restriction set")
        return c
    }

    static let everything: Set<String> = [
        "DECISION-SHARED", "DECISION-STAFF", "PRIVATE-LEADER", "GOAL-SHARED", "GOAL-STAFF", "ACTION-SHARED",
        "ACTION-STAFF", "FAMILY-WORDS", "FAMILY-SEEN", "STAFF-NOTE", "COMMENT-WORDS", "REQUEST-WORDS",
        "Contact restriction set on",
    ]
    static let familyWords: Set<String> = ["FAMILY-WORDS", "FAMILY-SEEN", "COMMENT-WORDS", "REQUEST-WORDS"]

    @Test(
        "Each viewer sees what is theirs: a colleague's private entry, family words and restrictions stay where they belong",
        arguments: TestDatabase.all)
    func whoSeesWhat(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.history(app, people, s)
            let timeline = "/students/\(s.zoe.id!)/timeline"
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let otherStaff = TestBrowser(app)
            try await otherStaff.signIn(s.headOfYear)

            // The lead (at the meeting): everything but a colleague's private entry and the
            // audit log's restriction lines.
            let viewers: [(String, TestBrowser, Set<String>)] = [
                ("lead", c.lead, Self.everything.subtracting(["PRIVATE-LEADER", "Contact restriction set on"])),
                ("leader", leader, Self.everything),
                (
                    "other staff", otherStaff,
                    Self.everything.subtracting(Self.familyWords).subtracting([
                        "PRIVATE-LEADER", "Contact restriction set on",
                    ])
                ),
            ]
            for (name, browser, sees) in viewers {
                let page = try await browser.get(timeline)
                #expect(page.status == .ok, "\(name)")
                for marker in Self.everything {
                    #expect(page.text.contains(marker) == sees.contains(marker), "\(name) and \(marker)")
                }
                // Every viewer sees that the family asked for a correction and asked for a meeting.
                #expect(page.text.contains("Amira Ångström asked for a correction"), "\(name)")
                #expect(page.text.contains("Amira Ångström asked for a meeting"), "\(name)")
                #expect(page.text.contains("Meeting held"), "\(name)")
                // Only leaders are offered the restrictions filter.
                #expect(page.text.contains(#"value="restrictions""#) == (name == "leader"), "\(name)")
                // Nothing private of the lead's reflection, nor notes, reach a timeline.
                #expect(!page.text.contains("REFLECTION-PRIVATE"))
                #expect(!page.text.contains("NOTE-STAFF"))
            }
            // Viewing the timeline is a look at the student, audited like their page.
            let views = try await AuditEvent.query(on: app.db)
                .filter(\.$action == AuditAction.studentViewed.rawValue).filter(\.$subjectID == s.zoe.id!).count()
            #expect(views == 3)

            // Out of reach: a colleague at another school, another organisation's leader, nobody.
            for user in [people.secondaryStaff, people.elmLeader] {
                let stranger = TestBrowser(app)
                try await stranger.signIn(user)
                #expect(try await stranger.get(timeline).status == .notFound, "\(user.name)")
            }
            #expect(try await TestBrowser(app).get(timeline).status == .seeOther)
            #expect(try await leader.get("/students/\(UUID())/timeline").status == .notFound)
        }
    }

    @Test(
        "The filter shows only the kinds asked for, ignores what it does not know, and pages",
        arguments: TestDatabase.all)
    func filter(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.history(app, people, s)
            let timeline = "/students/\(s.zoe.id!)/timeline"
            let goals = try await c.lead.get(timeline + "?kind=goals").text
            #expect(goals.contains("GOAL-SHARED") && goals.contains("FAMILY-WORDS"))
            #expect(!goals.contains("DECISION-SHARED") && !goals.contains("ACTION-SHARED"))
            #expect(!goals.contains("Meeting held"))
            #expect(goals.contains(#"value="goals" checked"#))
            let two = try await c.lead.get(timeline + "?kind=decisions&kind=summaries").text
            #expect(two.contains("DECISION-STAFF") && two.contains("COMMENT-WORDS") && !two.contains("GOAL-SHARED"))
            // Unknown kinds and bad pages are ignored: everything, first page.
            let odd = try await c.lead.get(timeline + "?kind=everything&page=banana")
            #expect(odd.status == .ok)
            #expect(odd.text.contains("DECISION-SHARED") && odd.text.contains("Meeting held"))
            // Asking for restrictions without reach shows nothing, not everything.
            let sneaky = try await c.lead.get(timeline + "?kind=restrictions").text
            #expect(!sneaky.contains("Contact restriction set on") && !sneaky.contains("DECISION-SHARED"))
            // A page past the end says so.
            let far = try await c.lead.get(timeline + "?page=7").text
            #expect(far.contains("There is nothing older to show."))
            #expect(far.contains("Newer events"))
        }
    }

    @Test(
        "The plan lists goals not settled and open actions, with owners, dates and overdue", arguments: TestDatabase.all
    )
    func plan(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.history(app, people, s)
            let profile = "/students/\(s.zoe.id!)"
            let page = try await c.lead.get(profile).text
            let plan = try #require(page.range(of: #"id="plan-heading""#)).upperBound
            let meetings = try #require(page.range(of: ">Meetings</h2>")).lowerBound
            let section = String(page[plan..<meetings])
            #expect(section.contains("GOAL-SHARED") && section.contains("GOAL-STAFF"))
            #expect(section.contains("ACTION-SHARED"))
            // Marked not done: no longer open, so not on the plan.
            #expect(!section.contains("ACTION-STAFF"))
            #expect(!section.contains("DECISION-SHARED") && !section.contains("PRIVATE-LEADER"))
            // Owners in words for an older entry; a record link for each.
            #expect(section.contains("Amira"))
            #expect(section.contains("/meetings/\(c.meeting.id!)/record"))
            #expect(page.contains("/students/\(s.zoe.id!)/timeline"))

            // Years later the shared action is overdue and the goals' reviews are due.
            app.roundtable.setClock { Date(timeIntervalSince1970: 1_932_000_000) }  // 22 March 2031
            let later = TestBrowser(app)
            try await later.signIn(people.primaryStaff)
            let overdue = try await later.get(profile).text
            #expect(overdue.contains(#"<strong class="tag tag--red">Overdue</strong>"#))
            // Once the action is done, it leaves the plan.
            let action = try #require(
                try await RecordEntry.query(on: app.db).filter(\.$text == "ACTION-SHARED").first())
            let done = ActionStatusUpdate()
            done.$entry.id = try action.requireID()
            done.status = .done
            done.$by.id = people.primaryStaff.id
            done.at = Date(timeIntervalSince1970: 1_932_000_000)
            try await done.create(on: app.db)
            let after = try await later.get(profile).text
            #expect(!after.contains("ACTION-SHARED"))
            #expect(!after.contains(#"<strong class="tag tag--red">Overdue</strong>"#))
        }
    }

    @Test("The stylesheet prints the timeline as a document: no navigation, no filter form")
    func printStyles() async throws {
        try await withRoundtable(.sqlite) { app in
            let css = try await TestBrowser(app).get(SiteRoute.asset(.stylesheet(version: "x")).path).text
            let prints = css.components(separatedBy: "@media print").dropFirst()
            #expect(prints.contains { $0.contains(".timeline-filter") && $0.contains("display: none") })
            #expect(prints.contains { $0.contains(".site-nav") && $0.contains("form") })
            #expect(prints.contains { $0.contains(".timeline__event") && $0.contains("break-inside: avoid") })
        }
    }

    @Test(
        "A student with 50 meetings and 1,000 entries: the page and the timeline stay within their query budget",
        arguments: TestDatabase.all)
    func budget(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let hash = try app.roundtable.passwords.hash(Fixtures.password)
            _ = try await DemoSchool.create(
                students: 40, seed: 3, passwordHash: hash, on: app.db, now: app.roundtable.now)
            let lead = try #require(
                try await User.query(on: app.db).filter(\.$email == "year7@\(DemoSchool.domain)").first())
            let student = try #require(try await DemoSchool.quietStudent(on: app.db))
            let history = try await DemoSchool.createHistory(
                for: student, lead: lead, now: app.roundtable.now, on: app.db)
            #expect(try await RecordEntry.query(on: app.db).count() >= 1000)
            QueryRecorder.install(on: app)
            let browser = TestBrowser(app)
            try await browser.get("/sign-in")
            try await browser.signIn(lead)
            let profile = try await browser.get("/students/\(history.studentID)")
            #expect(profile.status == .ok)
            let listsActions = profile.text.contains("open actions")
            #expect(listsActions)
            #expect(try #require(profile.queryCount) <= PageQueryBudgetTests.budgets["student"]!)
            for path in ["/timeline", "/timeline?page=5", "/timeline?kind=goals&kind=actions"] {
                let page = try await browser.get("/students/\(history.studentID)" + path)
                #expect(page.status == .ok, "\(path)")
                let hasOlder = page.text.contains("Older events")
                #expect(hasOlder, "\(path)")
                #expect(
                    try #require(page.queryCount) <= PageQueryBudgetTests.budgets["student timeline"]!, "\(path)")
            }
        }
    }
}
