import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct StudentTimelinePageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let student = StudentID(id(1))
    static let held = StudentTimelinePage.MeetingLink(id: MeetingID(id(20)), type: .progressReview, hasRecord: true)
    static let planned = StudentTimelinePage.MeetingLink(
        id: MeetingID(id(21)), type: .wellbeingCheckIn, hasRecord: false)
    static func at(_ hoursBeforeNow: Double) -> Date { PageSnapshot.now.addingTimeInterval(-hoursBeforeNow * 3600) }

    /// Every kind of line a leader can see, newest first.
    static var events: [StudentTimelinePage.Event] {
        [
            .init(at: at(-48), what: .meeting(.planned), meeting: planned),
            .init(at: at(2), what: .restriction(person: "Jorge García", change: .set)),
            .init(
                at: at(5), what: .summaryAnswer(by: "Marta García", confirmed: false, comment: "The date was wrong."),
                meeting: held),
            .init(at: at(6), what: .summaryAnswer(by: "Lucy García", confirmed: true, comment: nil), meeting: held),
            .init(
                at: at(20),
                what: .actionStatus(
                    action: "Send the reading list home", status: .done, note: "Sent by post and email.",
                    by: "Amina Patel"),
                meeting: held),
            .init(
                at: at(30),
                what: .goalProgress(
                    goal: "Lucy reads aloud in class once a week", status: .goingOn, note: "Read twice this week!",
                    observed: "2 times", by: "Marta García"),
                meeting: held),
            .init(
                at: at(50), what: .request(by: "Marta García", topic: "Transport after the house move", urgency: .soon)
            ),
            .init(
                at: at(70),
                what: .actionAgreed(
                    text: "Send the reading list home", label: .shared, owners: "Ms Patel",
                    due: StudentProfilePageSnapshotTests.december(2)),
                meeting: held),
            .init(
                at: at(70.5),
                what: .goalSet(text: "Lucy reads aloud in class once a week", label: .shared, target: "Once a week"),
                meeting: held),
            .init(
                at: at(71),
                what: .decision(text: "Lucy keeps her seat near the front", label: .staffOnly), meeting: held),
            .init(at: at(72), what: .meeting(.held), meeting: held),
            .init(at: at(900), what: .restriction(person: "Jorge García", change: .lifted)),
        ]
    }

    @Test func leaderSeesEveryKind() {
        let page = StudentTimelinePage(
            studentID: Self.student, studentName: "Lucy García", schoolName: "Larkfield Academy",
            kinds: TimelineKind.allCases, events: Self.events, hasOlder: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// Someone who was not at the meeting: the family's words arrive as nil, and there is no
    /// restriction filter to offer.
    @Test func otherStaffFilteredToGoalsOnASecondPage() {
        let page = StudentTimelinePage(
            studentID: Self.student, studentName: "Lucy García", schoolName: "Larkfield Academy",
            filter: TimelineFilter(kinds: [.goals, .summaries], page: 2),
            kinds: TimelineKind.allCases.filter { $0 != .restrictions },
            events: [
                .init(
                    at: Self.at(30),
                    what: .goalProgress(
                        goal: "Lucy reads aloud in class once a week", status: .goingOn, note: nil, observed: nil,
                        by: "Marta García"),
                    meeting: Self.held),
                .init(
                    at: Self.at(31), what: .summaryAnswer(by: "Marta García", confirmed: false, comment: nil),
                    meeting: Self.held),
            ])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func nothingYet() {
        let page = StudentTimelinePage(
            studentID: Self.student, studentName: "Noor Al-Amin", schoolName: "Larkfield Academy",
            kinds: [.meetings, .decisions, .goals, .actions, .requests, .summaries], events: [])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
