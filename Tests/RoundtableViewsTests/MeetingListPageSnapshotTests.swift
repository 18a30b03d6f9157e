import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct MeetingListPageSnapshotTests {
    static func id(_ n: Int) -> MeetingID {
        MeetingID(UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!)
    }
    static let day: TimeInterval = 86_400

    static func entry(
        _ n: Int, _ type: MeetingType, _ names: [String], _ state: MeetingState, startsIn days: Double?,
        startedDaysAgo: Double? = nil, followUp: Bool = false
    ) -> MeetingListPage.Entry {
        MeetingListPage.Entry(
            id: id(n), type: type, isFollowUp: followUp, studentNames: names, state: state,
            hasBeenShared: MeetingLifecycle(state).hasBeenShared,
            startsAt: days.map { PageSnapshot.now.addingTimeInterval($0 * day) },
            startedAt: startedDaysAgo.map { PageSnapshot.now.addingTimeInterval(-$0 * day) })
    }

    @Test func noMeetingsYet() {
        let page = MeetingListPage(hasMeetings: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func everyList() {
        let page = MeetingListPage(
            hasMeetings: true,
            needingAction: [
                .init(
                    entry: Self.entry(1, .behaviourConcern, ["Zoë Ångström"], .draft, startsIn: 3),
                    reason: MeetingAttention.notShared.reason),
                .init(
                    entry: Self.entry(2, .progressReview, ["Omar Haddad"], .closed, startsIn: -2, startedDaysAgo: 2),
                    reason: MeetingAttention.corrections(2).reason),
            ],
            alerts: [
                .init(
                    person: "Amira Haddad (Mother)", meetingName: "Behaviour concern: Zoë Ångström",
                    link: .feedbackAlert(FeedbackAlertID(UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!)))
            ],
            upcoming: [Self.entry(3, .wellbeingCheckIn, ["Ling Chen", "Wei Chen"], .shared, startsIn: 20)],
            undated: [Self.entry(4, .supportPlanReview, ["Zoë Ångström"], .draft, startsIn: nil, followUp: true)],
            past: [
                Self.entry(5, .progressReview, ["Omar Haddad"], .recordShared, startsIn: -30, startedDaysAgo: 29),
                Self.entry(6, .wellbeingCheckIn, ["Sam <Tiny> Okafor"], .cancelled, startsIn: -40),
            ],
            openRequests: 2,
            roomsSchool: SchoolID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
