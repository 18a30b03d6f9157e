import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

enum InsightController {
    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(InsightQuery.self)
        let read = try await InsightPage.read(
            for: staff, query: query, now: req.roundtable.now, timeZone: req.roundtable.configuration.timeZone,
            recountInterval: req.roundtable.configuration.insightRecountInterval, on: req.sql)
        return read.page.response(for: req)
    }

    /// One of the page's tables, exactly as shown (hidden groups still say "fewer than 5").
    static func export(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(InsightQuery.self)
        let table = try req.query.get(String.self, at: "table")
        let read = try await InsightPage.read(
            for: staff, query: query, now: req.roundtable.now, timeZone: req.roundtable.configuration.timeZone,
            recountInterval: req.roundtable.configuration.insightRecountInterval, on: req.sql)
        let tables = read.page.tables + read.page.comparisons.map(\.table)
        guard let found = tables.first(where: { $0.id == table }), let period = read.report?.period else {
            throw AppError.notFound
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        let narrowed = query.only.map { "-\($0.parameter.replacingOccurrences(of: "_", with: "-"))" } ?? ""
        let name = "\(found.id)\(narrowed)-\(period.days.lowerBound)-to-\(period.days.upperBound).csv"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(name)\"")
        return Response(status: .ok, headers: headers, body: .init(string: found.csv))
    }
}
