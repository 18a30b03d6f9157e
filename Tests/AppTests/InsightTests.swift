import Fluent
import Foundation
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The school's figures (issue 15): who may read them, that they count what happened, that a
/// small group never shows, and that each table downloads as it is shown.
@Suite("Insight: how meetings are going, for leaders")
struct InsightTests {
    /// A term under way at Oak Primary, and closed meetings in it: ten about students whose
    /// family needed an interpreter (rated 5), ten about others (rated 9), and three
    /// behaviour-concern meetings about three more students (a group too small to show).
    static func seed(_ app: Application, _ people: Fixtures) async throws {
        let db = app.db
        let term = SchoolTermRecord()
        term.$school.id = people.oakPrimary.id!
        term.name = "Autumn term"
        term.startDay = SchoolDay(app.roundtable.now.addingTimeInterval(-60 * 86_400), in: .gmt).description
        term.endDay = SchoolDay(app.roundtable.now.addingTimeInterval(30 * 86_400), in: .gmt).description
        term.savedAt = app.roundtable.now.addingTimeInterval(-50 * 86_400)
        try await term.create(on: db)
        let held = app.roundtable.now.addingTimeInterval(-2 * 3600)
        func closed(
            _ type: MeetingType, interpreter: Bool, score: Int, familyThere: Bool
        ) async throws {
            let student = Student()
            student.$school.id = people.oakPrimary.id!
            student.setNames(given: "Pupil", family: UUID().uuidString.prefix(6).description, preferred: nil)
            student.dateOfBirth = Date(timeIntervalSince1970: 1_400_000_000)
            student.yearGroup = 7
            student.homeLanguages = [interpreter ? "pl" : "en"]
            student.hasSpecialNeeds = false
            student.isDisadvantaged = false
            student.learnsEnglishAsAdditionalLanguage = interpreter
            student.isActive = true
            try await student.create(on: db)
            let meeting = Meeting()
            meeting.$school.id = people.oakPrimary.id!
            meeting.type = type
            meeting.state = .closed
            meeting.purpose = "To talk about how things are going"
            meeting.requestedBy = .school
            meeting.urgency = .routine
            meeting.format = .inPerson
            meeting.startsAt = held
            meeting.lengthMinutes = 30
            meeting.groundRules = []
            meeting.preparationDone = []
            meeting.seating = []
            meeting.$createdBy.id = people.primaryStaff.id!
            meeting.calendarSequence = 0
            meeting.startedAt = held
            meeting.closedAt = held.addingTimeInterval(25 * 60)
            meeting.recordSharedAt = held.addingTimeInterval(3600)
            meeting.runRevision = 0
            try await meeting.create(on: db)
            try await MeetingStudent(meetingID: meeting.id!, studentID: student.id!).create(on: db)
            let family = Meetings.participant(meeting.id!, .family, role: "Parent") {
                $0.presence = familyThere ? .present : .absent
            }
            try await family.create(on: db)
            let snapshot = MeetingGroupSnapshot()
            snapshot.$meeting.id = meeting.id!
            snapshot.$student.id = student.id!
            snapshot.yearGroup = 7
            snapshot.homeLanguage = interpreter ? "pl" : "en"
            snapshot.needsInterpreter = interpreter
            snapshot.specialNeeds = false
            snapshot.separatedParents = false
            snapshot.disadvantaged = false
            snapshot.recordedAt = held
            snapshot.backfilled = false
            try await snapshot.create(on: db)
            let answer = FeedbackAnswer()
            answer.$meeting.id = meeting.id!
            answer.$participant.id = family.id!
            answer.scale = .zeroToTen
            answer.cared = score
            answer.clear = score
            answer.totalsOnly = false
            answer.saves = 1
            answer.createdAt = held
            answer.updatedAt = held
            try await answer.create(on: db)
            // One action: for the interpreter group due tomorrow and done today (on time), for the
            // others due yesterday and not done (overdue). One goal, achieved.
            let action = RecordEntry()
            action.$meeting.id = meeting.id!
            action.kind = .action
            action.label = .shared
            action.text = "Send the reading plan home"
            action.date = Calendar.gregorianUTC.startOfDay(
                for: app.roundtable.now.addingTimeInterval(interpreter ? 86_400 : -86_400))
            try await action.create(on: db)
            if interpreter {
                let done = ActionStatusUpdate()
                done.$entry.id = action.id!
                done.status = .done
                done.at = held
                try await done.create(on: db)
            }
            let goal = RecordEntry()
            goal.$meeting.id = meeting.id!
            goal.kind = .goal
            goal.label = .shared
            goal.text = "Reads every evening"
            try await goal.create(on: db)
            let progress = GoalProgressUpdate()
            progress.$entry.id = goal.id!
            progress.status = .achieved
            progress.at = held
            try await progress.create(on: db)
        }
        for _ in 0..<10 { try await closed(.progressReview, interpreter: true, score: 5, familyThere: true) }
        for _ in 0..<10 { try await closed(.progressReview, interpreter: false, score: 9, familyThere: true) }
        for _ in 0..<3 { try await closed(.behaviourConcern, interpreter: false, score: 9, familyThere: false) }
    }

    static var thisTerm: String { SiteRoute.insight().path }

    @Test(
        "A leader sees this month's figures, the small group hidden, the difference in words",
        arguments: TestDatabase.all)
    func leaderSeesFigures(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await Self.seed(app, people)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = try await leader.get(Self.thisTerm)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("How meetings are going"))
            // 23 meetings about 23 students; 20 of 23 families took part.
            #expect(
                html.contains("<th scope=\"row\">Meetings held</th><td class=\"numeric\" data-label=\"Figure\">23</td>")
            )
            #expect(html.contains("87%"))
            // 10 of the 23 actions due were done on time; every goal was achieved.
            #expect(
                html.contains(
                    "Actions done by their date (of those due)</th><td class=\"numeric\" data-label=\"Figure\">43%</td>"
                ))
            #expect(
                html.contains(
                    "Goals achieved, or changed for a better one</th><td class=\"numeric\" data-label=\"Figure\">100%</td>"
                ))
            // Three behaviour-concern meetings: hidden.
            #expect(
                html.contains(
                    "<th scope=\"row\">Behaviour concern</th><td class=\"numeric\" data-label=\"Meetings\">fewer than 5</td>"
                ))
            #expect(
                html.contains(
                    "Families who needed an interpreter rated their meetings 4.0 points lower than others in"))
            // No name of a student or family member appears.
            #expect(!html.contains("Pupil"))
        }
    }

    @Test("Only leaders and administrators of the organisation: others find nothing", arguments: TestDatabase.all)
    func access(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await Self.seed(app, people)
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            #expect(try await staff.get(Self.thisTerm).status == .notFound)
            let otherLeader = TestBrowser(app)
            try await otherLeader.signIn(people.secondaryLeader)
            let primary = SiteRoute.insight(InsightQuery(school: people.oakPrimary.id!)).path
            #expect(try await otherLeader.get(primary).status == .notFound)
            let elm = TestBrowser(app)
            try await elm.signIn(people.elmAdmin)
            #expect(try await elm.get(primary).status == .notFound)
            let oakAdmin = TestBrowser(app)
            try await oakAdmin.signIn(people.oakAdmin)
            try await Fixtures.countInsight(app)
            let whole = try await oakAdmin.get(SiteRoute.insight().path)
            #expect(whole.status == .ok)
            #expect(whole.body.string.contains("Whole organisation"))
            #expect(whole.body.string.contains(">23</td>"))
            #expect(try await oakAdmin.get(primary).status == .ok)
            // An organisation governor: the whole organisation's school year, and no school's page.
            let trustee = try await people.governor(on: app)
            let board = TestBrowser(app)
            try await board.signIn(trustee)
            let theirs = try await board.get(SiteRoute.insight().path)
            #expect(theirs.status == .ok && theirs.body.string.contains(">23</td>"))
            #expect(!theirs.body.string.contains(people.oakPrimary.name))
            #expect(try await board.get(primary).status == .notFound)
        }
    }

    @Test("A table downloads as CSV exactly as shown, the small group still hidden", arguments: TestDatabase.all)
    func csv(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await Self.seed(app, people)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let response = try await leader.get(
                SiteRoute.insightExport(table: "by-type", InsightQuery()).path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            let text = response.body.string
            #expect(text.hasPrefix("\u{FEFF}\"Type of meeting\",\"Meetings\""))
            #expect(text.contains("\"Behaviour concern\",\"fewer than 5\""))
            // With only two types, the other is hidden too, or 23 − 20 would give the small one away.
            #expect(text.contains("\"Progress review\",\"fewer than 5\""))
            let figures = try await leader.get(
                SiteRoute.insightExport(table: "key-figures", InsightQuery()).path)
            #expect(figures.body.string.contains("\"Meetings held\",\"23\"\r\n"))
            #expect(
                try await leader.get(SiteRoute.insightExport(table: "nothing", InsightQuery()).path).status == .notFound
            )
        }
    }

    @Test(
        "Narrowed to a year group or type: every measure of it and nothing inside it; a hidden group stays hidden",
        arguments: TestDatabase.all)
    func narrowed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await Self.seed(app, people)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let all = try await leader.get(Self.thisTerm).body.string
            #expect(all.contains("<option value=\"year-7\">Year 7</option>"))
            #expect(all.contains("<option value=\"type-behaviour_concern\">Behaviour concern</option>"))

            let year = try await leader.get(SiteRoute.insight(InsightQuery(only: .yearGroup(7))).path).body.string
            #expect(year.contains("<h2 class=\"heading-l\" id=\"narrowed\">Year 7</h2>"))
            #expect(
                year.contains("<th scope=\"row\">Meetings held</th><td class=\"numeric\" data-label=\"Figure\">23</td>")
            )
            #expect(year.contains("<option value=\"year-7\" selected>Year 7</option>"))
            // Nothing inside the group, and no comparisons between groups.
            #expect(!year.contains("By type of meeting"))
            #expect(!year.contains("Is every family served equally well?"))

            // The term's table hides both types (one is 3 students), so each type's page does too.
            let review = try await leader.get(
                SiteRoute.insight(InsightQuery(only: .type(.progressReview))).path
            ).body.string
            #expect(review.contains("Fewer than 5 students had meetings of the type “Progress review”"))
            #expect(!review.contains("Meetings held</th>"))
            let export = try await leader.get(
                SiteRoute.insightExport(table: "key-figures", InsightQuery(only: .type(.progressReview))).path)
            #expect(export.body.string.contains("\"Meetings held\",\"fewer than 5\""))
            #expect(!export.body.string.contains("\"20\""))

            let nobody = try await leader.get(SiteRoute.insight(InsightQuery(only: .yearGroup(11))).path).body.string
            #expect(nobody.contains("No meetings about students in Year 11 closed in this period."))

            let csv = try await leader.get(
                SiteRoute.insightExport(table: "key-figures", InsightQuery(only: .yearGroup(7))).path)
            #expect(csv.body.string.contains("\"Meetings held\",\"23\"\r\n"))
            #expect(csv.headers.first(name: .contentDisposition)?.contains("key-figures-year-7-") == true)
            // An address that names no group shows every meeting.
            let odd = try await leader.get(Self.thisTerm + "?only=year-seven").body.string
            #expect(odd.contains("By type of meeting"))
        }
    }

    @Test("A school without term dates is asked for them, not shown an error", arguments: TestDatabase.all)
    func noTerms(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = try await leader.get(SiteRoute.insight().path)
            #expect(page.status == .ok)
            #expect(page.body.string.contains("No term dates yet"))
            #expect(
                page.body.string.contains(
                    SiteRoute.schoolTerms(school: SchoolID(people.oakPrimary.id!)).path.replacingOccurrences(
                        of: "&", with: "&amp;")))
        }
    }

    @Test("A governor is taken to the figures and sees only them, without a name", arguments: TestDatabase.all)
    func governor(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await Self.seed(app, people)
            let governor = try await people.governor(school: people.oakPrimary, on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(governor)
            let home = try await browser.get("/")
            #expect(home.status == .seeOther)
            #expect(home.headers.first(name: .location) == SiteRoute.insight().path)
            let page = try await browser.get(Self.thisTerm)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(">23</td>"))
            // The navigation offers the figures and nothing else.
            #expect(html.contains("<a href=\"/insight\" aria-current=\"page\">Insight</a>"))
            #expect(!html.contains("href=\"/students\"") && !html.contains("href=\"/meetings\""))
            #expect(!html.contains("Pupil") && !html.contains(people.primaryStaff.name))
            #expect(try await browser.get("/students").status == .notFound)
            #expect(try await browser.get("/api/v1/students").status == .unauthorized)
            // Another school's figures stay closed to a school's governor.
            let secondary = SiteRoute.insight(InsightQuery(school: people.oakSecondary.id!)).path
            #expect(try await browser.get(secondary).status == .notFound)
        }
    }
}
