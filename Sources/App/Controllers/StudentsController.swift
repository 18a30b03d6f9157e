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
}
