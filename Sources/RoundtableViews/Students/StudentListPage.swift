import Foundation
import RoundtableCore

/// The students a member of staff may see, searched, filtered and a page at a time.
public struct StudentListPage: HTMLPage, Sendable, Equatable {
    public struct Student: Sendable, Equatable {
        public var id: StudentID
        public var familyName: String
        public var givenName: String
        public var preferredName: String?
        public var yearGroup: Int
        /// The form (tutor group), like "7A", when the school records it.
        public var formGroup: String?
        public var dateOfBirth: Date?
        public var support: StudentSupport

        public init(
            id: StudentID, familyName: String, givenName: String, preferredName: String? = nil, yearGroup: Int,
            formGroup: String? = nil, dateOfBirth: Date? = nil, support: StudentSupport = StudentSupport()
        ) {
            self.formGroup = formGroup
            self.dateOfBirth = dateOfBirth
            self.id = id
            self.familyName = familyName
            self.givenName = givenName
            self.preferredName = preferredName
            self.yearGroup = yearGroup
            self.support = support
        }
    }

    /// Whom a member of staff with a limited reach sees beyond their own students.
    public struct Reach: Sendable, Equatable {
        public var yearGroups: Set<Int>
        public var specialNeeds: Bool

        public init(yearGroups: Set<Int> = [], specialNeeds: Bool = false) {
            self.yearGroups = yearGroups
            self.specialNeeds = specialNeeds
        }
    }

    /// The search and filters as they came in the address; links to other pages keep them.
    public var query: StudentListQuery
    /// The page shown, from 1.
    public var page: Int
    /// A search or filter is in force (the page number alone is not one).
    public var isFiltered: Bool
    public var students: [Student]
    /// Students matching, on every page.
    public var total: Int
    public var pageSize: Int
    /// The school the list is of; `nil` for an administrator's "all schools".
    public var school: NamedSchool?
    /// Only for staff who see some students of their school, not all.
    public var reach: Reach?
    /// Schools an administrator can choose between; empty for everyone else.
    public var schools: [NamedSchool]
    public var yearGroups: [Int]
    /// Leaders and administrators may add students by hand.
    public var mayAdd: Bool

    public init(
        query: StudentListQuery, page: Int = 1, isFiltered: Bool = false, students: [Student], total: Int,
        pageSize: Int = 50, school: NamedSchool?, reach: Reach? = nil, schools: [NamedSchool] = [], yearGroups: [Int],
        mayAdd: Bool = false
    ) {
        self.query = query
        self.page = page
        self.isFiltered = isFiltered
        self.students = students
        self.total = total
        self.pageSize = pageSize
        self.school = school
        self.reach = reach
        self.schools = schools
        self.yearGroups = yearGroups
        self.mayAdd = mayAdd
    }

    public var title: String { "Students" }
    public var area: StaffArea? { .students }

    var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }

    func with(page: Int) -> StudentListQuery {
        var next = query
        next.page = page
        return next
    }

    public static func reachSentence(years: Set<Int>, specialNeeds: Bool) -> String {
        var parts = ["the students you work with"]
        if !years.isEmpty {
            let list = years.sorted().map(String.init).joined(separator: ", ")
            parts.append(years.count == 1 ? "everyone in Year \(list)" : "everyone in Years \(list)")
        }
        if specialNeeds { parts.append("every student with special educational needs") }
        let joined =
            parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts.last! : parts[0]
        return "You see \(joined)."
    }
}
