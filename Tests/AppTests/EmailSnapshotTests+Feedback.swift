import Fluent
import Foundation
import SnapshotTesting
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

extension EmailSnapshotTests {
    @Test(
        "Asked how the meeting felt, when it closes: each family member in their language and the agency",
        arguments: TestDatabase.all)
    func feedbackAsked(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            let meeting = try await scene.newMeeting()
            meeting.state = .closed
            meeting.sharedAt = EmailScene.now
            meeting.startedAt = EmailScene.meetingStart
            meeting.closedAt = EmailScene.meetingStart.addingTimeInterval(2400)
            try await meeting.save(on: app.db)
            let closed = EmailScene.meetingStart.addingTimeInterval(2400)
            try await FeedbackAnswers.invite(meeting, settings: scene.settings, on: app.db, now: closed)
            // Staff are not asked here, and students have no email.
            try await scene.assertOutbox(named: "feedback-asked", expecting: scene.familyAndAgency)
        }
    }
}
