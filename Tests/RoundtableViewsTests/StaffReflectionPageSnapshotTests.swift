import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// A member of staff's own reflection after the meeting: blank, saved with their words and
/// scores, and sent again with a score off the scale.
@Suite(.snapshots(record: snapshotRecording))
struct StaffReflectionPageSnapshotTests {
    static func page() -> StaffReflectionPage {
        StaffReflectionPage(meetingID: RunFixture.meetingID, caption: "Wellbeing check-in with Maya Hughes")
    }

    @Test func blank() {
        assertSnapshot(of: PageSnapshot.html(Self.page()), as: .lines)
    }

    @Test func saved() {
        var page = Self.page()
        page.form = StaffReflectionForm(
            scores: [.cared: "9", .listened: "6", .equalPartner: "10"],
            answers: [.wentWell: "We began with what Maya is proud of.", .voices: "Maya spoke through her card."])
        page.savedAt = PageSnapshot.now
        page.notice = .reflectionAfterSaved
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func errors() {
        var page = Self.page()
        page.form = StaffReflectionForm(scores: [.cared: "11", .clear: "7"], answers: [.boundaries: "We ran over."])
        if case .failure(let box) = page.form.check() { page.errors = box.errors }
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
