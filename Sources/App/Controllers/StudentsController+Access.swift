import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

extension Request {
    /// The student named in the address, when the signed-in person may see them; "not
    /// found" otherwise, so nobody learns that a student they may not see exists.
    func visibleStudent() async throws -> (StaffContext, Student) {
        let staff = try requireStaff()
        let id = try parameters.require(StudentID.self).rawValue
        guard
            let student = try await StudentDirectory.visibleStudent(
                id, scope: StudentDirectory.scope(for: staff), userID: staff.user.requireID(), on: db)
        else { throw AppError.notFound }
        return (staff, student)
    }

    /// The student named in the address, when the signed-in person may also change their
    /// records and circle (`Permission.manageStudents`).
    func managedStudent() async throws -> (StaffContext, Student) {
        let (staff, student) = try await visibleStudent()
        guard AccessPolicy.allows(staff.actor, .manageStudents(student.schoolRef)) else { throw AppError.notFound }
        return (staff, student)
    }
}

extension Student {
    /// Needs `organisationID`, which `StudentDirectory.visibleStudent` sets.
    var schoolRef: SchoolRef { SchoolRef(id: $school.id, organisationID: organisationID ?? UUID()) }
}
