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
    /// Closed meetings in Oak Primary this month: six about students whose family needed an
    /// interpreter (rated 5), eight about others (rated 9), and three behaviour-concern meetings
    /// about three more students (a group too small to show).
    static func seed(_ app: Application, _ people: Fixtures) async throws {
        let db = app.db
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
        }
        for _ in 0..<6 { try await closed(.progressReview, interpreter: true, score: 5, familyThere: true) }
        for _ in 0..<8 { try await closed(.progressReview, interpreter: false, score: 9, familyThere: true) }
        for _ in 0..<3 { try await closed(.behaviourConcern, interpreter: false, score: 9, familyThere: false) }
    }

    static var thisMonth: String { SiteRoute.insight(InsightQuery(period: .month)).path }

    @Test(
        "A leader sees this month's figures, the small group hidden, the difference in words",
        arguments: TestDatabase.all)
    func leaderSeesFigures(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await Self.seed(app, people)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = try await leader.get(Self.thisMonth)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("How meetings are going"))
            // 17 meetings about 17 students; 14 of 17 families took part.
            #expect(
                html.contains("<th scope=\"row\">Meetings held</th><td class=\"numeric\" data-label=\"Figure\">17</td>")
            )
            #expect(html.contains("82%"))
            // Three behaviour-concern meetings: hidden, and so is nothing else (14 is the other row).
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
            #expect(try await staff.get(Self.thisMonth).status == .notFound)
            let otherLeader = TestBrowser(app)
            try await otherLeader.signIn(people.secondaryLeader)
            let primary = SiteRoute.insight(InsightQuery(school: people.oakPrimary.id!, period: .month)).path
            #expect(try await otherLeader.get(primary).status == .notFound)
            let elm = TestBrowser(app)
            try await elm.signIn(people.elmAdmin)
            #expect(try await elm.get(primary).status == .notFound)
            let oakAdmin = TestBrowser(app)
            try await oakAdmin.signIn(people.oakAdmin)
            let whole = try await oakAdmin.get(SiteRoute.insight(InsightQuery(period: .month)).path)
            #expect(whole.status == .ok)
            #expect(whole.body.string.contains("Whole organisation"))
            #expect(whole.body.string.contains(">17</td>"))
            #expect(try await oakAdmin.get(primary).status == .ok)
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
                SiteRoute.insightExport(table: "by-type", InsightQuery(period: .month)).path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType?.subType == "csv")
            let text = response.body.string
            #expect(text.hasPrefix("\u{FEFF}\"Type of meeting\",\"Meetings\""))
            #expect(text.contains("\"Behaviour concern\",\"fewer than 5\""))
            // With only two types, the other is hidden too, or 17 − 14 would give the small one away.
            #expect(text.contains("\"Progress review\",\"fewer than 5\""))
            let figures = try await leader.get(
                SiteRoute.insightExport(table: "key-figures", InsightQuery(period: .month)).path)
            #expect(figures.body.string.contains("\"Meetings held\",\"17\"\r\n"))
            #expect(
                try await leader.get(SiteRoute.insightExport(table: "nothing", InsightQuery()).path).status == .notFound
            )
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
            let governor = User(
                organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: "Gwen Hartley",
                email: EmailAddress("governor@oak.example")!,
                passwordHash: try app.roundtable.passwords.hash(Fixtures.password), role: .governor)
            try await governor.create(on: app.db)
            let browser = TestBrowser(app)
            try await browser.signIn(governor)
            let home = try await browser.get("/")
            #expect(home.status == .seeOther)
            #expect(home.headers.first(name: .location) == SiteRoute.insight().path)
            let page = try await browser.get(Self.thisMonth)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains(">17</td>"))
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
