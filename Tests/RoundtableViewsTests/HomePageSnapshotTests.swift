import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct HomePageSnapshotTests {
    @Test func headOfYear() {
        let page = HomePage(
            personName: "Amina Patel", caption: "Larkfield Academy", areas: [.meetings, .students])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
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
                    .init(
                        id: SchoolID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!),
                        name: "Larkfield Academy"),
                    .init(
                        id: SchoolID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a2")!), name: "Oakway Primary"),
                ]))
        assertSnapshot(of: PageSnapshot.html(page, staff: PageSnapshot.staffFrame), as: .lines)
    }
}
