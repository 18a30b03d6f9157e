import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

enum StudentsController {
    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(StudentListQuery.self)
        let scope = StudentDirectory.scope(for: staff)
        let organisationID = try staff.organisation.requireID()
        // Administrators may narrow the list to one school of their own organisation.
        var school = staff.school
        if case .organisation = scope, let id = query.school {
            guard let found = try await Schools.find(id, in: organisationID, on: req.db) else {
                throw AppError.notFound
            }
            school = found
        }
        let page = try await StudentDirectory.search(
            query.filters, scope: scope, schoolID: school?.id, userID: staff.user.requireID(), on: req.db)
        let schools: [School] =
            if case .organisation = scope { try await Schools.all(in: organisationID, on: req.db) } else { [] }
        return StudentListPage(
            query: query, page: page, scope: scope, school: school, schools: schools,
            yearGroups: try await yearGroups(
                scope: scope, school: school ?? (schools.count == 1 ? schools[0] : nil), on: req.db),
            mayAdd: !(try await schoolsForNewStudents(staff, on: req.db)).isEmpty
        ).response(for: req)
    }

    /// The year groups to offer in the filter: those the school actually has.
    private static func yearGroups(scope: StudentScope, school: School?, on db: any Database) async throws -> [Int] {
        // Answered from the (school, year group) index alone.
        var query = Student.query(on: db)
        if let id = school?.id { query = query.filter(\.$school.$id == id) }
        return try await query.unique().all(\.$yearGroup).sorted()
    }

    static func show(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.visibleStudent()
        let circle = try await StudentDirectory.circle(of: student, on: req.db)
        let school = try await School.find(student.$school.id, on: req.db)
        let mayManage = AccessPolicy.allows(staff.actor, .manageStudents(student.schoolRef))
        try await AuditLog.record(
            .studentViewed, on: req.db, context: req.auditContext, schoolID: student.$school.id,
            subjectType: "student", subjectID: student.id, summary: student.displayName)
        return StudentProfilePage(
            student: student, schoolName: school?.name ?? "", circle: circle, mayManage: mayManage,
            mayPlanMeetings: AccessPolicy.allows(staff.actor, .planMeetings(student.schoolRef)),
            meetings: try await Meetings.about(student, visibleTo: staff, on: req.db),
            notice: req.notice
        ).response(for: req)
    }
}
