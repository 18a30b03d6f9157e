import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Alerts that lead to action (issue 14): a low answer raises one alert for the lead (or the
/// planner), shown under "Needs action"; the lead records what they did and it closes, once.
@Suite("How the meeting felt: alerts that lead to action")
struct FeedbackAlertTests {
    static func alerts(_ app: Application) async throws -> [FeedbackAlert] {
        try await FeedbackAlert.query(on: app.db).sort(\.$raisedAt).all()
    }

    /// Amira answers from her own link.
    @discardableResult
    static func answer(
        _ link: String, _ fields: [String: String], _ app: Application
    ) async throws
        -> TestingHTTPResponse
    {
        let amira = TestBrowser(app)
        try await amira.get(link + "/feedback")
        return try await amira.post(link + "/feedback", fields)
    }

    @Test(
        "A low score raises one alert for the lead, under Needs action; the lead records a phone call and it closes once",
        arguments: TestDatabase.all)
    func lowScoreToClosed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            #expect(try await Self.alerts(app).isEmpty)
            // The therapist's good answers raise nothing.
            try await Self.answer(c.agencyLink, ["q_cared": "9", "q_clear": "8"], app)
            #expect(try await Self.alerts(app).isEmpty)

            try await Self.answer(c.amiraLink, ["q_cared": "3", "q_clear": "7", "better": "Less rushing"], app)
            let raised = try await Self.alerts(app)
            #expect(raised.count == 1)
            let alert = try #require(raised.first)
            #expect(alert.$owner.id == people.primaryStaff.id)
            #expect(FeedbackAlerts.decode(alert.reasons) == [.init(.cared, .low(score: 3))])
            // Her own words are not in the alert.
            #expect(!alert.reasons.contains("rushing"))

            // Under "Needs action" and counted beside "Home".
            let list = try await c.lead.get("/meetings")
            #expect(list.text.contains("Needs action"))
            #expect(list.text.contains("/feedback-alerts/\(alert.id!)"))
            let home = try await c.lead.get("/")
            #expect(home.text.contains("/feedback-alerts/\(alert.id!)"))

            let path = "/feedback-alerts/\(alert.id!)"
            let page = try await c.lead.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Amira"))
            #expect(page.text.contains(Localizer("en")(.feedbackCared)))
            #expect(page.text.contains("Not really (3 of 10)"))
            #expect(page.text.contains("Call them."))
            #expect(page.text.contains("What did you do?"))
            #expect(!page.text.contains("Less rushing"))

            // "Something else" without a note is refused, the choice kept.
            let refused = try await c.lead.post(path, ["action": "other", "note": " "])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Say in a few words what you did"))
            #expect(refused.text.contains(#"value="other" checked"#))
            #expect(try await FeedbackAlert.find(alert.id, on: app.db)?.closedAt == nil)

            try await c.lead.get(path)
            let token = try #require(c.lead.csrfToken)
            let fields = ["action": "phone_call", "note": "Spoke with Amira; she felt rushed.", "_csrf": token]
            // A double press: both arrive, one closes it.
            let first = try await c.lead.post(path, fields)
            let second = try await c.lead.post(path, fields)
            #expect(first.status == .seeOther && second.status == .seeOther)
            let closed = try #require(try await FeedbackAlert.find(alert.id, on: app.db))
            #expect(closed.closedAt != nil)
            #expect(closed.$closedBy.id == people.primaryStaff.id)
            #expect(closed.action == "phone_call")
            #expect(closed.actionNote == "Spoke with Amira; she felt rushed.")
            #expect(try await ConcurrencyTests.audited(.feedbackAlertClosed, on: app) == 1)
            let audit = try #require(
                try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.feedbackAlertClosed.rawValue)
                    .first())
            #expect(audit.summary?.contains("phoned") == true)
            #expect(audit.summary?.contains("rushed") == false)

            let after = try await c.lead.get(path)
            #expect(after.text.contains("I phoned them"))
            #expect(after.text.contains(people.primaryStaff.name))
            #expect(!after.text.contains("What did you do?"))
            #expect(!(try await c.lead.get("/meetings")).text.contains(path))
        }
    }

    @Test("With no lead, the alert is for whoever planned the meeting", arguments: TestDatabase.all)
    func noLead(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            let meeting = try #require(try await Meeting.find(c.meeting.id, on: app.db))
            meeting.$lead.id = nil
            try await meeting.save(on: app.db)
            try await Self.answer(c.amiraLink, ["q_listened": "2"], app)
            let alert = try #require(try await Self.alerts(app).first)
            #expect(alert.$owner.id == meeting.$createdBy.id)
            #expect(try await c.lead.get("/feedback-alerts/\(alert.id!)").status == .ok)
        }
    }

    @Test(
        "Counted only in the totals: no named alert; changing to that removes the open one, and blanks one acted on",
        arguments: TestDatabase.all)
    func totalsOnly(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            try await Self.answer(c.agencyLink, ["q_cared": "1", "totals_only": "true"], app)
            #expect(try await Self.alerts(app).isEmpty)

            try await Self.answer(c.amiraLink, ["q_cared": "2"], app)
            #expect(try await Self.alerts(app).count == 1)
            try await Self.answer(c.amiraLink, ["q_cared": "2", "totals_only": "true"], app)
            // Nobody had acted on it: it is gone, so nothing names her or keeps her score.
            #expect(try await Self.alerts(app).isEmpty)

            // Low again, named; the lead phones her; then she asks to count only in the totals.
            try await Self.answer(c.amiraLink, ["q_cared": "3"], app)
            let alert = try #require(try await Self.alerts(app).first)
            let path = "/feedback-alerts/\(try alert.requireID())"
            try await c.lead.get(path)
            #expect(try await c.lead.post(path, ["action": "phone_call"]).status == .seeOther)
            try await Self.answer(c.amiraLink, ["q_cared": "3", "totals_only": "true"], app)
            // What the lead did stays on record; what she answered does not.
            let kept = try #require(try await FeedbackAlert.find(alert.id, on: app.db))
            #expect(kept.$closedBy.id == people.primaryStaff.id && kept.action == "phone_call")
            #expect(FeedbackAlerts.decode(kept.reasons).isEmpty)
            let page = try await c.lead.get(path)
            #expect(page.status == .ok && !page.text.contains("3 of 10"))
        }
    }

    @Test(
        "A drop since the same person's previous meeting about the same student raises one alert",
        arguments: TestDatabase.all)
    func drop(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            try await Self.answer(c.amiraLink, ["q_cared": "9", "q_clear": "8"], app)
            #expect(try await Self.alerts(app).isEmpty)

            // A second meeting about Zoë, closed a day later; Amira is invited by default.
            let first = try #require(try await Meeting.find(c.meeting.id, on: app.db))
            let second = try await Meetings.create(
                .behaviourConcern, for: s.zoe, by: StaffContext.of(people.primaryStaff, on: app.db),
                context: AuditContext(now: app.roundtable.now), on: app.db)
            second.state = .closed
            second.closedAt = try #require(first.closedAt).addingTimeInterval(86_400)
            try await second.save(on: app.db)
            let amira = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == second.requireID())
                    .filter(\.$familyMember.$id == s.mother.requireID()).first())
            _ = try await FeedbackAnswers.save(
                FeedbackForm.Checked(scores: [.cared: 7, .clear: 8]), scale: .zeroToTen, participant: amira,
                meeting: second, context: AuditContext(now: app.roundtable.now), now: app.roundtable.now, on: app.db)
            let alerts = try await Self.alerts(app)
            #expect(alerts.count == 1)
            #expect(alerts.first?.$meeting.id == second.id)
            #expect(FeedbackAlerts.decode(alerts.first?.reasons ?? "") == [.init(.cared, .dropped(from: 9, to: 7))])
            let page = try await c.lead.get("/feedback-alerts/\(try #require(alerts.first?.id))")
            #expect(page.text.contains("fell from 9 to 7"))
        }
    }

    @Test("Parallel saves of low answers make one alert", arguments: TestDatabase.all)
    func parallel(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            let meeting = try #require(try await Meeting.find(c.meeting.id, on: app.db))
            let amira = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meeting.requireID())
                    .filter(\.$familyMember.$id == s.mother.requireID()).first())
            let now = app.roundtable.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                for score in [1, 2, 3, 4] {
                    group.addTask {
                        _ = try await FeedbackAnswers.save(
                            FeedbackForm.Checked(scores: [.cared: score]), scale: .zeroToTen, participant: amira,
                            meeting: meeting, context: AuditContext(now: now), now: now, on: app.db)
                    }
                }
                try await group.waitForAll()
            }
            let alerts = try await Self.alerts(app)
            #expect(alerts.count == 1)
            #expect(alerts.first?.closedAt == nil)
        }
    }

    @Test(
        "A colleague or another school gets not found, on the page and in the API; the owner and leaders see it",
        arguments: TestDatabase.all)
    func reach(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            // The primary leader leads it; the teacher who planned it is now a colleague.
            let meeting = try #require(try await Meeting.find(c.meeting.id, on: app.db))
            meeting.$lead.id = people.primaryLeader.id
            try await meeting.save(on: app.db)
            try await Self.answer(c.amiraLink, ["q_respectful": "1"], app)
            let alert = try #require(try await Self.alerts(app).first)
            #expect(alert.$owner.id == people.primaryLeader.id)
            let path = "/feedback-alerts/\(alert.id!)"

            for (user, status) in [
                (people.primaryLeader, HTTPStatus.ok), (people.primaryStaff, .notFound),
                (people.secondaryLeader, .notFound), (people.oakAdmin, .ok), (people.elmAdmin, .notFound),
            ] {
                let browser = TestBrowser(app)
                try await browser.signIn(user)
                #expect(try await browser.get(path).status == status, "\(user.name)")
                if status == .notFound {
                    try await browser.get("/")
                    #expect(try await browser.post(path, ["action": "phone_call"]).status == .notFound, "\(user.name)")
                }
            }
            #expect(try await FeedbackAlert.find(alert.id, on: app.db)?.closedAt == nil)
            let lead = TestBrowser(app)
            try await lead.signIn(people.primaryLeader)
            try await lead.get(path)
            #expect(try await lead.post(path, ["action": "phone_call"]).status == .seeOther)
            #expect(try await FeedbackAlert.find(alert.id, on: app.db)?.closedAt != nil)

            let owner = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let colleague = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let other = try await APITests.token(for: people.secondaryLeader, admin: people.oakAdmin, app: app)
            let api = "/api/v1/feedback-alerts/\(alert.id!)"
            #expect(try await APITests.get(app, api, token: owner).status == .ok)
            #expect(try await APITests.get(app, api, token: colleague).status == .notFound)
            #expect(try await APITests.get(app, api, token: other).status == .notFound)
            // Closed now: not in the open list, in the closed one.
            let open = try await APITests.get(app, "/api/v1/feedback-alerts", token: owner)
            #expect(try open.content.decode([APIController.FeedbackAlertEntry].self).isEmpty)
            let closed = try await APITests.get(app, "/api/v1/feedback-alerts?state=closed", token: owner)
            let entries = try closed.content.decode([APIController.FeedbackAlertEntry].self)
            #expect(entries.map(\.id) == [alert.id!])
            #expect(entries.first?.action == "phone_call")
            #expect(entries.first?.reasons.first?.question == "respectful")
            #expect(
                try await APITests.get(app, "/api/v1/feedback-alerts?state=all", token: colleague).content.decode(
                    [APIController.FeedbackAlertEntry].self
                ).isEmpty)
        }
    }

    @Test(
        "The school's thresholds change what raises an alert; bad values are kept and explained",
        arguments: TestDatabase.all)
    func thresholds(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await FeedbackTests.closed(app, people, s)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let path = "/school-settings/feedback-alerts"
            #expect(try await leader.get("/school-settings").text.contains(path))
            let form = try await leader.get(path)
            #expect(form.status == .ok)
            #expect(form.text.contains(#"name="low_score""#) && form.text.contains(#"value="5""#))

            let bad = try await leader.post(path, ["low_score": "11", "drop": "0", "low_face": "2"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter a score from 0 to 10"))
            #expect(bad.text.contains("Enter a number of points from 1 to 10"))
            #expect(bad.text.contains(#"value="11""#))

            try await leader.get(path)
            let saved = try await leader.post(path, ["low_score": "3", "drop": "2", "low_face": "1"])
            #expect(saved.status == .seeOther)
            #expect(try await ConcurrencyTests.audited(.feedbackThresholdsChanged, on: app) == 1)
            // A 4 is no longer low at this school; a 3 still is.
            try await Self.answer(c.amiraLink, ["q_cared": "4"], app)
            #expect(try await Self.alerts(app).isEmpty)
            try await Self.answer(c.amiraLink, ["q_cared": "3"], app)
            #expect(try await Self.alerts(app).count == 1)
        }
    }
}
