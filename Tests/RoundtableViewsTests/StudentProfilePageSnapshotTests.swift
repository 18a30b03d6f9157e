import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct StudentProfilePageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let student = StudentID(id(1))

    static var bare: StudentProfilePage {
        StudentProfilePage(
            id: student, givenName: "Noor", familyName: "Al-Amin", yearGroup: 7, schoolName: "Larkfield Academy")
    }

    static var full: StudentProfilePage {
        var page = StudentProfilePage(
            id: student, givenName: "Lucía", familyName: "García", preferredName: "Lucy", yearGroup: 8,
            schoolName: "Larkfield Academy",
            // 14 March 2013: thirteen on the snapshot clock.
            dateOfBirth: Date(timeIntervalSince1970: 1_363_219_200), homeLanguages: ["es", "en"],
            support: StudentSupport(specialNeeds: true, additionalLanguage: true),
            whatHelpsMe: "Knowing what will happen before it happens.",
            meetings: [
                .init(
                    id: MeetingID(id(20)), type: .progressReview,
                    startsAt: Date(timeIntervalSince1970: 1_796_900_400), state: .shared),
                .init(id: MeetingID(id(21)), type: .wellbeingCheckIn, startsAt: nil, state: .draft),
            ],
            family: [
                .init(
                    id: FamilyMemberID(id(30)), name: "Marta García", relationship: .mother,
                    hasParentalResponsibility: true, livesWithStudent: true,
                    contact: .init(
                        preferredLanguage: "es", interpreterLanguage: "es", preferredContact: .text,
                        preferredMeetingMode: .inPerson, accessibilityNeeds: "Step-free access")),
                .init(
                    id: FamilyMemberID(id(31)), name: "Jorge García", relationship: .father,
                    hasParentalResponsibility: true, livesWithStudent: false, restriction: "Court order, 2025",
                    contact: nil),
                .init(
                    id: FamilyMemberID(id(32)), name: "Ana López", relationship: .grandparent,
                    hasParentalResponsibility: false, livesWithStudent: false,
                    contact: .init(preferredLanguage: "en", preferredContact: .email, preferredMeetingMode: .video)),
            ],
            staff: [
                .init(id: StaffID(id(40)), name: "Amina Patel", jobRole: .headOfYear, linkedByHand: true),
                .init(id: StaffID(id(41)), name: "Tom Reid", jobRole: .teacher, linkedByHand: false),
            ],
            agencies: [
                .init(
                    linkID: AgencyLinkID(id(50)), agency: "Children's mental health service", name: "Dr Kemi Ade",
                    role: "Clinical psychologist", email: "k.ade@nhs.example", phone: "01234 567890",
                    consentFrom: "Marta García (mother)", consentDate: Date(timeIntervalSince1970: 1_790_000_000),
                    consentNotes: "Sharing meeting summaries")
            ])
        page.mayManage = true
        page.mayPlanMeetings = true
        return page
    }

    @Test func newStudentWithNothingRecorded() {
        assertSnapshot(of: PageSnapshot.html(Self.bare), as: .lines)
    }

    @Test func leaderSeesEverythingAndMayChangeIt() {
        assertSnapshot(of: PageSnapshot.html(Self.full), as: .lines)
    }

    @Test func teacherReadsWithoutControls() {
        var page = Self.full
        page.mayManage = false
        page.mayPlanMeetings = false
        page.notice = nil
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func twoRestrictedAdultsAndANotice() {
        var page = Self.full
        page.family[0].restriction = "Do not share the address"
        page.family[0].contact = nil
        page.notice = .studentSaved
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// Midnight UTC of a day in December 2026, as due dates are kept.
    static func december(_ day: Int) -> Date { Date(timeIntervalSince1970: 1_796_083_200 + Double(day - 1) * 86_400) }

    static var plan: [StudentProfilePage.PlanItem] {
        let review = MeetingID(id(20))
        let earlier = MeetingID(id(22))
        let held = Date(timeIntervalSince1970: 1_795_772_400)
        return [
            .init(
                id: RecordEntryID(id(60)), meetingID: earlier, meetingType: .supportPlanReview, meetingDate: held,
                status: .goal(.goingOn), text: "Lucy reads aloud in class once a week",
                label: .shared, owners: ["Lucía García", "Tom Reid"], due: december(1)),
            .init(
                id: RecordEntryID(id(61)), meetingID: review, meetingType: .progressReview, meetingDate: nil,
                status: .goal(.notStarted), text: "Settle into the new form group", label: .staffOnly,
                owners: [], due: nil),
            .init(
                id: RecordEntryID(id(62)), meetingID: earlier, meetingType: .supportPlanReview, meetingDate: held,
                status: .action(.open), text: "Send the reading list home", label: .shared,
                owners: ["Amina Patel"], due: december(2)),
            .init(
                id: RecordEntryID(id(63)), meetingID: earlier, meetingType: .supportPlanReview, meetingDate: held,
                status: .action(.open), text: "Ask the bus company about the new stop", label: .shared,
                owners: ["Mum, with the school office"], due: december(10)),
        ]
    }

    @Test func planWithGoalsAndOpenActions() {
        var page = Self.full
        page.plan = Self.plan
        page.mayManage = false
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
