import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The smaller pages of the meetings area: starting a meeting, requests, the outbox, the
/// calendar address.
@Suite(.snapshots(record: snapshotRecording))
struct MeetingsAreaPagesSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let hour: TimeInterval = 3_600

    @Test func newMeeting() {
        let page = NewMeetingPage(studentID: StudentID(Self.uuid(1)), studentName: "Zoë Ångström", calledName: "Zoë")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func newMeetingWithoutAKind() {
        var errors = FieldErrors()
        errors.add("type", "Choose what kind of meeting this is")
        let page = NewMeetingPage(
            studentID: StudentID(Self.uuid(1)), studentName: "Zoë Ångström", calledName: "Zoë",
            errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func noRequests() {
        assertSnapshot(of: PageSnapshot.html(MeetingRequestsPage(requests: [])), as: .lines)
    }

    @Test func requestsOnTheSecondOfThreePages() {
        let page = MeetingRequestsPage(
            requests: [
                .init(
                    id: MeetingRequestID(Self.uuid(21)), familyMemberName: "Amira Haddad",
                    studentName: "Zoë Ångström", status: .open, urgency: .soon,
                    createdAt: PageSnapshot.now.addingTimeInterval(-3 * Self.hour),
                    topic: "Lunchtimes are hard for Zoë", suitableTimes: "After 3pm, not Fridays"),
                .init(
                    id: MeetingRequestID(Self.uuid(22)), familyMemberName: "Tom Reid", studentName: "Sami Reid",
                    status: .accepted, urgency: .routine,
                    createdAt: PageSnapshot.now.addingTimeInterval(-50 * Self.hour),
                    topic: "Moving up to Year 8", meetingID: MeetingID(Self.uuid(31))),
                .init(
                    id: MeetingRequestID(Self.uuid(23)), familyMemberName: "Lin Chen", studentName: "Mei Chen",
                    status: .answered, urgency: .routine,
                    createdAt: PageSnapshot.now.addingTimeInterval(-90 * Self.hour),
                    topic: "Homework", answer: "Ms Patel will phone you on Monday."),
            ], notice: .requestAnswered, page: 2, pageCount: 3)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// An answer sent back: the summary names the problem, and the box keeps what was typed.
    @Test func requestAnswerTooLong() {
        var page = MeetingRequestsPage(
            requests: [
                .init(
                    id: MeetingRequestID(Self.uuid(21)), familyMemberName: "Amira Haddad",
                    studentName: "Zoë Ångström", status: .open, urgency: .soon,
                    createdAt: PageSnapshot.now.addingTimeInterval(-3 * Self.hour),
                    topic: "Lunchtimes are hard for Zoë")
            ])
        page.answerDraft = .init(
            requestID: MeetingRequestID(Self.uuid(21)), text: "We can talk on <Monday> & Tuesday…",
            error: "Keep the answer to 1000 characters or fewer; it has 1040.")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func outboxWithoutAMailServer() {
        let page = OutboxPage(
            messages: [
                .init(
                    id: OutboxMessageID(Self.uuid(41)), toName: "Amira Haddad", toEmail: "amira@mail.example",
                    status: .queued, createdAt: PageSnapshot.now.addingTimeInterval(-Self.hour),
                    subject: "A meeting at Larkfield Academy",
                    body: "Dear Amira Haddad,\n\nRead about it here: https://roundtable.example/p/[hidden]",
                    hasCalendar: true, mayHandOver: true),
                .init(
                    id: OutboxMessageID(Self.uuid(42)), toName: "Karim Haddad", toEmail: "karim@mail.example",
                    status: .withdrawn, createdAt: PageSnapshot.now.addingTimeInterval(-2 * Self.hour),
                    subject: "A meeting at Larkfield Academy", body: "Dear Karim Haddad,", hasCalendar: true,
                    mayHandOver: false),
            ], mailConfigured: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func outboxSentAndFailed() {
        let page = OutboxPage(
            messages: [
                .init(
                    id: OutboxMessageID(Self.uuid(43)), toName: "Nadia Rahman", toEmail: "nadia.rahman@eps.example",
                    status: .failed, createdAt: PageSnapshot.now.addingTimeInterval(-Self.hour), attempts: 3,
                    lastError: "550 mailbox unavailable", subject: "A meeting at Larkfield Academy",
                    body: "Dear Nadia,",
                    hasCalendar: false, mayHandOver: true),
                .init(
                    id: OutboxMessageID(Self.uuid(44)), toName: "Ms Amina Patel", toEmail: "year7@larkfield.example",
                    status: .sent, createdAt: PageSnapshot.now.addingTimeInterval(-5 * Self.hour), attempts: 1,
                    subject: "Changes to a meeting", body: "Dear Amina,", hasCalendar: true, mayHandOver: false),
                .init(
                    id: OutboxMessageID(Self.uuid(45)), toName: "Tom Reid", toEmail: "tom@mail.example",
                    status: .handedOver, createdAt: PageSnapshot.now.addingTimeInterval(-6 * Self.hour),
                    subject: "A meeting at Larkfield Academy", body: "Dear Tom,", hasCalendar: true, mayHandOver: false),
            ], mailConfigured: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func noCalendarAddressYet() {
        assertSnapshot(of: PageSnapshot.html(CalendarFeedPage(active: nil)), as: .lines)
    }

    @Test func calendarAddressInUse() {
        let page = CalendarFeedPage(
            active: .init(
                createdAt: PageSnapshot.now.addingTimeInterval(-30 * 24 * Self.hour),
                lastUsedAt: PageSnapshot.now.addingTimeInterval(-Self.hour)))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func calendarAddressJustMade() {
        let page = CalendarFeedPage(
            active: .init(createdAt: PageSnapshot.now),
            newURL: "https://roundtable.example/calendar/tok_0123456789abcdefghijKLMN.ics")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
