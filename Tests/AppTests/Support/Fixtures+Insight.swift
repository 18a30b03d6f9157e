import Fluent
import Foundation
import RoundtableCore
import Vapor

@testable import App

extension Fixtures {
    /// Every organisation's school year counted and stored, as the worker does once a page asks
    /// for it (a whole organisation is never counted while someone waits).
    static func countInsight(_ app: Application) async throws {
        let sql = try app.db.sql()
        let timeZone = app.roundtable.configuration.timeZone
        let year = InsightPeriod.schoolYear(
            startYear: InsightPeriod.startYear(of: SchoolDay(app.roundtable.now, in: timeZone)))
        for organisation in try await Organisation.query(on: app.db).all() {
            let id = try organisation.requireID()
            try await InsightReports.ask(
                key: InsightRecount.key(school: nil, organisation: id, period: year), organisation: id, school: nil,
                period: year, on: sql)
        }
        try await InsightReports.recountDue(
            now: app.roundtable.now, timeZone: timeZone, every: app.roundtable.configuration.insightRecountInterval,
            on: sql)
    }
}
