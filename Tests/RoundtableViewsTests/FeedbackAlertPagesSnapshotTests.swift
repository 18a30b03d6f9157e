import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// A feedback alert for the lead (open with its form, refused, closed) and the school's
/// thresholds page.
@Suite(.snapshots(record: snapshotRecording))
struct FeedbackAlertPagesSnapshotTests {
    static let alertID = FeedbackAlertID(UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!)
    static let meetingID = MeetingID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!)
    static let schoolID = SchoolID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)

    static func page(closed: FeedbackAlertPage.Closed? = nil) -> FeedbackAlertPage {
        let english = Localizer("en")
        let alerts: [FeedbackAlerts.Alert] = [.init(.cared, .low(score: 3)), .init(.kept, .dropped(from: 8, to: 6))]
        return FeedbackAlertPage(
            id: alertID, person: "Amira <Haddad>", relationship: "Mother", meeting: meetingID,
            meetingName: "Behaviour concern: Zoë Ångström", meetingWhen: PageSnapshot.now.addingTimeInterval(-86_400),
            raisedAt: PageSnapshot.now,
            lines: alerts.map { .init(question: english($0.phrase(on: .zeroToTen)), answer: $0.words(on: .zeroToTen)) },
            nextSteps: FeedbackAlerts.nextSteps(for: alerts, kind: .family).map(\.label), closed: closed)
    }

    @Test func open() {
        assertSnapshot(of: PageSnapshot.html(Self.page()), as: .lines)
    }

    @Test func refused() {
        var page = Self.page()
        page.form = FeedbackAlerts.ActionForm(action: "other", note: "")
        page.errors.add("note", "Say in a few words what you did")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func closed() {
        var page = Self.page(
            closed: .init(
                action: FeedbackAlerts.Action.phoneCall.label, note: "Spoke with Amira; she felt rushed.",
                by: "Pat Teacher", at: PageSnapshot.now))
        page.notice = .alertClosed
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func thresholds() {
        var page = FeedbackThresholdsPage(
            schoolID: Self.schoolID, schoolName: "Oak Primary", form: .init(FeedbackAlerts.Thresholds()))
        page.notice = .thresholdsSaved
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func thresholdsRefused() {
        var page = FeedbackThresholdsPage(
            schoolID: Self.schoolID, schoolName: "Oak Primary",
            form: .init(lowScore: "11", drop: "0", lowFace: "2"))
        if case .failure(let box) = page.form.check() { page.errors = box.errors }
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
