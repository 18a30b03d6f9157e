import RoundtableCore
import RoundtableViews
import Vapor

/// Counts what needs the signed-in member of staff (`StaffWorkRead`, one query) before a page
/// is drawn, so the count beside "Home" is on every staff page; the home page draws the same
/// rows in full instead of reading them again. Only pages people open count: forms posted
/// (which redirect, or come back with their mistakes) and the room's screen and its polls
/// (which show no navigation) skip the query.
struct StaffWorkMiddleware: AsyncMiddleware {
    /// Routes that answer GET without drawing the navigation.
    static let skipped: Set<String> = [
        SiteRoute.Template.meeting(.screen), .meeting(.screenLive), .outboxCalendar, .auditExport, .insightExport,
    ].reduce(into: []) { $0.insert($1.pattern) }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Governors own no work: nothing to count for them.
        if request.method == .GET, let staff = request.staff, AccessPolicy.allows(staff.actor, .useStaffPages),
            let route = request.route,
            !Self.skipped.contains("/" + route.path.map(\.description).joined(separator: "/"))
        {
            request.staffWork = try await StaffWorkRead.read(
                for: staff, now: request.roundtable.now, timeZone: request.roundtable.configuration.timeZone,
                on: request.sql)
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    private struct StaffWorkKey: StorageKey { typealias Value = StaffWorkList }

    /// What needs the signed-in person, when this request counted it.
    var staffWork: StaffWorkList? {
        get { storage[StaffWorkKey.self] }
        set { storage[StaffWorkKey.self] = newValue }
    }
}
