import RoundtableViews
import Testing
import VaporTesting

@testable import App

@Suite("Registered routes")
struct RouteRegistrationTests {
    /// With `SiteRouteTests` (every route's address fits a listed template), this is the other
    /// half: every listed template is registered, and nothing is registered without one.
    @Test("The router registers exactly the templates of SiteRoute")
    func registered() async throws {
        try await withRoundtable(.sqlite) { app in
            let registered = Set(app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") })
            let templates = Set(SiteRoute.Template.allCases.map(\.pattern))
            #expect(templates.subtracting(registered).isEmpty, "not registered: \(templates.subtracting(registered))")
            #expect(registered.subtracting(templates).isEmpty, "not in SiteRoute: \(registered.subtracting(templates))")
        }
    }
}
