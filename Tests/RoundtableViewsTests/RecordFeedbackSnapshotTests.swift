import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The record as the lead reads it after the meeting: how it felt for a parent (0 to 10, with
/// their words), for the student (faces), and a parent counted only in the school's totals.
@Suite(.snapshots(record: snapshotRecording))
struct RecordFeedbackSnapshotTests {
    @Test func leadReadsHowItFelt() {
        var page = RecordPageSnapshotTests.page(.closed)
        page.feedback = [
            FeedbackAnswerLine(
                name: "Amira Haddad", role: "Mother", scale: .zeroToTen,
                shown: .answers(
                    scores: [.init(question: .cared, value: 8), .init(question: .listened, value: 4)],
                    better: "A shorter meeting, please.")),
            FeedbackAnswerLine(
                name: "Maya Hughes", role: "Student", scale: .faces,
                shown: .answers(scores: [.init(question: .listened, value: 2)], better: nil)),
            FeedbackAnswerLine(name: "Tom Hughes", role: "Father", scale: .zeroToTen, shown: .totalsOnly),
        ]
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// Nobody has answered: the section says so rather than staying silent.
    @Test func nobodyYet() {
        var page = RecordPageSnapshotTests.page(.closed)
        page.feedback = []
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
