import Fluent
import Foundation
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// How many SQL statements each page runs, counted by `QueryRecorder`, against a budget.
/// The budgets are what each page ran when they were set (issue 11): lower them as pages
/// learn to read in one go; never raise one without saying why in the commit.
@Suite("Queries per page")
struct PageQueryBudgetTests {
    /// Page → the most statements it may run (transaction control not counted).
    /// Every page a member of staff opens runs one more statement than when these were set: the
    /// count of what needs them beside "Home" (`StaffWorkMiddleware`, issue 12). Pages for
    /// participants, the shared screen and its polls show no navigation and do not count.
    static let budgets: [String: Int] = [
        "sign in": 0,
        "setup (done)": 1,
        "welcome": 2,
        // +1 (issue 13): a family member's children at the school, so they can ask about any of them.
        "participant: invitation": 10,
        // The family's own page: the link, then their children here, the school's name, their
        // meetings, those meetings' students and their requests (`FamilyPage.read`).
        "participant: family": 8,
        // The meeting as a calendar file: the link, the school's name and the room.
        "participant: calendar": 5,
        // +1 (issue 12): the meeting's goals and actions, where each stands, and which are theirs.
        // +1: what closing sent to the next meeting (issue 12), so "for later" lists only that.
        // +1 (issue 13): for a family member, their children at the school, to ask about any of them
        // (which participant the demo's summary page opens differs by engine: PostgreSQL's is family).
        // +1 (issue 14): whether they have said how the meeting felt, for the invitation to answer.
        "participant: summary": 17,
        // How the meeting felt (issue 14): the link, the school's name and their answer so far.
        "participant: feedback": 5,
        // The home page is the day's work (issue 12): the session, what needs the person
        // (the navigation's count, drawn in full), their meetings this week, who replied to
        // those; for leaders and administrators whether the school still needs its first
        // steps; for administrators the organisation's schools.
        "home (admin)": 5,
        "home (leader)": 4,
        "home (head of year)": 4,
        "schools": 3,
        "roster import": 4,
        "roster import job": 3,
        "staff": 3,
        "invite staff": 2,
        "staff member": 4,
        "school settings": 2,
        // The school came with the session; its terms (issue 15).
        "term dates": 3,
        // Session, work count, the staff to choose from, one page of events, and the students
        // of the meetings among them.
        "audit": 5,
        // Session, work count, the school's terms, the stored figures; the first time, the term's
        // meetings in five reads whatever their number (the meetings with their counts, family
        // presence, groups, answers, goals and actions) and one write to store them. Later views
        // read the one stored row.
        "insight": 10,
        "students": 5,
        // The plan (issue 12): one more joined read, whatever the number of meetings.
        // +1 (issue 14): the answers behind "How meetings have felt", in one joined read.
        "student": 10,
        // Session, work count, the student, their meetings, one page of events, the audit line.
        "student timeline": 6,
        "new student": 2,
        "edit student": 4,
        "family member": 5,
        "add family member": 4,
        "remove family member": 5,
        "student's staff": 5,
        "add agency": 5,
        "meetings (leader)": 4,
        "meetings (head of year)": 4,
        // Session, work count, the alert with who answered, its meeting and students (one read).
        "feedback alert": 3,
        // Session, work count, the school, its thresholds.
        "feedback thresholds": 4,
        "new meeting": 4,
        "meeting requests": 3,
        "outbox": 4,
        "calendar feed": 3,
        "reminder emails": 2,
        "spaces": 3,
        "new space": 2,
        "space": 3,
        "API tokens": 4,
        // +1 (issue 13): other meetings booked at the same time, before it is held;
        // +1 each (issue 13): how each person was reached, one query for the page once shared.
        // -2 (issue 13, the task list): the people the family brings and the family who must not
        // be contacted are read only on the page of who is coming; the letter rides in the
        // room's query.
        "meeting (ready)": 11,
        "meeting (held)": 10,
        // The parts of the task list on their own pages: the meeting's read, without the audit
        // line and the "last opened" mark; who is coming adds the two lists above.
        "meeting people": 11,
        "meeting agenda": 9,
        "meeting notes": 9,
        "meeting preparation": 9,
        "meeting reflection": 9,
        "meeting plan": 4,
        // +1 (issue 13): every colleague at the school, who may be invited too.
        "meeting participants": 9,
        "meeting guests": 5,
        "meeting part time": 5,
        // +1 (issue 13): the meetings holding each room at the same time, in one read.
        "meeting space": 7,
        "agenda item": 5,
        "meeting seating": 6,
        "invitation": 6,
        // The access check as the invitation's, then the school's agenda items and the texts written.
        "meeting texts": 6,
        "share": 6,
        "cancel": 4,
        "run": 6,
        "shared screen": 4,
        "shared screen poll (changed)": 3,
        "shared screen poll (unchanged)": 2,
        // +1 each: what closing decided for what the meeting did not finish (issue 12).
        // +1 (issue 14): the participants' answers, read only for the lead and leaders.
        // +1 (issue 14): the same people's answers across meetings about the student, for them too.
        "record": 11,
        // The staff's own reflection after the meeting (issue 14): session, work count, the access
        // check's two, how the person took part, and their own reflection.
        "reflection after": 6,
        "summary": 11,
    ]

    /// GET routes that are not pages: assets, health, calendar files, the API.
    static let notPages: Set<SiteRoute.Template> = [
        .healthz, .readyz, .benchPlaintext, .asset(.stylesheet), .asset(.voiceScript), .asset(.liveScript),
        .outboxCalendar, .calendarFile, .auditExport, .insightExport,
        .api(.openAPI),
    ]

    struct Page {
        var name: String
        var template: SiteRoute.Template
        var user: String?
        var path: String
        var status: HTTPStatus = .ok
    }

    @Test("The counter counts each statement a request runs, through req.db and around it", arguments: TestDatabase.all)
    func counter(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            app.get("test-queries", ":n") { req async throws -> String in
                for _ in 0..<(req.parameters.get("n", as: Int.self) ?? 0) {
                    _ = try await User.query(on: req.db).first()
                }
                if req.query[String.self, at: "raw"] != nil {
                    try await (req.db as! any SQLDatabase).raw("SELECT 1").run()
                }
                if req.query[String.self, at: "transaction"] != nil {
                    try await req.db.transaction { db in _ = try await Organisation.query(on: db).count() }
                }
                if req.query[String.self, at: "application"] != nil {
                    _ = try await School.query(on: req.application.db).all()
                }
                return "done"
            }
            QueryRecorder.install(on: app)
            let visitor = TestBrowser(app)
            // The first request asks whether setup is done; later ones know.
            #expect(try await visitor.get("/test-queries/0").queryCount == 1)
            #expect(try await visitor.get("/test-queries/0").queryCount == 0)
            #expect(try await visitor.get("/test-queries/3").queryCount == 3)
            #expect(try await visitor.get("/test-queries/3?raw=1").queryCount == 4)
            // A transaction holds a connection: PostgreSQL counts what runs on it; SQLite's
            // driver logs it through the connection's own logger, unseen (see `QueryRecorder`).
            let inTransaction = try await visitor.get("/test-queries/0?transaction=1")
            let seesHeldConnections = database.testDescription == "PostgreSQL"
            #expect(inTransaction.queryCount == (seesHeldConnections ? 1 : 0))
            #expect(inTransaction.transactionCount == (seesHeldConnections ? 1 : 0))
            let around = try await visitor.get("/test-queries/2?application=1")
            #expect(around.queryCount == 2)
            #expect(around.applicationQueryCount == 1)
            // Signed in, the session lookup is one more (one joined read).
            try await visitor.signIn(people.primaryStaff)
            #expect(try await visitor.get("/test-queries/0").queryCount == 1)
            #expect(try await visitor.get("/test-queries/2").queryCount == 3)
            #expect(try await visitor.get("/test-queries/0").applicationQueryCount == 0)
        }
    }

    @Test("Every page stays within its budget on the demo school", arguments: TestDatabase.all)
    func budgets(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let pages = try await Self.demoPages(app)

            // Every GET route that answers with a page has a case, and every case a budget.
            let routes = app.routes.all.filter { $0.method == .GET }
                .map { "/" + $0.path.map(\.description).joined(separator: "/") }
            for route in routes where !route.hasPrefix("/api/") {
                let template = try #require(SiteRoute.Template(pattern: route), "\(route) is not in SiteRoute")
                guard !Self.notPages.contains(template) else { continue }
                #expect(pages.contains { $0.template == template }, "no query budget case for \(route)")
            }

            let recorder = QueryRecorder.install(on: app)
            // The first request of a process asks whether setup is done; pages are measured
            // as every later request runs them.
            try await TestBrowser(app).get("/sign-in")
            var browsers: [String: TestBrowser] = [:]
            var measured: [(String, Int, Int)] = []
            for page in pages {
                let browser: TestBrowser
                if let handle = page.user {
                    if let signedIn = browsers[handle] {
                        browser = signedIn
                    } else {
                        browser = TestBrowser(app)
                        let user = try #require(
                            try await User.query(on: app.db).filter(\.$email == "\(handle)@\(DemoSchool.domain)")
                                .first())
                        try await browser.signIn(user)
                        browsers[handle] = browser
                    }
                } else {
                    browser = TestBrowser(app)
                }
                let response = try await browser.get(page.path)
                #expect(response.status == page.status, "\(page.name): \(page.path)")
                let count = try #require(response.queryCount)
                #expect(response.applicationQueryCount == 0, "\(page.name) reads through application.db")
                measured.append((page.name, count, response.transactionCount ?? 0))
                if let budget = Self.budgets[page.name] {
                    #expect(
                        count <= budget,
                        "\(page.name) ran \(count) statements, over its budget of \(budget):\n\(recorder.last.statements.joined(separator: "\n"))"
                    )
                } else {
                    Issue.record("no query budget for \(page.name) (it ran \(count))")
                }
            }
            // `ROUNDTABLE_PRINT_QUERY_COUNTS=1 swift test --filter PageQueryBudgetTests` prints
            // the table, to lower budgets after a page improves.
            if ProcessInfo.processInfo.environment["ROUNDTABLE_PRINT_QUERY_COUNTS"] != nil {
                print("Queries per page on \(database.testDescription) | page | statements | transactions |")
                for (name, count, transactions) in measured { print("| \(name) | \(count) | \(transactions) |") }
            }
            #expect(Set(Self.budgets.keys) == Set(pages.map(\.name)), "budgets for pages no longer measured")
        }
    }

    /// The demo school (a held meeting with its record and summary, one ready to run,
    /// families, staff), with an agency working with a student, a pending staff invitation,
    /// a roster import, change notices in the outbox, and participants' own links.
    static func demoPages(_ app: Application) async throws -> [Page] {
        let db = app.db
        let hash = try app.roundtable.passwords.hash(Fixtures.password)
        _ = try await DemoSchool.create(students: 60, seed: 7, passwordHash: hash, on: db, now: app.roundtable.now)
        let school = try #require(try await School.query(on: db).first())
        let schoolID = try school.requireID()
        let admin = try #require(try await User.query(on: db).filter(\.$email == "admin@larkfield.example").first())
        // The showcase's two, not the term of closed meetings behind Insight.
        let meetings = try await Meeting.query(on: db).filter(\.$state != .closed).sort(\.$startsAt).all()
        let held = meetings[0]
        let upcoming = meetings[1]
        let studentID = try #require(
            try await MeetingStudent.query(on: db).filter(\.$meeting.$id == upcoming.requireID()).first()
        ).$student.id
        let familyID = try #require(
            try await StudentFamilyLink.query(on: db).filter(\.$student.$id == studentID).first()
        ).$familyMember.id

        let agency = AgencyContact()
        agency.$school.id = schoolID
        agency.agency = "Educational psychology service"
        agency.name = "Nadia Rahman"
        agency.role = "Educational psychologist"
        agency.email = "nadia.rahman@eps.example"
        try await agency.create(on: db)
        let consent = StudentAgencyLink()
        consent.$student.id = studentID
        consent.$agencyContact.id = try agency.requireID()
        consent.consentFrom = "The family"
        consent.consentDate = Date()
        try await consent.create(on: db)
        try await Meetings.participant(upcoming.requireID(), .agency, role: "Educational psychologist") {
            $0.$agencyContact.id = agency.id
        }.create(on: db)

        let invited = try await StaffDirectory.invite(
            name: "Noor Haddad", email: EmailAddress("noor@larkfield.example")!, role: .staff, schoolID: schoolID,
            organisationID: school.$organisation.id, lifetime: 7 * 86_400, context: .commandLine(at: Date()), on: db,
            now: Date())
        let job = RosterImportJob()
        job.$school.id = schoolID
        job.$createdBy.id = admin.id
        job.fileName = "roster.zip"
        job.status = .done
        job.phase = "Done"
        job.dryRun = true
        job.skipInvalid = false
        job.summary = "60 students, no changes"
        job.finishedAt = Date()
        try await job.create(on: db)
        let settings = try await Sharing.Settings.make(
            for: upcoming, configuration: app.roundtable.configuration, on: db)
        _ = try await Sharing.notify(
            upcoming, details: try await Meetings.details(of: upcoming, on: db, now: Date()), kind: .update,
            settings: settings,
            on: db, now: Date())
        func familyLink(_ meeting: Meeting) async throws -> String {
            let participant = try #require(
                try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == meeting.requireID())
                    .filter(\.$kind == .family).first())
            return "/p/"
                + (try await Sharing.issueLink(
                    for: participant, expires: Date().addingTimeInterval(30 * 86_400), on: db))
        }
        let invitationPage = try await familyLink(upcoming)
        let summaryPage = try await familyLink(held)
        let space = try #require(try await Space.query(on: db).filter(\.$school.$id == schoolID).first())
        let revision = upcoming.runRevision

        let staffMember = try #require(
            try await User.query(on: db).filter(\.$email == "year7@larkfield.example").first())
        let student = "/students/\(studentID)"
        let family = student + "/family/\(familyID)"
        let up = "/meetings/\(try upcoming.requireID())"
        let agendaItem = try #require(
            try await AgendaItem.query(on: db).filter(\.$meeting.$id == upcoming.requireID()).first()?.id)
        let someone = try #require(
            try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == upcoming.requireID()).first())
        let past = "/meetings/\(try held.requireID())"
        // A family member's low answer about the held meeting raises an alert for its lead.
        let answering = try #require(
            try await MeetingParticipant.query(on: db).filter(\.$meeting.$id == held.requireID())
                .filter(\.$kind == .family).first())
        _ = try await FeedbackAnswers.save(
            FeedbackForm.Checked(scores: [.cared: 3, .listened: 4]), scale: .zeroToTen, participant: answering,
            meeting: held, context: .commandLine(at: Date()), now: Date(), on: db)
        let alert = try #require(try await FeedbackAlert.query(on: db).first())
        return [
            Page(name: "sign in", template: .signIn, user: nil, path: "/sign-in"),
            Page(name: "setup (done)", template: .setup, user: nil, path: "/setup", status: .notFound),
            Page(name: "welcome", template: .welcome, user: nil, path: "/welcome/\(invited.token)"),
            Page(name: "participant: invitation", template: .participant(.page), user: nil, path: invitationPage),
            Page(name: "participant: summary", template: .participant(.page), user: nil, path: summaryPage),
            Page(
                name: "participant: feedback", template: .participant(.feedback), user: nil,
                path: summaryPage + "/feedback"),
            Page(
                name: "participant: family", template: .participant(.family), user: nil,
                path: invitationPage + "/family"),
            Page(
                name: "participant: calendar", template: .participant(.calendar), user: nil,
                path: invitationPage + "/meeting.ics"),
            Page(name: "home (admin)", template: .home, user: "admin", path: "/"),
            Page(name: "home (leader)", template: .home, user: "head", path: "/"),
            Page(name: "home (head of year)", template: .home, user: "year7", path: "/"),
            Page(name: "schools", template: .schools, user: "admin", path: "/schools"),
            Page(name: "roster import", template: .rosterImport, user: "admin", path: "/roster-import"),
            Page(
                name: "roster import job", template: .rosterImportJob, user: "admin", path: "/roster-import/\(job.id!)"),
            Page(name: "staff", template: .staff, user: "head", path: "/staff"),
            Page(name: "invite staff", template: .inviteStaff, user: "head", path: "/staff/invite"),
            Page(name: "staff member", template: .staffMember(.show), user: "head", path: "/staff/\(staffMember.id!)"),
            Page(name: "school settings", template: .schoolSettings, user: "head", path: "/school-settings"),
            Page(
                name: "feedback thresholds", template: .feedbackThresholds, user: "head",
                path: "/school-settings/feedback-alerts"),
            Page(name: "feedback alert", template: .feedbackAlert, user: "head", path: "/feedback-alerts/\(alert.id!)"),
            Page(name: "term dates", template: .schoolTerms, user: "head", path: "/school-settings/terms"),
            Page(name: "audit", template: .audit, user: "head", path: "/audit"),
            Page(name: "insight", template: .insight, user: "head", path: "/insight"),
            Page(name: "students", template: .students, user: "head", path: "/students"),
            Page(name: "student", template: .student(.show), user: "head", path: student),
            Page(name: "student timeline", template: .student(.timeline), user: "head", path: student + "/timeline"),
            Page(name: "new student", template: .newStudent, user: "head", path: "/students/new"),
            Page(name: "edit student", template: .student(.edit), user: "head", path: student + "/edit"),
            Page(name: "family member", template: .student(.familyMember), user: "head", path: family),
            Page(
                name: "add family member", template: .student(.addFamilyMember), user: "head",
                path: student + "/family/new"),
            Page(
                name: "remove family member", template: .student(.removeFamilyMember), user: "head",
                path: family + "/remove"),
            Page(name: "student's staff", template: .student(.staff), user: "head", path: student + "/staff"),
            Page(name: "add agency", template: .student(.addAgency), user: "head", path: student + "/agencies/new"),
            Page(name: "meetings (leader)", template: .meetings, user: "head", path: "/meetings"),
            Page(name: "meetings (head of year)", template: .meetings, user: "year7", path: "/meetings"),
            Page(name: "new meeting", template: .student(.newMeeting), user: "year7", path: student + "/meetings/new"),
            Page(name: "meeting requests", template: .meetingRequests, user: "head", path: "/requests"),
            Page(name: "outbox", template: .outbox, user: "head", path: "/outbox"),
            Page(name: "calendar feed", template: .calendarFeed, user: "year7", path: "/calendar-feed"),
            Page(name: "reminder emails", template: .reminderSettings, user: "year7", path: "/reminders"),
            Page(name: "spaces", template: .spaces, user: "head", path: "/spaces"),
            Page(name: "new space", template: .newSpace, user: "head", path: "/spaces/new"),
            Page(name: "space", template: .space, user: "head", path: "/spaces/\(space.id!)"),
            Page(name: "API tokens", template: .apiTokens, user: "admin", path: "/api-tokens"),
            Page(name: "meeting (ready)", template: .meeting(.show), user: "year7", path: up),
            Page(name: "meeting (held)", template: .meeting(.show), user: "year7", path: past),
            Page(name: "meeting plan", template: .meeting(.plan), user: "year7", path: up + "/plan"),
            Page(name: "meeting people", template: .meeting(.people), user: "year7", path: up + "/people"),
            Page(name: "meeting agenda", template: .meeting(.agenda), user: "year7", path: up + "/agenda"),
            Page(name: "meeting notes", template: .meeting(.notes), user: "year7", path: up + "/notes"),
            Page(
                name: "meeting preparation", template: .meeting(.preparation), user: "year7",
                path: up + "/preparation"),
            Page(
                name: "meeting reflection", template: .meeting(.biasCheck), user: "year7", path: up + "/reflection"),
            Page(
                name: "meeting participants", template: .meeting(.participants), user: "year7",
                path: up + "/participants"),
            Page(name: "meeting guests", template: .meeting(.guests), user: "year7", path: up + "/guests"),
            Page(
                name: "meeting part time", template: .meeting(.partTime), user: "year7",
                path: up + "/participants/\(try someone.requireID())/time"),
            Page(name: "meeting space", template: .meeting(.space), user: "year7", path: up + "/space"),
            Page(name: "meeting seating", template: .meeting(.seating), user: "year7", path: up + "/seating"),
            Page(
                name: "agenda item", template: .meeting(.agendaItemEdit), user: "year7",
                path: up + "/agenda/\(agendaItem)/edit"),
            Page(name: "invitation", template: .meeting(.invitation), user: "year7", path: up + "/invitation"),
            Page(
                name: "meeting texts", template: .meeting(.texts), user: "year7", path: up + "/texts?language=ar"),
            Page(name: "share", template: .meeting(.share), user: "year7", path: up + "/share"),
            Page(name: "cancel", template: .meeting(.cancel), user: "year7", path: up + "/cancel"),
            Page(name: "run", template: .meeting(.run), user: "year7", path: up + "/run"),
            Page(name: "shared screen", template: .meeting(.screen), user: "year7", path: up + "/screen"),
            Page(
                name: "shared screen poll (changed)", template: .meeting(.screenLive), user: "year7",
                path: up + "/screen/live?since=\(revision - 1)"),
            Page(
                name: "shared screen poll (unchanged)", template: .meeting(.screenLive), user: "year7",
                path: up + "/screen/live?since=\(revision)", status: .noContent),
            Page(name: "record", template: .meeting(.record), user: "year7", path: past + "/record"),
            Page(
                name: "reflection after", template: .meeting(.reflectionAfter), user: "year7",
                path: past + "/reflection/after"),
            Page(name: "summary", template: .meeting(.summary), user: "year7", path: past + "/summary"),
        ]
    }
}
