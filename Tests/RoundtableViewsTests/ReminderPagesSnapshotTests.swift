import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Reminders: the family's "Reminders" part of their page in every language, and a member of
/// staff's own choice of list.
@Suite(.snapshots(record: snapshotRecording))
struct ReminderPagesSnapshotTests {
    @Test(arguments: Catalog.languages) func familyRemindersOn(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.reminders = .init(off: false)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: Catalog.languages) func familyRemindersJustTurnedOff(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.reminders = .init(off: true, justSaved: true)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test func staffDaily() {
        let page = ReminderSettingsPage(frequency: .daily, sendsMail: true, notice: .remindersSaved)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func staffOffWithoutMail() {
        assertSnapshot(of: PageSnapshot.html(ReminderSettingsPage(frequency: .off, sendsMail: false)), as: .lines)
    }

    @Test func staffWithError() {
        var page = ReminderSettingsPage(frequency: .off, sendsMail: true)
        page.errors.add("frequency", "Choose how often you would like it")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
