import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The audit log: a school's first page, the organisation's with the places to switch
/// between, and past the end.
@Suite(.snapshots(record: snapshotRecording))
struct AuditLogPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let larkfield = AuditLogPage.Place(id: SchoolID(id(101)), name: "Larkfield Academy")
    static let oakway = AuditLogPage.Place(id: SchoolID(id(102)), name: "Oakway Primary")
    static let leader = StaffFrame(
        name: "Mr David Osei", roleLabel: "School leader", siteName: "Larkfield Academy",
        areas: [.home, .meetings, .students, .staff, .audit])
    static let admin = StaffFrame(
        name: "Jo Reid", roleLabel: "Organisation administrator", siteName: "Northfield Trust",
        areas: [.home, .staff, .schools, .audit])

    static let events = [
        AuditLogPage.Event(
            occurredAt: PageSnapshot.now.addingTimeInterval(-600), actorName: "Amina Patel",
            action: AuditAction.signInSucceeded.rawValue, summary: nil, ipAddress: "192.0.2.10"),
        AuditLogPage.Event(
            occurredAt: PageSnapshot.now.addingTimeInterval(-3_600), actorName: "David Osei",
            action: AuditAction.signedOut.rawValue, summary: "Signed out on a shared computer",
            ipAddress: "192.0.2.11"),
        AuditLogPage.Event(
            occurredAt: PageSnapshot.now.addingTimeInterval(-86_400), actorName: nil, action: "legacy.action",
            summary: nil, ipAddress: nil),
    ]

    @Test func schoolFirstPageWithMore() {
        let page = AuditLogPage(events: Self.events, school: Self.larkfield, places: [], page: 1, hasMore: true)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }

    @Test func organisationWithPlacesOnALaterPage() {
        let page = AuditLogPage(
            events: Array(Self.events.prefix(1)), school: nil,
            places: [.init(id: nil, name: "Whole organisation"), Self.larkfield, Self.oakway], page: 2,
            hasMore: false)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    @Test func nothingRecordedYet() {
        let page = AuditLogPage(events: [], school: Self.oakway, places: [], page: 1, hasMore: false)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }

    @Test func pastTheEnd() {
        let page = AuditLogPage(
            events: [], school: Self.larkfield,
            places: [.init(id: nil, name: "Whole organisation"), Self.larkfield, Self.oakway], page: 3,
            hasMore: false)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.admin), as: .lines)
    }

    /// Filtered by a member of staff and a student: the form open with the choices, events about
    /// a meeting naming its students (or "a student"), the download for the same filter.
    @Test func filteredWithStudents() {
        let events = [
            AuditLogPage.Event(
                occurredAt: PageSnapshot.now.addingTimeInterval(-600), actorName: "Amina Patel",
                action: AuditAction.meetingViewed.rawValue, summary: "Behaviour concern", ipAddress: "192.0.2.10",
                students: "Zoë Ångström, a student"),
            AuditLogPage.Event(
                occurredAt: PageSnapshot.now.addingTimeInterval(-3_600), actorName: "Amina Patel",
                action: AuditAction.studentViewed.rawValue, summary: "Zoë Ångström", ipAddress: "192.0.2.10"),
        ]
        let page = AuditLogPage(
            events: events, school: Self.larkfield, places: [], page: 2, hasMore: true,
            filter: AuditFilter(
                staff: Self.id(7).uuidString, student: "zoe", kind: "looked_at", from: "2026-11-01", to: "2026-12-01"),
            staffChoices: [
                .init(id: StaffID(Self.id(7)), name: "Amina Patel"), .init(id: StaffID(Self.id(8)), name: "David Osei"),
            ])
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }

    /// A changed address: what to put right, and no events.
    @Test func badFilter() {
        var errors = FieldErrors()
        errors.add("kind", "Choose a kind of event from the list")
        errors.add("from", "Enter a date, like 2026-12-01")
        let page = AuditLogPage(
            events: [], school: Self.larkfield, places: [], page: 1, hasMore: false,
            filter: AuditFilter(kind: "picnics", from: "soon"), errors: errors)
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }

    /// A filter that matches nothing says so, not "nothing has been recorded".
    @Test func filterMatchesNothing() {
        let page = AuditLogPage(
            events: [], school: Self.oakway, places: [], page: 1, hasMore: false,
            filter: AuditFilter(student: "nobody"))
        assertSnapshot(of: PageSnapshot.html(page, staff: Self.leader), as: .lines)
    }
}
