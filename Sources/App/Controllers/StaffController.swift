import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Staff accounts of a school: the list, invitations, roles, switching accounts off.
enum StaffController {
    struct PlaceQuery: Content {
        var school: UUID?
    }

    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let requested = try req.query.decode(PlaceQuery.self).school
        return try await StaffListPage.read(for: staff, requested: requested, on: req.sql).response(for: req)
    }
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Request {
    var invitationLifetimeDays: Int { Int(roundtable.configuration.invitationLifetime / 86400) }
}
