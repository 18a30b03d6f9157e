import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

enum AuditController {
    /// The page's address: the school, the page and the filter (a GET form).
    struct Query: Content {
        var school: UUID?
        var page: Int?
        var staff: String?
        var student: String?
        var kind: String?
        var from: String?
        var to: String?

        var filter: AuditFilter {
            AuditFilter(
                staff: staff ?? "", student: student ?? "", kind: kind ?? "", from: from ?? "", to: to ?? "")
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(Query.self)
        let page = max(1, min(query.page ?? 1, 10_000))
        let read = try await AuditLogPage.read(
            for: staff, requested: query.school, page: page, filter: query.filter,
            timeZone: req.roundtable.configuration.timeZone, on: req.sql)
        return read.response(for: req, status: read.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// The same events as the page shows for this filter, every page of them, as a CSV file.
    /// The download is itself written to the log, with what was asked for.
    static func export(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(Query.self)
        let (scope, school) = try await AuditLogPage.scope(for: staff, requested: query.school, on: req.sql)
        let timeZone = req.roundtable.configuration.timeZone
        guard case .success(let checked) = query.filter.check(timeZone: timeZone) else {
            // The page says what to put right.
            return req.redirect(to: SiteRoute.audit(school: school?.schoolID, filter: query.filter).path)
        }
        let file = try await AuditLogExport.make(scope, checked, timeZone: timeZone, on: req.sql)
        var staffName: String?
        if let id = checked.staffID {
            staffName = try await AuditLogPage.staffChoices(scope, on: req.sql).first { $0.id.rawValue == id }?.name
        }
        try await AuditLog.record(
            .auditExported, on: req.db, context: req.auditContext, schoolID: scope.schoolID,
            organisationID: scope.organisationID,
            summary: AuditLogExport.describe(
                checked, place: school?.name ?? "Whole organisation", staffName: staffName,
                student: query.filter.student, rows: file.rows))
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        let day = req.roundtable.now.formatted(Date.ISO8601FormatStyle(timeZone: timeZone).year().month().day())
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"audit-log-\(day).csv\"")
        return Response(status: .ok, headers: headers, body: .init(string: file.text))
    }
}
