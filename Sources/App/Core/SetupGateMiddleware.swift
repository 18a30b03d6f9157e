import RoundtableViews
import Vapor

/// Until first-run setup is done, every page leads to it.
struct SetupGateMiddleware: AsyncMiddleware {
    static let exempt: Set<String> = [
        SiteRoute.Template.setup.pattern, SiteRoute.Template.asset(.stylesheet).pattern,
        SiteRoute.Template.healthz.pattern, SiteRoute.Template.readyz.pattern,
        SiteRoute.Template.benchPlaintext.pattern,
    ]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let context = request.roundtable
        if context.knownInstalled || Self.exempt.contains(request.url.path) || request.url.path.hasPrefix("/api/") {
            return try await next.respond(to: request)
        }
        if try await FirstRunSetup.isDone(on: request.db) {
            context.markInstalled()
            return try await next.respond(to: request)
        }
        return request.redirect(to: SiteRoute.setup.path, redirectType: .normal)
    }
}
