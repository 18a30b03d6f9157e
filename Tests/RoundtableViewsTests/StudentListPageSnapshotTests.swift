import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct StudentListPageSnapshotTests {
    static let larkfield = NamedSchool(
        id: SchoolID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!), name: "Larkfield Academy")
    static let oakway = NamedSchool(
        id: SchoolID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a2")!), name: "Oakway Primary")

    static func student(
        _ n: Int, _ family: String, _ given: String, preferred: String? = nil, year: Int = 7
    )
        -> StudentListPage.Student
    {
        StudentListPage.Student(
            id: StudentID(UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))!), familyName: family,
            givenName: given, preferredName: preferred, yearGroup: year,
            // Odd students have a form and a birthday on record; even ones show the gap.
            formGroup: n % 2 == 1 ? "\(year)\(n % 4 == 1 ? "A" : "B")" : nil,
            dateOfBirth: n % 2 == 1 ? Date(timeIntervalSince1970: 1_400_000_000 + Double(n) * 86_400) : nil,
            support: StudentSupport(specialNeeds: n % 3 == 0, additionalLanguage: n % 2 == 0, disadvantaged: n == 5))
    }

    @Test func leaderSeesTheirSchoolAndMayAdd() {
        let page = StudentListPage(
            query: StudentListQuery(),
            students: [
                Self.student(1, "Al-Amin", "Noor", year: 7),
                Self.student(2, "García", "Lucía", preferred: "Lucy", year: 8),
                Self.student(3, "Ström", "Å\u{202E}sa", year: 9),
            ], total: 3, school: Self.larkfield, yearGroups: [7, 8, 9], mayAdd: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func headOfYearSearchOnPageTwoOfMany() {
        let page = StudentListPage(
            query: StudentListQuery(q: "ali", year: 7, sen: true, page: 2), page: 2, isFiltered: true,
            students: [Self.student(5, "Ali", "Omar"), Self.student(6, "Alison", "Beth")], total: 52,
            school: Self.larkfield, reach: .init(yearGroups: [7, 8], specialNeeds: false), yearGroups: [7, 8, 9, 10])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func teacherPastTheLastPage() {
        let page = StudentListPage(
            query: StudentListQuery(page: 4), page: 4, students: [], total: 1, school: Self.larkfield,
            reach: .init(), yearGroups: [7])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func administratorChoosesAmongSchools() {
        let page = StudentListPage(
            query: StudentListQuery(school: Self.oakway.id.rawValue), students: [], total: 0, school: Self.oakway,
            schools: [Self.larkfield, Self.oakway], yearGroups: [1, 2], mayAdd: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func administratorSeesAllSchools() {
        let page = StudentListPage(
            query: StudentListQuery(), students: [Self.student(9, "Okafor", "Sam", year: 2)], total: 1_234,
            school: nil, schools: [Self.larkfield, Self.oakway], yearGroups: [1, 2, 7], mayAdd: true)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func reachSentences() {
        #expect(StudentListPage.reachSentence(years: [], specialNeeds: false) == "You see the students you work with.")
        #expect(
            StudentListPage.reachSentence(years: [9, 7], specialNeeds: true)
                == "You see the students you work with, everyone in Years 7, 9 and every student with special educational needs."
        )
    }
}
