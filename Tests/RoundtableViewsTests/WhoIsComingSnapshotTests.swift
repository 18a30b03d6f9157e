import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Issue 13, "who is coming": a colleague from anywhere in the school, part of the meeting,
/// and someone the family brings, on the planner's, the facilitator's and the participant's pages.
@Suite(.snapshots(record: snapshotRecording))
struct WhoIsComingSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let meetingID = MeetingID(uuid(1))
    static let rosa = MeetingGuest(
        id: GuestID(uuid(31)), name: "Rosa Díaz", relationship: "Advocate", email: "rosa@example.org",
        phone: "0161 496 0000")

    @Test func colleaguesFromTheSchool() {
        var page = MeetingParticipantsPage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"],
            options: [
                .init(
                    key: "student:\(Self.uuid(21))", kind: .student, name: "Zoë Ångström", role: "Student",
                    invited: true),
                .init(
                    key: "staff:\(Self.uuid(25))", kind: .staff, name: "Ms Amina Patel", role: "Head of year",
                    invited: true, staffID: StaffID(Self.uuid(25))),
                // Invited from beyond the circle: a checkbox like the rest.
                .init(
                    key: "staff:\(Self.uuid(26))", kind: .staff, name: "Ms Rossi", role: "Special needs coordinator",
                    invited: true, staffID: StaffID(Self.uuid(26)), inCircle: false),
                .init(
                    key: "staff:\(Self.uuid(27))", kind: .staff, name: "Mr Bell", role: "Counsellor", invited: false,
                    staffID: StaffID(Self.uuid(27)), inCircle: false),
            ], leadID: StaffID(Self.uuid(25)))
        page.colleague = "staff:\(Self.uuid(27))"
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func partTimeForm() {
        let page = PartTimePage(
            meetingID: Self.meetingID, participantID: ParticipantID(Self.uuid(11)), personName: "Ms Rossi",
            lengthMinutes: 60, startsAt: PageSnapshot.now, from: "0", until: "20")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func partTimeWithErrors() {
        var page = PartTimePage(
            meetingID: Self.meetingID, participantID: ParticipantID(Self.uuid(11)), personName: "Ms Rossi",
            lengthMinutes: 60, startsAt: nil, from: "0", until: "75")
        if case .failure(let box) = PartWindow.check(from: "0", until: "75", lengthMinutes: 60) {
            page.errors = box.errors
        }
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func guests() {
        let page = GuestsPage(meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], guests: [Self.rosa])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func guestWithErrors() {
        let form = GuestForm(name: "Sam Lee", relationship: "", email: "sam at home")
        var page = GuestsPage(meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], guests: [], form: form)
        if case .failure(let box) = form.check() { page.errors = box.errors }
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func meetingPageWithPartTimeAndGuest() {
        var senco = MeetingPageSnapshotTests.tutor
        senco.name = "Ms Rossi"
        senco.role = "Special needs coordinator"
        senco.window = PartWindow(from: 0, until: 20)
        var zoe = MeetingPageSnapshotTests.zoe
        zoe.window = PartWindow(from: 30, until: 45)
        var page = MeetingPageSnapshotTests.page(
            state: .draft, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true, mayOfferSplit: false),
            run: .init(stage: .none), sharing: .init(hasBeenShared: false),
            people: [zoe, MeetingPageSnapshotTests.mother, senco])
        page.guests = [Self.rosa]
        page.part = .people
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test(arguments: Catalog.languages) func participantSeesWhoComesForPart(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.people[3].window = PartWindow(from: 0, until: 20)
        page.people[0].window = PartWindow(from: 10, until: 25)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }

    @Test(arguments: Catalog.languages) func participantComesForPart(language: String) {
        var page = ParticipantFixtures.familyPage(language)
        page.people[1].window = PartWindow(from: 25, until: 40)
        page.meeting.startsAt = nil
        page.people[3].window = PartWindow(from: 10, until: 30)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines, named: language)
    }
}

extension WhoIsComingSnapshotTests {
    /// The facilitator sees who is there for part of the meeting, with the clock times.
    @Test func facilitatorSeesWhoComesForPart() {
        var page = FacilitatorPageSnapshotTests.page(.shared)
        page.people[0].window = PartWindow(from: 0, until: 20)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
