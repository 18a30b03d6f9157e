import Fluent
import Foundation
import SnapshotTesting
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

extension EmailSnapshotTests {
    @Test(
        "Reminders: a meeting and an action to each family member in their language, and a teacher's daily list",
        arguments: TestDatabase.all)
    func reminders(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: EmailScene.environment) { app in
            let scene = try await EmailScene.make(on: app)
            let settings = Reminders.Settings(
                publicURL: app.roundtable.configuration.publicURL, timeZone: EmailScene.london, sendsMail: true)
            let meeting = try await scene.newMeeting()
            meeting.state = .shared
            meeting.sharedAt = EmailScene.now
            try await meeting.save(on: app.db)
            // Each has their invitation's link, as sharing gives them.
            for participant in try await MeetingParticipant.query(on: app.db)
                .filter(\.$meeting.$id == meeting.requireID()).filter(\.$kind == .family).all()
            {
                _ = try await Sharing.issueLink(
                    for: participant, expires: EmailScene.meetingStart.addingTimeInterval(30 * 86_400), on: app.db)
            }
            // The afternoon before: each family member hears about tomorrow's meeting.
            let dayBefore = EmailScene.meetingStart.addingTimeInterval(-20 * 3600)
            #expect(try await Reminders.sweep(settings, on: app.db, now: dayBefore) == 5)
            #expect(try await Reminders.sendDue(settings, on: app.db, now: dayBefore) == 5)
            try await scene.assertOutbox(named: "reminder-meeting", expecting: scene.familyOnly)

            // After it, each owns an action due on Friday 17 October: reminded on Wednesday morning.
            meeting.state = .closed
            try await meeting.save(on: app.db)
            let action = RecordEntry()
            action.$meeting.id = try meeting.requireID()
            action.kind = .action
            action.label = .shared
            action.text = "Read with Zoë after lunchtime"
            action.ownerKind = .family
            action.date = try Date("2031-10-17T00:00:00Z", strategy: .iso8601)
            try await action.create(on: app.db)
            for member in scene.family.values {
                try await RecordEntryOwner(entryID: action.requireID(), person: .family(member.requireID()))
                    .create(on: app.db)
            }
            let wednesday = try Date("2031-10-15T08:30:00Z", strategy: .iso8601)
            #expect(try await Reminders.sweep(settings, on: app.db, now: wednesday) == 5)
            #expect(try await Reminders.sendDue(settings, on: app.db, now: wednesday) == 5)
            try await scene.assertOutbox(named: "reminder-action", expecting: scene.familyOnly)

            // The teacher who leads it chose a daily list: her own open action is on it (the
            // families' action is theirs, as on her home page).
            let teacher = try #require(try await User.find(scene.people.primaryStaff.id, on: app.db))
            let hers = RecordEntry()
            hers.$meeting.id = try meeting.requireID()
            hers.kind = .action
            hers.label = .shared
            hers.text = "Ask the library about a quiet table"
            hers.ownerKind = .staff
            hers.date = action.date
            try await hers.create(on: app.db)
            try await RecordEntryOwner(entryID: hers.requireID(), person: .staff(teacher.requireID())).create(
                on: app.db)
            teacher.reminderDigest = .daily
            try await teacher.save(on: app.db)
            #expect(try await Reminders.sweep(settings, on: app.db, now: wednesday) == 1)
            #expect(try await Reminders.sendDue(settings, on: app.db, now: wednesday) == 1)
            try await scene.assertOutbox(named: "staff-list", expecting: [teacher.email: "staff"])
        }
    }
}
