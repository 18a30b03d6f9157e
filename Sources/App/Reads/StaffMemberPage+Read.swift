import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StaffMemberPage {
    /// `person` is already loaded and checked (`StaffController.target`). For administrators one
    /// query for the schools to choose from; then one for the students linked to them (the first
    /// hundred and the count together). Their school's name comes from those schools or the
    /// session, else one more query.
    static func read(
        _ person: User, for staff: StaffContext, notice: SiteRoute.Notice? = nil, roleForm: RoleForm? = nil,
        jobForm: JobForm? = nil, errors: FieldErrors = FieldErrors(), on db: any SQLDatabase
    ) async throws -> StaffMemberPage {
        let personID = try person.requireID()
        let choices = try await StaffController.roleChoices(for: person, staff: staff, on: db)
        var school: SchoolRow?
        if let id = person.$school.id {
            if let found = choices.schools.first(where: { $0.id == id }) {
                school = found
            } else if let own = staff.school, own.id == id {
                school = try SchoolRow(own)
            } else {
                school = try await SchoolRow.find(id, in: person.$organisation.id, on: db)
            }
        }
        struct StudentRow: Decodable {
            var id: UUID
            var legal_given_name: String
            var legal_family_name: String
            var preferred_name: String?
            var total: Int
        }
        var students: [StudentRow] = []
        if school != nil {
            students = try await db.raw(
                """
                SELECT s.\(ident: "id"), s.\(ident: "legal_given_name"), s.\(ident: "legal_family_name"),
                    s.\(ident: "preferred_name"), COUNT(*) OVER () AS \(ident: "total")
                FROM \(ident: StaffStudentLink.schema) l JOIN \(ident: App.Student.schema) s ON l.\(ident: "student_id") = s.\(ident: "id")
                WHERE l.\(ident: "user_id") = \(bind: personID) AND s.\(ident: "is_active") = \(bind: true)
                ORDER BY s.\(ident: "legal_family_name"), s.\(ident: "legal_given_name")
                LIMIT 100
                """
            ).all(decoding: StudentRow.self)
        }
        return StaffMemberPage(
            person: Person(
                id: StaffID(personID), name: person.name, email: person.email, role: person.role, job: person.jobRole,
                yearGroupsLed: person.yearGroupsLed ?? [],
                account: AccountStatus(isActive: person.isActive, isPending: person.isPending),
                lastSignInAt: person.lastSignInAt),
            school: school.map(NamedSchool.init), notice: notice, roles: choices.roles,
            schools: choices.schools.map(NamedSchool.init),
            canSetActive: AccessPolicy.allows(staff.actor, .setActive(person.ref)),
            canChangeJob: AccessPolicy.allows(staff.actor, .changeJob(of: person.ref)),
            roleForm: roleForm ?? RoleForm(role: person.role.rawValue, school: person.$school.id?.uuidString ?? ""),
            jobForm: jobForm,
            linkedStudents: students.map {
                Student(
                    id: StudentID($0.id),
                    listName: "\($0.legal_family_name), \($0.legal_given_name)"
                        + ($0.preferred_name.map { " (\($0))" } ?? ""))
            },
            linkedTotal: students.first?.total ?? 0, errors: errors)
    }
}
