import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Issue 13's planning: a clash with another meeting, and changing an agenda item.
@Suite(.snapshots(record: snapshotRecording))
struct PlanningSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let meetingID = MeetingID(uuid(1))
    static let start = PageSnapshot.now.addingTimeInterval(3 * 24 * 3_600)

    static let seen = MeetingClash(
        startsAt: start.addingTimeInterval(-900), endsAt: start.addingTimeInterval(1_800),
        subject: "Progress review: Sami Reid", room: "Library", includesYou: true)
    static let unseen = MeetingClash(
        startsAt: start.addingTimeInterval(1_200), endsAt: start.addingTimeInterval(3_000), room: "Library")

    @Test func roomsBookedAtTheSameTime() {
        let page = ChooseSpacePage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], schoolID: SchoolID(Self.uuid(2)),
            rooms: [
                .init(id: SpaceID(Self.uuid(11)), name: "Family room", capacity: 6),
                .init(
                    id: SpaceID(Self.uuid(12)), name: "Library", capacity: 10,
                    warnings: ["There are steps on the way in."], bookedFor: [Self.unseen]),
                .init(
                    id: SpaceID(Self.uuid(13)), name: "Room 4", capacity: 8,
                    bookedFor: [
                        MeetingClash(
                            startsAt: Self.start, endsAt: Self.start.addingTimeInterval(2_700),
                            subject: "Wellbeing check-in: Lee Haddad")
                    ]),
            ], chosen: SpaceID(Self.uuid(12)), mayManageSpaces: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func clashesOnTheMeetingPage() {
        var page = MeetingPageSnapshotTests.page(
            state: .draft, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true),
            run: .init(stage: .none), sharing: .init(hasBeenShared: false),
            room: .init(name: "Library", capacity: 10, table: .round))
        page.clashes = [Self.seen, Self.unseen]
        page = page.withTasks()
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func aLetterStillStatingTheOldTime() {
        var page = MeetingPageSnapshotTests.page(
            state: .shared, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true),
            run: .init(stage: .mayStart), sharing: .init(hasBeenShared: true))
        page.staleLetter = ["15:45", "Wednesday"]
        page = page.withTasks()
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func aClashSeenByAColleague() {
        var page = MeetingPageSnapshotTests.page(
            state: .shared, flags: .init(mayChange: false, mayChangePlan: false, mayPlan: false),
            run: .init(stage: .none), sharing: .init(hasBeenShared: true))
        page.clashes = [
            MeetingClash(
                startsAt: Self.start, endsAt: Self.start.addingTimeInterval(600), staffNames: ["Ms Amina Patel"])
        ]
        page = page.withTasks()
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func changeAnAgendaItem() {
        let page = AgendaItemPage(
            meetingID: Self.meetingID, itemID: AgendaItemID(Self.uuid(21)), type: .wellbeingCheckIn,
            studentNames: ["Zoë Ångström"], proposedBy: "School", wordsLocked: false,
            otherTitles: ["Welcome", "What is going well"],
            form: AgendaItemEditForm(
                item: .init(title: "Lunchtimes", minutes: "15", notes: "Start with Zoë's words"), position: "3"))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func aFamilysItemWithAProblem() {
        var errors = FieldErrors()
        errors.add("minutes", "Enter the minutes for this item, from 1 to 120")
        let page = AgendaItemPage(
            meetingID: Self.meetingID, itemID: AgendaItemID(Self.uuid(21)), type: .wellbeingCheckIn,
            studentNames: ["Zoë Ångström"], proposedBy: "Amira Haddad", wordsLocked: true, otherTitles: ["Welcome"],
            form: AgendaItemEditForm(
                item: .init(title: "Homework", minutes: "lots", notes: "She is tired"), position: "1"),
            errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
