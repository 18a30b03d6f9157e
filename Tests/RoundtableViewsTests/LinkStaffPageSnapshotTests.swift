import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct LinkStaffPageSnapshotTests {
    static func page(search: String, people: [LinkStaffPage.Person], more: Bool = false) -> LinkStaffPage {
        LinkStaffPage(
            studentID: StudentID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!), studentName: "Lucy",
            studentDisplayName: "Lucy García", search: search, people: people, more: more)
    }

    static let people = [
        LinkStaffPage.Person(
            id: StaffID(UUID(uuidString: "00000000-0000-0000-0000-000000000040")!), name: "Amina Patel",
            jobRole: .headOfYear),
        LinkStaffPage.Person(
            id: StaffID(UUID(uuidString: "00000000-0000-0000-0000-000000000041")!), name: "Tom Reid", jobRole: .teacher),
    ]

    @Test func firstOfManyBeforeSearching() {
        assertSnapshot(of: PageSnapshot.html(Self.page(search: "", people: Self.people, more: true)), as: .lines)
    }

    @Test func nobodyMatches() {
        assertSnapshot(of: PageSnapshot.html(Self.page(search: "Zed", people: [])), as: .lines)
    }

    @Test func everyoneAlreadyLinked() {
        assertSnapshot(of: PageSnapshot.html(Self.page(search: "", people: [])), as: .lines)
    }
}
