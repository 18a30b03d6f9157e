import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct HomePageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    /// 3 December 2026 at a given hour, UTC (London is on GMT).
    static func at(_ hour: Double, day: Int = 0) -> Date {
        PageSnapshot.now.addingTimeInterval(Double(day) * 86_400 + (hour - 9) * 3600)
    }
    /// A due or review day, stored as midnight UTC.
    static func dueDay(_ day: Int) -> Date { at(0, day: day) }

    @Test func emptyDay() {
        let page = HomePage(personName: "Amina Patel", caption: "Larkfield Academy", areas: [.meetings, .students])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func busyDay() {
        let today = MeetingID(Self.id(1))
        let held = MeetingID(Self.id(2))
        let page = HomePage(
            personName: "Amina Patel", caption: "Larkfield Academy", areas: [.meetings, .students],
            work: HomePage.Work(
                today: [
                    .init(
                        id: today, type: .progressReview, studentNames: ["Zoë Ångström"], startsAt: Self.at(15.5),
                        lengthMinutes: 40, place: "Room 4", state: .shared, hasBeenShared: true, youLead: true,
                        replies: .init(received: 1, invited: 3, waitingFor: ["Zoë Ångström", "Nadia Rahman"]))
                ],
                thisWeek: [
                    .init(
                        id: MeetingID(Self.id(3)), type: .wellbeingCheckIn, studentNames: ["Omar Haddad"],
                        startsAt: Self.at(10, day: 2), lengthMinutes: 30, place: "Video call", state: .ready,
                        hasBeenShared: true, youLead: false,
                        replies: .init(received: 2, invited: 2, waitingFor: [])),
                    .init(
                        id: MeetingID(Self.id(4)), type: .behaviourConcern, studentNames: ["Ling Chen"],
                        startsAt: Self.at(13, day: 4), lengthMinutes: 45, place: nil, state: .draft,
                        hasBeenShared: false, youLead: true, replies: nil),
                ],
                needsYou: [
                    .init(
                        reason: .corrections(2), subject: "Wellbeing check-in: Zoë Ångström",
                        when: Self.at(14, day: -7), link: .meeting(held, .summary())),
                    .init(
                        reason: .interpreter(person: "Amira Ångström", language: "Arabic"),
                        subject: "Progress review: Zoë Ångström", when: Self.at(15.5), link: .meeting(today, .show())),
                    .init(
                        reason: .feedbackAlert(person: "Amira Ångström (Mother)"),
                        subject: "Wellbeing check-in: Zoë Ångström", when: Self.at(14, day: -7),
                        link: .feedbackAlert(FeedbackAlertID(UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!))
                    ),
                    .init(
                        reason: .accessNeeds(person: "Amira Ångström"), subject: "Progress review: Zoë Ångström",
                        when: Self.at(15.5), link: .meeting(today, .show())),
                    .init(
                        reason: .familyRequest(.urgent), subject: "Ling Chen", when: Self.at(8),
                        link: .meetingRequests()),
                    .init(
                        reason: .summaryNotShared, subject: "Behaviour concern: Omar Haddad",
                        when: Self.at(11, day: -1), link: .meeting(MeetingID(Self.id(5)), .summary())),
                    .init(
                        reason: .preparation(done: 3, of: 10), subject: "Progress review: Zoë Ångström",
                        when: Self.at(15.5), link: .meeting(today, .show())),
                ],
                actions: [
                    .init(
                        text: "Phone Amira about the reading plan", subject: "Wellbeing check-in: Zoë Ångström",
                        due: Self.dueDay(-3), isOverdue: true, fromYourMeeting: false, link: .meeting(held, .record())),
                    .init(
                        text: "Send the new timetable home", subject: "Wellbeing check-in: Zoë Ångström",
                        due: Self.dueDay(1), isOverdue: false, fromYourMeeting: true, link: .meeting(held, .record())),
                ],
                reviews: [
                    .init(
                        text: "Zoë reads for ten minutes every evening", subject: "Wellbeing check-in: Zoë Ångström",
                        due: Self.dueDay(-1), isOverdue: true, fromYourMeeting: false, link: .meeting(held, .record()))
                ]))
        var frame = PageSnapshot.staffFrame
        frame.needsCount = 8
        assertSnapshot(of: PageSnapshot.html(page, staff: frame), as: .lines)
    }

    @Test func newAdministratorSeesWhatToDoFirst() {
        let school = SchoolID(Self.id(10))
        let page = HomePage(
            personName: "Jo Reid", caption: "Northfield Trust",
            areas: [.meetings, .students, .staff, .schools, .audit],
            firstSteps: FirstSteps(
                school: school, schoolDetails: true, rooms: false, students: false, staff: false, email: false,
                mayImportRoster: true),
            organisation: HomePage.Organisation(
                name: "Northfield Trust", schools: [.init(id: school, name: "Larkfield Academy")]))
        assertSnapshot(of: PageSnapshot.html(page, staff: PageSnapshot.staffFrame), as: .lines)
    }

    @Test func newSchoolWithNothingToOpenYet() {
        let page = HomePage(personName: "Sam Okafor", caption: "Larkfield Academy", areas: [])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func organisationAdministratorSeesSchools() {
        let page = HomePage(
            personName: "Jo Reid", caption: "Northfield Trust", areas: [.staff, .schools, .audit],
            organisation: HomePage.Organisation(
                name: "Northfield Trust",
                schools: [
                    .init(id: SchoolID(Self.id(161)), name: "Larkfield Academy"),
                    .init(id: SchoolID(Self.id(162)), name: "Oakway Primary"),
                ]))
        assertSnapshot(of: PageSnapshot.html(page, staff: PageSnapshot.staffFrame), as: .lines)
    }
}
