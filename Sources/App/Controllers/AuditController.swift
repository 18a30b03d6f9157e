import RoundtableCore
import RoundtableViews
import Vapor

enum AuditController {
    struct Query: Content {
        var school: UUID?
        var page: Int?
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(Query.self)
        let page = max(1, min(query.page ?? 1, 10_000))
        return try await AuditLogPage.read(for: staff, requested: query.school, page: page, on: req.sql)
            .response(for: req)
    }
}
