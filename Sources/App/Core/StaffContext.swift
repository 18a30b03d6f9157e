import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The signed-in member of staff for this request, with what every page shows about them.
struct StaffContext: Sendable {
    let user: User
    /// The browser session; `nil` for API requests, which carry a token instead.
    let session: SignedInSession?
    let organisation: Organisation
    let school: School?

    var actor: Actor { user.actor }
}

extension Request {
    private struct StaffKey: StorageKey { typealias Value = StaffContext }
    private struct EndedKey: StorageKey { typealias Value = SessionEnd }

    var staff: StaffContext? {
        get { storage[StaffKey.self] }
        set { storage[StaffKey.self] = newValue }
    }

    /// The browser sent a session cookie, but that session has ended, and why.
    var sessionEnded: SessionEnd? {
        get { storage[EndedKey.self] }
        set { storage[EndedKey.self] = newValue }
    }

    /// The signed-in member of staff, or a trip to the sign-in page.
    func requireStaff() throws -> StaffContext {
        guard let staff else {
            let returnTo = method == .GET ? url.string : nil
            throw AppError.signInRequired(returnTo: returnTo, sessionEnded: sessionEnded)
        }
        // Governors see figures only (Core's `useStaffPages`): every other staff page and every
        // API route answers "not found" for them, whatever its own checks would say.
        if !AccessPolicy.allows(staff.actor, .useStaffPages) {
            let pattern = route.map { "/" + $0.path.map(\.description).joined(separator: "/") }
            guard let pattern, Self.figuresRoutes.contains(pattern) else { throw AppError.notFound }
        }
        return staff
    }

    /// The routes a governor may open: their home (which sends them on) and the figures.
    private static let figuresRoutes: Set<String> = [
        SiteRoute.Template.home.pattern, SiteRoute.Template.insight.pattern, SiteRoute.Template.insightExport.pattern,
    ]

    /// Stops here, with "page not found", unless the access policy allows it.
    @discardableResult
    func require(_ permission: Permission) throws -> StaffContext {
        let staff = try requireStaff()
        guard AccessPolicy.allows(staff.actor, permission) else { throw AppError.notFound }
        return staff
    }

    /// Facts for an audit event about this request, with the signed-in person if any.
    var auditContext: AuditContext {
        AuditContext(
            now: roundtable.now, actorID: staff?.user.id, actorName: staff?.user.name,
            organisationID: staff?.organisation.id, schoolID: staff?.user.$school.id, ipAddress: clientAddress,
            requestID: id)
    }
}

/// Finds the signed-in person from the session cookie. It never refuses a request itself;
/// pages that need someone signed in call `requireStaff()`.
struct StaffSessionMiddleware: AsyncMiddleware {
    static let cookieName = "rt_session"

    /// Paths that never show anything about the person: no need to look the session up.
    static let skippedPrefixes = ["/assets/", "/healthz", "/readyz", "/bench/", "/api/"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard !Self.skippedPrefixes.contains(where: { path.hasPrefix($0) }),
            let token = request.cookies[Self.cookieName]?.string, !token.isEmpty
        else {
            return try await next.respond(to: request)
        }
        let lookup = try await Authentication.session(
            token: token, policy: request.roundtable.sessionPolicy, on: request.db, now: request.roundtable.now)
        switch lookup {
        case .none, .ended:
            if case .ended = lookup { request.sessionEnded = .timedOut } else { request.sessionEnded = .removed }
            let response = try await next.respond(to: request)
            // Signing in with a stale cookie sets a new one: clearing it here would send the
            // person straight back to the sign-in page with no word of what went wrong.
            if response.cookies[Self.cookieName] == nil {
                response.cookies[Self.cookieName] = .expired
            }
            return response
        case .active(let session, let user, let organisation, let school):
            request.staff = StaffContext(user: user, session: session, organisation: organisation, school: school)
            return try await next.respond(to: request)
        }
    }
}

/// Why a session cookie no longer works: it timed out, or the session was removed (signed
/// out elsewhere, role changed, account switched off). People are told which.
enum SessionEnd: Sendable {
    case timedOut
    case removed
}

extension HTTPCookies.Value {
    static func session(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
