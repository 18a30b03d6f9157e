import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

enum HomeController {
    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        // A governor's work is the figures.
        guard AccessPolicy.allows(staff.actor, .useStaffPages) else {
            return req.redirect(to: SiteRoute.insight().path)
        }
        let roundtable = req.roundtable
        let timeZone = roundtable.configuration.timeZone
        // The rows the navigation's count came from; read here only if the request had none.
        let work: StaffWorkList
        if let counted = req.staffWork {
            work = counted
        } else {
            work = try await StaffWorkRead.read(for: staff, now: roundtable.now, timeZone: timeZone, on: req.sql)
            req.staffWork = work
        }
        return try await HomePage.read(
            for: staff, work: work, smtpConfigured: roundtable.configuration.smtp != nil, now: roundtable.now,
            timeZone: timeZone, on: req.sql
        ).response(for: req)
    }
}
