import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Forms, headers and errors")
struct ProtectionTests {
    @Test("A form without its token changes nothing and shows a clear page", arguments: TestDatabase.all)
    func csrfRejected(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            let forged = try await browser.post(
                "/staff/\(people.primaryStaff.id!)/active", ["active": "false"], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(forged.text.contains("Please try that again"))
            let wrongToken = try await browser.post(
                "/staff/\(people.primaryStaff.id!)/active", ["active": "false", "_csrf": "made-up"])
            #expect(wrongToken.status == .forbidden)
            #expect(try await User.find(people.primaryStaff.id, on: app.db)?.isActive == true)
            // Signing out needs the token too, so another site cannot sign people out.
            #expect(try await browser.post("/sign-out", csrf: false).status == .forbidden)
        }
    }

    @Test("A form whose token expired comes back with the person's input", arguments: TestDatabase.all)
    func csrfRedisplay(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.oakAdmin)
            try await browser.get("/schools")
            let response = try await browser.post("/schools", ["name": "Oak Nursery", "_csrf": "stale"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("this form had expired"))
            #expect(response.text.contains(#"value="Oak Nursery""#))
            #expect(try await School.query(on: app.db).filter(\.$name == "Oak Nursery").count() == 0)
            // Sending it again from the re-shown form works.
            #expect(try await browser.post("/schools", ["name": "Oak Nursery"]).status == .seeOther)
        }
    }

    @Test("Sign-in is protected from forged logins too", arguments: TestDatabase.all)
    func signInNeedsToken(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            let response = try await browser.post(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password], csrf: false)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(#"value="pat@oak.example""#))
            #expect(browser.cookies[StaffSessionMiddleware.cookieName] == nil)
        }
    }

    @Test("Every response carries the security headers", arguments: TestDatabase.all)
    func headers(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            _ = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            for path in ["/sign-in", "/no-such-page", "/assets/app.css", "/api/v1/nothing", "/"] {
                let response = try await browser.get(path)
                let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(csp.contains("script-src 'self'"))
                #expect(!csp.contains("unsafe-inline"))
                #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            }
            #expect(try await browser.get("/sign-in").headers.first(name: .cacheControl) == "no-store")
        }
    }

    @Test("Pages have no inline scripts or styles, so the strict policy breaks nothing", arguments: TestDatabase.all)
    func noInlineCode(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.oakAdmin)
            for path in ["/", "/staff", "/staff/invite", "/schools", "/audit", "/staff/\(people.primaryStaff.id!)"] {
                let page = try await browser.get(path).text
                #expect(!page.contains("<script"))
                #expect(!page.contains("style="))
                #expect(!page.contains("<style"))
            }
        }
    }

    @Test("An unknown page is a friendly 404; under /api it is JSON", arguments: TestDatabase.all)
    func notFound(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let page = try await TestBrowser(app).get("/no-such-page")
            #expect(page.status == .notFound)
            #expect(page.headers.contentType == .html)
            #expect(page.text.contains("Page not found"))
            // Signed in, a missing page keeps the person's header and navigation.
            let signedIn = TestBrowser(app)
            try await signedIn.signIn(people.primaryLeader)
            let missing = try await signedIn.get("/no-such-page")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Priya Leader"))
            #expect(missing.text.contains("Audit log"))
            let api = try await TestBrowser(app).get("/api/v1/nothing")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType?.subType == "problem+json")
            let body = try JSONDecoder().decode(APIProblem.self, from: Data(api.body.readableBytesView))
            #expect(body.code == "not_found")
            #expect(body.status == 404)
            #expect(body.requestId == api.headers.first(name: "X-Request-Id"))
        }
    }

    struct Boom: Error, CustomStringConvertible {
        var description: String { "SELECT secret FROM table failed at /var/lib/roundtable" }
    }

    @Test("An unexpected failure shows a reference, never the error itself", arguments: TestDatabase.all)
    func unexpected(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            _ = try await Fixtures.make(on: app)
            app.get("boom") { _ -> String in throw Boom() }
            app.get("api", "v1", "boom") { _ -> String in throw Boom() }
            let page = try await TestBrowser(app).get("/boom")
            #expect(page.status == .internalServerError)
            #expect(!page.text.contains("SELECT"))
            #expect(page.text.contains(try #require(page.headers.first(name: "X-Request-Id"))))
            let api = try await TestBrowser(app).get("/api/v1/boom")
            #expect(api.status == .internalServerError)
            #expect(!api.text.contains("SELECT"))
            #expect(
                try JSONDecoder().decode(APIProblem.self, from: Data(api.body.readableBytesView)).code == "unexpected")
        }
    }

    @Test("The stylesheet may be cached for good at its versioned address", arguments: TestDatabase.all)
    func stylesheet(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let browser = TestBrowser(app)
            let page = try await browser.get("/setup").text
            let version = app.roundtable.stylesheet.version
            #expect(page.contains("/assets/app.css?v=\(version)"))
            let versioned = try await browser.get("/assets/app.css?v=\(version)")
            #expect(versioned.status == .ok)
            #expect(versioned.headers.first(name: .cacheControl)?.contains("immutable") == true)
            #expect(versioned.text.contains(".error-summary"))
            // A brace lost in a merge silently swallows every rule after it; count them.
            let rules = versioned.text.replacing(/\/\*[\s\S]*?\*\//, with: "")
            var depth = 0
            for character in rules {
                if character == "{" { depth += 1 }
                if character == "}" { depth -= 1 }
                #expect(depth >= 0, "a closing brace with no rule open")
                if depth < 0 { break }
            }
            #expect(depth == 0, "every rule in the stylesheet is closed")
            #expect(try await browser.get("/assets/app.css").headers.first(name: .cacheControl) == "no-cache")
        }
    }

    @Test("The stylesheet and scripts travel gzipped; pages, with their form token, never do")
    func compression() async throws {
        try await withRoundtable(.sqlite) { app in
            _ = try await Fixtures.make(on: app)
            let tester = try app.testing(method: .running(hostname: "127.0.0.1", port: 0))
            var asks = HTTPHeaders()
            asks.add(name: .acceptEncoding, value: "gzip")
            for path in ["/assets/app.css", "/assets/live.js"] {
                let asset = try await tester.sendRequest(.GET, path, headers: asks)
                #expect(asset.status == .ok)
                #expect(asset.headers.first(name: .contentEncoding) == "gzip", "\(path)")
                #expect(asset.headers.first(name: .vary) == "Accept-Encoding", "\(path)")
                // Really gzip, and much smaller than the file.
                #expect(Array(asset.body.readableBytesView.prefix(2)) == [0x1f, 0x8b])
            }
            let css = try await tester.sendRequest(.GET, "/assets/app.css", headers: asks)
            #expect(css.body.readableBytes * 3 < app.roundtable.stylesheet.content.utf8.count)
            // A browser that does not ask gets the plain file.
            let plain = try await tester.sendRequest(.GET, "/assets/app.css")
            #expect(plain.headers.first(name: .contentEncoding) == nil)
            #expect(plain.body.string.contains(".error-summary"))
            // What browsers send: a page is still never compressed, whichever they prefer.
            var browser = HTTPHeaders()
            browser.add(name: .acceptEncoding, value: "gzip, deflate, br, zstd")
            #expect(
                try await tester.sendRequest(.GET, "/assets/app.css", headers: browser).headers.first(
                    name: .contentEncoding) != nil)
            for path in ["/sign-in", "/no-such-page", "/api/v1/nothing"] {
                let page = try await tester.sendRequest(.GET, path, headers: browser)
                #expect(page.headers.first(name: .contentEncoding) == nil, "\(path)")
                #expect(page.body.string.contains(path.hasPrefix("/api") ? "{" : "<html"), "\(path)")
            }
        }
    }

    @Test("Health checks answer before and after setup", arguments: TestDatabase.all)
    func health(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let browser = TestBrowser(app)
            #expect(try await browser.get("/healthz").status == .ok)
            let ready = try await browser.get("/readyz")
            #expect(ready.status == .ok)
            #expect(ready.text == "ready")
            #expect(try await browser.get("/bench/plaintext").status == .notFound)
        }
    }

    @Test(
        "Once the server is stopping, new requests are told to come back, and nothing runs", arguments: TestDatabase.all
    )
    func stopping(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            // A page with the form's token, so the post below would change something if it ran.
            try await browser.get("/staff/\(people.primaryStaff.id!)")
            let token = try #require(browser.csrfToken)
            #expect(app.roundtable.requestGate.underWay == 0)
            app.roundtable.requestGate.close()
            let refused = try await browser.get("/readyz")
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers.first(name: .retryAfter) == "5")
            let unchanged = try await browser.post(
                "/staff/\(people.primaryStaff.id!)/active", ["active": "false", "_csrf": token])
            #expect(unchanged.status == .serviceUnavailable)
            #expect(try await User.find(people.primaryStaff.id, on: app.db)?.isActive == true)
            #expect(app.roundtable.requestGate.underWay == 0)
        }
    }
}
