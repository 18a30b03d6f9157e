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
        let organisationID = try staff.organisation.requireID()
        let query = try req.query.decode(Query.self)
        let page = max(1, min(query.page ?? 1, 10_000))

        var school: School?
        if let id = query.school ?? staff.user.$school.id {
            guard let found = try await Schools.find(id, in: organisationID, on: req.db) else {
                throw AppError.notFound
            }
            try req.require(.readAuditLog(found.ref))
            school = found
        } else {
            try req.require(.readOrganisationAuditLog(organisationID: organisationID))
        }

        var places: [(id: UUID?, name: String)] = []
        if AccessPolicy.allows(staff.actor, .readOrganisationAuditLog(organisationID: organisationID)) {
            places =
                [(nil, "Whole organisation")]
                + (try await Schools.all(in: organisationID, on: req.db)).map { ($0.id, $0.name) }
        }
        let result = try await AuditLog.list(
            organisationID: organisationID, schoolID: school?.id, page: page, on: req.db)
        return AuditLogPage(events: result.events, school: school, places: places, page: page, hasMore: result.hasMore)
            .response(for: req)
    }
}
