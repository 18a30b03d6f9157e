import Fluent
import Vapor

/// Signs API requests in from `Authorization: Bearer rt_…`. Cookies are never read under
/// `/api`, so another site cannot use a signed-in browser to call the API.
struct APITokenMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let secret = request.headers.bearerAuthorization?.token,
            let user = try await APITokens.owner(of: secret, on: request.db, now: request.roundtable.now),
            let organisation = try await Organisation.find(user.$organisation.id, on: request.db)
        {
            var school: School?
            if let id = user.$school.id { school = try await School.find(id, on: request.db) }
            request.staff = StaffContext(user: user, session: nil, organisation: organisation, school: school)
        }
        return try await next.respond(to: request)
    }
}
