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

    /// The lead wrote their own reflection: "Your view" beside each answer on the same
    /// question (theirs only), and the way back to it.
    @Test func leadWithOwnView() {
        var page = RecordPageSnapshotTests.page(.closed)
        page.feedback = [
            FeedbackAnswerLine(
                name: "Amira Haddad", role: "Mother", scale: .zeroToTen,
                shown: .answers(
                    scores: [.init(question: .cared, value: 8), .init(question: .listened, value: 4)],
                    better: nil)),
            FeedbackAnswerLine(
                name: "Maya Hughes", role: "Student", scale: .faces,
                shown: .answers(scores: [.init(question: .listened, value: 2)], better: nil)),
        ]
        page.ownReflection = OwnReflection(written: true, scores: [.cared: 9, .listened: 7, .kept: 5])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// A colleague who took part does not read the answers: only the way to their own reflection.
    @Test func colleagueOwnReflectionOnly() {
        var page = RecordPageSnapshotTests.page(.closed)
        page.ownReflection = OwnReflection(written: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// Nobody has answered: the section says so rather than staying silent.
    @Test func nobodyYet() {
        var page = RecordPageSnapshotTests.page(.closed)
        page.feedback = []
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
