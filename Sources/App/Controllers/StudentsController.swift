import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

enum StudentsController {
    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(StudentListQuery.self)
        return try await StudentListPage.read(query, for: staff, on: req.sql).response(for: req)
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(StudentID.self)
        guard let read = try await StudentProfilePage.read(id, for: staff, notice: req.notice, on: req.sql)
        else { throw AppError.notFound }
        try await AuditLog.record(
            .studentViewed, on: req.db, context: req.auditContext, schoolID: read.schoolID, subjectType: "student",
            subjectID: id.rawValue, summary: read.page.displayName)
        return read.page.response(for: req)
    }

    /// A student's timeline. The filter comes from the address (`?kind=goals&page=2`); what it
    /// does not know is ignored. Opening it is a look at the student's record, so it is audited
    /// like their page.
    static func timeline(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(StudentID.self)
        let items = (URLComponents(string: req.url.string)?.queryItems ?? []).map { (name: $0.name, value: $0.value) }
        guard
            let read = try await StudentTimelinePage.read(
                id, filter: TimelineFilter(query: items), for: staff, on: req.sql)
        else { throw AppError.notFound }
        try await AuditLog.record(
            .studentViewed, on: req.db, context: req.auditContext, schoolID: read.schoolID, subjectType: "student",
            subjectID: id.rawValue, summary: read.page.studentName + ": timeline")
        return read.page.response(for: req)
    }
}
