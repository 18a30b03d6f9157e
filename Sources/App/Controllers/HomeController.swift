import RoundtableViews
import Vapor

enum HomeController {
    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let schools =
            staff.actor.role == .organisationAdmin
            ? try await Schools.all(in: staff.organisation.requireID(), on: req.db) : []
        return HomePage(staff: staff, schools: schools).response(for: req)
    }
}
