import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StudentFormPage {
    /// The schools a person may add students to, by name: a leader's own, which came with the
    /// session (only an organisation's administrators reach other schools), or for an
    /// administrator every school of the organisation, one query. `AccessPolicy` decides.
    static func schools(for staff: StaffContext, on db: any SQLDatabase) async throws -> [SchoolRow] {
        let organisationID = try staff.organisation.requireID()
        let candidates =
            staff.actor.role == .organisationAdmin
            ? try await SchoolRow.all(in: organisationID, on: db)
            : try staff.school.map { [try SchoolRow($0)] } ?? []
        return candidates.filter { AccessPolicy.allows(staff.actor, .manageStudents($0.ref)) }
    }

    /// A new student at one of `schools`, `chosen` so far.
    init(newIn schools: [SchoolRow], chosen: UUID?, form: StudentForm = StudentForm(), errors: FieldErrors = .init()) {
        self.init(
            mode: .new(
                schools: schools.map(NamedSchool.init), chosen: chosen.map { SchoolID($0) }),
            form: form, errors: errors)
    }

    /// Changing the student the access check loaded: no query.
    init(editing student: App.Student, form: StudentForm? = nil, errors: FieldErrors = .init()) throws {
        self.init(
            mode: .edit(
                Student(
                    id: StudentID(try student.requireID()), displayName: student.displayName,
                    fromRoster: student.sourcedID != nil)),
            form: form ?? StudentForm(student), errors: errors)
    }
}
