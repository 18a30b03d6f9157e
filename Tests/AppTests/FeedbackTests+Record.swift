import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The participants' answers on the meeting's record (issue 14, staff side): the lead and the
/// school's leaders read them; a colleague who reads the same record does not; an answer counted
/// only in the school's totals shows only that they answered.
@Suite("How the meeting felt: the answers on the record")
struct FeedbackRecordTests {
    @Test(
        "The lead and a leader read the scores; a colleague at the meeting reads nothing; totals-only hides them",
        arguments: TestDatabase.all)
    func onTheRecord(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            try await Meeting.query(on: app.db).filter(\.$id == c.meeting.id!)
                .set(\.$lead.$id, to: people.primaryStaff.id).update()
            // A colleague who took part: they read the record, and may read the family's words.
            let colleague = User(
                organisationID: people.oak.id!, schoolID: people.oakPrimary.id, name: "Chris Colleague",
                email: EmailAddress("chris@oak.example")!,
                passwordHash: try app.roundtable.passwords.hash(Fixtures.password), role: .staff)
            try await colleague.create(on: app.db)
            try await Meetings.participant(c.meeting.id!, .staff, role: "Class teacher") {
                $0.$user.id = colleague.id
            }.create(on: app.db)

            // Amira answers with her scores and words; the therapist counts only in the totals.
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

            let record = c.path + "/record"
            let english = Localizer("en")
            for viewer in [c.lead, try await Self.signedIn(people.primaryLeader, app)] {
                let page = try await viewer.get(record)
                #expect(page.status == .ok)
                #expect(page.text.contains("How the meeting felt for them"))
                #expect(page.text.contains(english(.feedbackCared)))
                #expect(page.text.contains("Mostly (8 of 10)"))
                #expect(page.text.contains("Not really (4 of 10)"))
                #expect(page.text.contains("A shorter meeting, please."))
                // Only that the therapist answered: not her score, not her words.
                let totals = try #require(page.text.range(of: "answered (counted only in the school"))
                #expect(page.text[..<totals.lowerBound].suffix(120).contains("Nadia Therapist"))
                #expect(!page.text.contains("Secret words"))
                #expect(!page.text.contains("(2 of 10)"))
            }

            let other = try await Self.signedIn(colleague, app)
            let page = try await other.get(record)
            #expect(page.status == .ok)
            #expect(!page.text.contains("How the meeting felt for them"))
            #expect(!page.text.contains("A shorter meeting, please."))
            #expect(!page.text.contains("(8 of 10)"))
            #expect(!page.text.contains("counted only in the school"))
        }
    }

    static func signedIn(_ user: User, _ app: Application) async throws -> TestBrowser {
        let browser = TestBrowser(app)
        try await browser.signIn(user)
        return browser
    }
}
