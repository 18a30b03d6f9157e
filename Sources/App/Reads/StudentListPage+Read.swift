import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StudentListPage {
    /// The list as the person may see it. Leaders and staff: the count and the page (and the
    /// students they are linked to, for staff with a limited reach), and the year groups.
    /// Administrators: the organisation's schools first, read once for the scope, the school
    /// chooser and who may add students. Throws "not found" for a school outside the organisation.
    static func read(
        _ query: StudentListQuery, for staff: StaffContext, on db: any SQLDatabase
    ) async throws -> StudentListPage {
        let scope = StudentDirectory.scope(for: staff)
        let organisationID = try staff.organisation.requireID()
        let filters = query.filters
        struct SchoolRow: Decodable {
            var id: UUID
            var name: String
        }
        // Administrators may narrow the list to one school of their own organisation.
        var schools: [NamedSchool] = []
        var school = try staff.school.map { NamedSchool(id: SchoolID(try $0.requireID()), name: $0.name) }
        if case .organisation = scope {
            schools = try await db.select().columns("id", "name").from(App.School.schema)
                .where("organisation_id", .equal, organisationID).orderBy("name")
                .all(decoding: SchoolRow.self)
                .map { NamedSchool(id: SchoolID($0.id), name: $0.name) }
            if let id = query.school {
                guard let found = schools.first(where: { $0.id.rawValue == id }) else { throw AppError.notFound }
                school = found
            }
        }
        let result = try await StudentDirectory.search(
            filters, scope: scope, schoolID: school?.id.rawValue, userID: staff.user.requireID(),
            organisationSchools: schools.map(\.id.rawValue), on: db)
        // The year groups to offer in the filter: those the school (or the organisation) has.
        let yearSchools =
            school.map { [$0.id.rawValue] }
            ?? (schools.count == 1 ? [schools[0].id.rawValue] : schools.map(\.id.rawValue))
        // Who may add a student: the same question as the new-student form asks, of each
        // school this person could choose (their own, or the organisation's for administrators).
        let addable =
            if case .organisation = scope { schools.map(\.id.rawValue) } else {
                staff.actor.schoolID.map { [$0] } ?? []
            }
        var reach: Reach?
        if case .limited(_, let years, let specialNeeds) = scope {
            reach = Reach(yearGroups: years, specialNeeds: specialNeeds)
        }
        return StudentListPage(
            query: query, page: filters.page, isFiltered: !filters.isUnfiltered,
            students: result.students.map { row in
                Student(
                    id: StudentID(row.id), familyName: row.legalFamilyName, givenName: row.legalGivenName,
                    preferredName: row.preferredName, yearGroup: row.yearGroup,
                    formGroup: row.formGroup, dateOfBirth: row.dateOfBirth,
                    support: StudentSupport(
                        specialNeeds: row.hasSpecialNeeds, additionalLanguage: row.learnsEnglishAsAdditionalLanguage,
                        disadvantaged: row.isDisadvantaged))
            },
            total: result.total, pageSize: result.pageSize, school: school, reach: reach, schools: schools,
            yearGroups: try await StudentDirectory.yearGroups(in: yearSchools, on: db),
            mayAdd: addable.contains { id in
                AccessPolicy.allows(staff.actor, .manageStudents(SchoolRef(id: id, organisationID: organisationID)))
            })
    }
}
