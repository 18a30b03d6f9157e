import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Rooms, choosing one for a meeting, and the seating plan.
@Suite(.snapshots(record: snapshotRecording))
struct SpacePagesSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let schoolID = SchoolID(uuid(1))
    static let meetingID = MeetingID(uuid(2))

    @Test func noRoomsYet() {
        let page = SpacesPage(schoolID: Self.schoolID, schoolName: "Larkfield Academy", rooms: [])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func rooms() {
        let page = SpacesPage(
            schoolID: Self.schoolID, schoolName: "Larkfield Academy",
            rooms: [
                .init(id: SpaceID(Self.uuid(11)), name: "Family room", capacity: 6, table: .round),
                .init(id: SpaceID(Self.uuid(12)), name: "Library", capacity: 10, table: .rectangular),
                .init(id: SpaceID(Self.uuid(13)), name: "Community centre", capacity: 8, table: .none, offSite: true),
            ], notice: .spaceSaved)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func addARoom() {
        let page = SpaceFormPage(schoolID: Self.schoolID, schoolName: "Larkfield Academy", form: SpaceForm())
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func changeARoomWithAProblem() {
        var form = SpaceForm()
        form.name = "Library"
        form.capacity = "lots"
        form.table = TableShape.rectangular.rawValue
        form.movableSeats = "yes"
        form.naturalLight = "yes"
        form.privacy = SpacePrivacy.allCases[0].rawValue
        form.stepFree = "no"
        form.atSchool = "yes"
        var errors = FieldErrors()
        errors.add("capacity", "Enter how many people can sit, as a number")
        let page = SpaceFormPage(
            schoolID: Self.schoolID, schoolName: "Larkfield Academy",
            space: .init(id: SpaceID(Self.uuid(12)), name: "Library"), form: form, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func chooseASchoolFirst() {
        let page = ChooseSchoolPage(
            schools: [
                .init(id: SchoolID(Self.uuid(1)), name: "Larkfield Academy"),
                .init(id: SchoolID(Self.uuid(3)), name: "Oakway Primary"),
            ], next: .newSpace)
        assertSnapshot(of: PageSnapshot.html(page, staff: nil), as: .lines)
    }

    @Test func chooseARoom() {
        let page = ChooseSpacePage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], schoolID: Self.schoolID,
            rooms: [
                .init(id: SpaceID(Self.uuid(11)), name: "Family room", capacity: 6),
                .init(
                    id: SpaceID(Self.uuid(12)), name: "Library", capacity: 10,
                    warnings: ["It is not private: people walk through.", "There are steps on the way in."]),
            ], chosen: SpaceID(Self.uuid(11)), mayManageSpaces: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func noRoomToChooseWithAnError() {
        var errors = FieldErrors()
        errors.add("space", "Choose a room")
        let page = ChooseSpacePage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], schoolID: Self.schoolID, rooms: [],
            mayManageSpaces: false, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    static let seats = [
        SeatingPage.Seat(id: uuid(21), name: "Amira Haddad", role: "mother", kind: .family),
        SeatingPage.Seat(id: uuid(22), name: "Interpreter for Amira Haddad", role: "Arabic", kind: .staff),
        SeatingPage.Seat(id: uuid(23), name: "Zoë Ångström", role: "student", kind: .student),
        SeatingPage.Seat(id: uuid(24), name: "Ms Amina Patel", role: "head of year", kind: .staff),
    ]

    @Test func suggestedSeatingAtARoundTable() {
        let page = SeatingPage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], seats: Self.seats, isSuggested: true,
            room: .init(name: "Family room", table: .round, capacity: 6), mayChange: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func changedSeatingWithoutARoomSeenByAColleague() {
        let page = SeatingPage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], seats: Self.seats.reversed(),
            isSuggested: false, mayChange: false, notice: .seatingSaved)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func changedSeatingAtALongTable() {
        let page = SeatingPage(
            meetingID: Self.meetingID, studentNames: ["Zoë Ångström"], seats: Self.seats.reversed(),
            isSuggested: false, room: .init(name: "Library", table: .longNarrow, capacity: 10), mayChange: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
