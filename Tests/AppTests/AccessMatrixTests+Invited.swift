import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

extension AccessMatrixTests {
    /// What a colleague invited to one meeting about Zoë (the special needs coordinator, who
    /// does not otherwise reach her) gets: that meeting and its record, nothing else of hers,
    /// in the pages and in the API. (`MeetingReach.invitedOnly`.)
    struct InvitedRow {
        var path: String
        var status: HTTPStatus
        var api = false
    }

    @Test(
        "An invited colleague opens the meeting they were asked to, and nothing more about the student",
        arguments: TestDatabase.all)
    func invitedOnly(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let by = try await StaffContext.of(people.primaryStaff, on: app.db)
            let context = AuditContext(now: app.roundtable.now)
            let meeting = try await Meetings.create(.behaviourConcern, for: s.zoe, by: by, context: context, on: app.db)
            let another = try await Meetings.create(.progressReview, for: s.zoe, by: by, context: context, on: app.db)
            try await Meetings.participant(meeting.id!, .staff, role: "Special needs coordinator") {
                $0.$user.id = s.senco.id
            }.create(on: app.db)
            let m = "/meetings/\(meeting.id!)"
            let zoe = "/students/\(s.zoe.id!)"
            let rows: [InvitedRow] = [
                .init(path: m, status: .ok),
                .init(path: m + "/record", status: .ok),
                // Running it is the facilitator's (whoever may change it), not every participant's.
                .init(path: m + "/run", status: .notFound),
                .init(path: m + "/screen", status: .ok),
                .init(path: m + "/participants", status: .notFound),
                .init(path: m + "/guests", status: .notFound),
                .init(path: m + "/plan", status: .notFound),
                .init(path: zoe, status: .notFound),
                .init(path: zoe + "/timeline", status: .notFound),
                .init(path: zoe + "/edit", status: .notFound),
                .init(path: "/meetings/\(another.id!)", status: .notFound),
                .init(path: "/meetings/\(another.id!)/record", status: .notFound),
                .init(path: "/students", status: .ok),
                .init(path: "/meetings", status: .ok),
                .init(path: "/", status: .ok),
                .init(path: "/api/v1/meetings/\(meeting.id!)", status: .ok, api: true),
                .init(path: "/api/v1/meetings/\(meeting.id!)/record", status: .ok, api: true),
                // Only the lead and the school's leaders read how it felt (`FeedbackVisibility`).
                .init(path: "/api/v1/meetings/\(meeting.id!)/feedback", status: .notFound, api: true),
                .init(path: "/api/v1/meetings/\(another.id!)", status: .notFound, api: true),
                .init(path: "/api/v1/students/\(s.zoe.id!)", status: .notFound, api: true),
                .init(path: "/api/v1/meetings", status: .ok, api: true),
            ]
            let browser = TestBrowser(app)
            try await browser.signIn(s.senco)
            let token = try await APITests.token(for: s.senco, admin: people.oakAdmin, app: app)
            for row in rows {
                let response =
                    row.api ? try await APITests.get(app, row.path, token: token) : try await browser.get(row.path)
                #expect(response.status == row.status, "\(row.path): got \(response.status.code)")
                if row.status == .ok && !row.path.hasPrefix(m) && row.path != "/api/v1/meetings/\(meeting.id!)" {
                    // Lists hold the meeting they were asked to, never the other one, nor Zoë herself.
                    #expect(!response.text.contains(another.id!.uuidString), "\(row.path) lists the other meeting")
                    #expect(!response.text.contains(zoe), "\(row.path) leads to Zoë's page")
                }
            }
            #expect(try await browser.get("/meetings").text.contains(m))
            #expect(try await APITests.get(app, "/api/v1/meetings", token: token).text.contains(meeting.id!.uuidString))
        }
    }
}
