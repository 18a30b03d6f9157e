import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The roles the main matrix cannot tell apart: a head of year (who reaches Year 8 by their
/// job), the special needs coordinator (who reaches students with special needs), and a
/// teacher (who reaches the students they teach), each against a student and a meeting they
/// may see and one they may not, in each state a meeting passes through, on the web and
/// through an API token of their own.
@Suite("Reach by job: heads of year, the special needs coordinator and teachers")
struct ReachMatrixTests {
    enum Who: String, CaseIterable {
        case teacher, headOfYear, senco
    }

    @Test("Each sees exactly the students and meetings their job reaches", arguments: TestDatabase.all)
    func reach(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let users: [Who: User] = [.teacher: people.primaryStaff, .headOfYear: s.headOfYear, .senco: s.senco]
            // Zoë: Year 7, taught by the teacher. Omar: Year 8 with special needs. Ling: Year 8.
            let zoeMeeting = try await Meetings.create(
                .behaviourConcern, for: s.zoe, by: StaffContext.of(people.primaryStaff, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            let omarMeeting = try await Meetings.create(
                .progressReview, for: s.omar, by: StaffContext.of(people.primaryLeader, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            let lingMeeting = try await Meetings.create(
                .progressReview, for: s.ling, by: StaffContext.of(people.primaryLeader, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            let sees: [Who: Set<String>] = [
                .teacher: ["zoe"], .headOfYear: ["omar", "ling"], .senco: ["omar"],
            ]
            let students = ["zoe": s.zoe.id!, "omar": s.omar.id!, "ling": s.ling.id!]
            let meetings = ["zoe": zoeMeeting.id!, "omar": omarMeeting.id!, "ling": lingMeeting.id!]
            var tokens: [Who: String] = [:]
            for who in Who.allCases {
                tokens[who] = try await APITests.token(for: users[who]!, admin: people.oakAdmin, app: app)
            }
            for state in [MeetingState.draft, .shared, .closed, .recordShared, .cancelled] {
                for meeting in try await Meeting.query(on: app.db).all() {
                    meeting.state = state
                    try await meeting.save(on: app.db)
                }
                for who in Who.allCases {
                    let browser = TestBrowser(app)
                    try await browser.signIn(users[who]!)
                    for (name, id) in students {
                        let expected: HTTPStatus = sees[who]!.contains(name) ? .ok : .notFound
                        let page = try await browser.get("/students/\(id)")
                        #expect(page.status == expected, "\(who) \(state) student \(name)")
                        let api = try await APITests.get(app, "/api/v1/students/\(id)", token: tokens[who])
                        #expect(api.status == expected, "\(who) \(state) API student \(name)")
                    }
                    for (name, id) in meetings {
                        let expected: HTTPStatus = sees[who]!.contains(name) ? .ok : .notFound
                        let page = try await browser.get("/meetings/\(id)")
                        #expect(page.status == expected, "\(who) \(state) meeting \(name)")
                        let api = try await APITests.get(app, "/api/v1/meetings/\(id)", token: tokens[who])
                        #expect(api.status == expected, "\(who) \(state) API meeting \(name)")
                        // Seeing a meeting is not planning it: only its owner, lead and leaders change it.
                        let plan = try await browser.get("/meetings/\(id)/plan")
                        let mayPlan = who == .teacher && name == "zoe"
                        #expect(
                            (plan.status == .ok || plan.status == .badRequest) == mayPlan,
                            "\(who) \(state) plan \(name): \(plan.status.code)")
                        if !mayPlan { #expect(plan.status == .notFound, "\(who) \(state) plan \(name)") }
                    }
                }
            }
        }
    }

    @Test(
        "A meeting about two students opens only for someone who reaches both, or who takes part in it",
        arguments: TestDatabase.all)
    func twoStudents(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let meeting = try await Meetings.create(
                .progressReview, for: s.zoe, by: StaffContext.of(people.primaryLeader, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            try await MeetingStudent(meetingID: meeting.id!, studentID: s.omar.id!).create(on: app.db)
            let path = "/meetings/\(meeting.id!)"
            // Each reaches one of the two (the teacher Zoë, the head of year and the
            // coordinator Omar), so none may open it; the leader reaches both.
            for user in [people.primaryStaff, s.headOfYear, s.senco] {
                let browser = TestBrowser(app)
                try await browser.signIn(user)
                #expect(try await browser.get(path).status == .notFound, "\(user.name)")
            }
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let leaderView = try await leader.get(path)
            #expect(leaderView.status == .ok)
            #expect(leaderView.text.contains("Zoë") && leaderView.text.contains("Omar"))
            // Invited, the head of year opens it and sees both students named.
            let invited = MeetingParticipant()
            invited.$meeting.id = meeting.id!
            invited.kind = .staff
            invited.$user.id = s.headOfYear.id!
            invited.role = "Head of year"
            try await invited.create(on: app.db)
            let head = TestBrowser(app)
            try await head.signIn(s.headOfYear)
            let headView = try await head.get(path)
            #expect(headView.status == .ok)
            #expect(headView.text.contains("Zoë") && headView.text.contains("Omar"))
            // Another school's leader never does.
            let other = TestBrowser(app)
            try await other.signIn(people.secondaryLeader)
            #expect(try await other.get(path).status == .notFound)
        }
    }
}
