import Foundation
import Testing

@testable import RoundtableCore

@Suite("Year groups as typed")
struct YearGroupsTests {
    @Test(
        "Lists and ranges are read",
        arguments: [("7, 8", [7, 8]), ("9 10 11", [9, 10, 11]), ("7-9", [7, 8, 9]), ("", [])])
    func parses(text: String, years: [Int]) {
        #expect(YearGroups.parse(text) == years)
    }

    @Test("Anything else is refused", arguments: ["seven", "7-", "9-7", "40"])
    func refuses(text: String) {
        #expect(YearGroups.parse(text) == nil)
    }

    @Test("Only leaders of the school decide who sees more, and only managers change someone's job")
    func permissions() {
        let oak = UUID()
        let school = SchoolRef(id: UUID(), organisationID: oak)
        let leader = Actor(userID: UUID(), organisationID: oak, schoolID: school.id, role: .schoolLeader)
        let staff = Actor(userID: UUID(), organisationID: oak, schoolID: school.id, role: .staff)
        let colleague = StaffRef(userID: UUID(), organisationID: oak, schoolID: school.id, role: .staff)
        #expect(AccessPolicy.allows(leader, .manageSchoolSettings(school)))
        #expect(!AccessPolicy.allows(staff, .manageSchoolSettings(school)))
        #expect(AccessPolicy.allows(leader, .changeJob(of: colleague)))
        #expect(!AccessPolicy.allows(staff, .changeJob(of: colleague)))
    }

    @Test("Outside Roundtable an unknown year group is no number at all")
    func known() {
        #expect(YearGroups.known(YearGroups.unknown) == nil)
        #expect(YearGroups.known(7) == 7)
        #expect(YearGroups.known(0) == 0)
    }
}
