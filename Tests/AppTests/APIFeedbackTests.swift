import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The participants' answers under `/api/v1` (issue 14): the same people read them as on the
/// record page, and an answer counted only in the school's totals says only that it came.
@Suite("How the meeting felt, through the JSON API")
struct APIFeedbackTests {
    @Test(
        "The lead's and a leader's tokens read the scores; a colleague's gets not found; totals-only is blanked",
        arguments: TestDatabase.all)
    func answers(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            try await Meeting.query(on: app.db).filter(\.$id == c.meeting.id!)
                .set(\.$lead.$id, to: people.primaryStaff.id).update()
            let colleague = User(
                organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: "Chris Colleague",
                email: EmailAddress("chris@oak.example")!,
                passwordHash: try app.roundtable.passwords.hash(Fixtures.password), role: .staff)
            try await colleague.create(on: app.db)
            try await Meetings.participant(c.meeting.id!, .staff, role: "Class teacher") {
                $0.$user.id = colleague.id
            }.create(on: app.db)
            let path = "/api/v1/meetings/\(c.meeting.id!)/feedback"
            let lead = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)

            // Before anyone answers: asked, none answered.
            let none = try await APITests.get(app, path, token: lead)
            #expect(none.status == .ok)
            let empty = try none.content.decode(APIController.FeedbackOutput.self)
            #expect(empty.answers.isEmpty && empty.answered == 0)
            #expect(empty.asked == 3, "Zoë, Amira and the therapist; not the restricted father, not staff")

            let amira = TestBrowser(app)
            try await amira.get(c.amiraLink + "/feedback")
            let saved = try await amira.post(
                c.amiraLink + "/feedback", ["q_cared": "8", "q_listened": "4", "better": "A shorter meeting, please."])
            #expect(saved.status == .seeOther)
            let nadia = TestBrowser(app)
            try await nadia.get(c.agencyLink + "/feedback")
            let hidden = try await nadia.post(
                c.agencyLink + "/feedback", ["q_cared": "2", "better": "Secret words", "totals_only": "true"])
            #expect(hidden.status == .seeOther)

            let leader = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            for token in [lead, leader] {
                let response = try await APITests.get(app, path, token: token)
                #expect(response.status == .ok)
                let feedback = try response.content.decode(APIController.FeedbackOutput.self)
                #expect(feedback.meetingId == c.meeting.id && feedback.asked == 3 && feedback.answered == 2)
                let mother = try #require(feedback.answers.first { $0.name.hasPrefix("Amira") })
                #expect(mother.kind == "family" && mother.scale == "zero_to_ten" && !mother.totalsOnly)
                #expect(mother.scores == ["cared": 8, "listened": 4])
                #expect(mother.better == "A shorter meeting, please.")
                #expect(mother.updatedAt != nil)
                let therapist = try #require(feedback.answers.first { $0.name.hasPrefix("Nadia") })
                #expect(therapist.kind == "agency" && therapist.totalsOnly)
                #expect(therapist.scores == nil && therapist.better == nil && therapist.updatedAt == nil)
                #expect(!response.text.contains("Secret words"))
                #expect(response.text.contains(#""scores":null"#))
            }

            // A colleague who took part and reads the record, and a leader of another school:
            // not found, as for a meeting they cannot open.
            let other = try await APITests.token(for: colleague, admin: people.oakAdmin, app: app)
            #expect(try await APITests.get(app, "/api/v1/meetings/\(c.meeting.id!)/record", token: other).status == .ok)
            let refused = try await APITests.get(app, path, token: other)
            #expect(refused.status == .notFound)
            #expect(!refused.text.contains("shorter meeting"))
            let elsewhere = try await APITests.token(for: people.secondaryLeader, admin: people.oakAdmin, app: app)
            #expect(try await APITests.get(app, path, token: elsewhere).status == .notFound)
        }
    }
}
