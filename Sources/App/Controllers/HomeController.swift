import RoundtableViews
import SQLKit
import Vapor

enum HomeController {
    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        return try await HomePage.read(for: staff, on: req.sql).response(for: req)
    }
}
