import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Signing in and out")
struct SignInTests {
    @Test("Signing in gives a fresh, HttpOnly, SameSite=Lax session cookie", arguments: TestDatabase.all)
    func cookie(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.get("/sign-in")
            let response = try await browser.post(
                "/sign-in", ["email": "  PAT@oak.example ", "password": Fixtures.password])
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            let cookie = try #require(response.headers.setCookie?[StaffSessionMiddleware.cookieName])
            #expect(cookie.isHTTPOnly)
            #expect(cookie.sameSite == .lax)
            #expect(!cookie.isSecure)
            // Only a hash of the token is stored.
            let storedFound = try await SignedInSession.query(on: app.db).first()
            let stored = try #require(storedFound)
            #expect(stored.tokenHash != cookie.string)
            #expect(stored.tokenHash == TokenHash.of(cookie.string))
            #expect(try await browser.get("/").text.contains(people.primaryStaff.name))
        }
    }

    @Test("Behind HTTPS the cookie is Secure", arguments: TestDatabase.all)
    func secureCookie(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: ["ROUNDTABLE_PUBLIC_URL": "https://meet.oak.example"]) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            let response = try await browser.signIn(people.primaryStaff)
            #expect(response.headers.setCookie?[StaffSessionMiddleware.cookieName]?.isSecure == true)
            #expect(response.headers.first(name: "Strict-Transport-Security") != nil)
        }
    }

    @Test("Signing in again replaces the old session", arguments: TestDatabase.all)
    func rotation(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryStaff)
            let first = try #require(browser.cookies[StaffSessionMiddleware.cookieName])
            // Signed in, /sign-in sends people home; posting the form again (from another
            // tab, say) still starts a brand-new session.
            #expect(try await browser.get("/sign-in").location == "/")
            try await browser.get("/")
            let again = try await browser.post(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(again.status == .seeOther)
            let second = try #require(browser.cookies[StaffSessionMiddleware.cookieName])
            #expect(first != second)
            let stale = TestBrowser(app)
            stale.cookies[StaffSessionMiddleware.cookieName] = first
            #expect(try await stale.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test(
        "A wrong password and an unknown email get the same message, and the email is kept", arguments: TestDatabase.all
    )
    func wrongCredentials(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            let wrongPassword = try await browser.submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": "not-the-right-one"])
            let unknown = try await browser.submit(
                "/sign-in", ["email": "nobody@oak.example", "password": "not-the-right-one"])
            for response in [wrongPassword, unknown] {
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains("The email address or password is not right"))
                #expect(response.text.contains("<title>Error: Sign in"))
            }
            #expect(wrongPassword.text.contains(#"value="pat@oak.example""#))
            #expect(browser.cookies[StaffSessionMiddleware.cookieName] == nil)
            let failures = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.signInFailed.rawValue)
                .all()
            #expect(failures.count == 2)
            #expect(failures.contains { $0.actorID == people.primaryStaff.id && $0.schoolID == people.oakPrimary.id })
        }
    }

    @Test("After five failures an account must wait, even with the right password", arguments: TestDatabase.all)
    func accountThrottle(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            for attempt in 1...5 {
                let response = try await browser.submit(
                    "/sign-in", ["email": people.primaryStaff.email, "password": "guess-number-\(attempt)"])
                #expect(response.status == .unprocessableEntity)
                #expect(response.text.contains("you can try again in 30 seconds") == (attempt == 5))
            }
            let blocked = try await browser.submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers.first(name: .retryAfter) != nil)
            #expect(blocked.text.contains("too many attempts"))
            #expect(blocked.text.contains(#"value="pat@oak.example""#))
            #expect(browser.cookies[StaffSessionMiddleware.cookieName] == nil)
            // Another account is not affected by this one's failures.
            try await TestBrowser(app).signIn(people.primaryLeader)

            // Once the pause is over, the right password works and the count starts again.
            let key = "account:" + TokenHash.of(people.primaryStaff.email)
            let recordFound = try await SignInThrottleRecord.find(key, on: app.db)
            let record = try #require(recordFound)
            record.blockedUntil = Date().addingTimeInterval(-1)
            try await record.save(on: app.db)
            try await browser.signIn(people.primaryStaff)
            #expect(try await SignInThrottleRecord.find(key, on: app.db) == nil)
        }
    }

    @Test("Many failures from one address pause that address", arguments: TestDatabase.all)
    func addressThrottle(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: ["ROUNDTABLE_TRUST_PROXY": "true"]) { app in
            let people = try await Fixtures.make(on: app)
            let attacker = TestBrowser(app, forwardedFor: "203.0.113.9")
            for attempt in 1...20 {
                try await attacker.submit(
                    "/sign-in", ["email": "user\(attempt)@oak.example", "password": "guess-guess-guess"])
            }
            let blocked = try await attacker.submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(blocked.status == .tooManyRequests)
            // Someone on another network signs in as usual.
            try await TestBrowser(app, forwardedFor: "198.51.100.4").signIn(people.primaryStaff)
        }
    }

    @Test(
        "Wrong passwords from elsewhere never make someone wait in a browser they signed in from before",
        arguments: TestDatabase.all)
    func knownBrowser(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: ["ROUNDTABLE_TRUST_PROXY": "true"]) { app in
            let people = try await Fixtures.make(on: app)
            let own = TestBrowser(app, forwardedFor: "198.51.100.4")
            try await own.signIn(people.primaryStaff)
            #expect(own.cookies[KnownBrowser.cookieName] != nil)
            try await own.get("/")
            #expect(try await own.post("/sign-out").status == .seeOther)
            #expect(own.cookies[StaffSessionMiddleware.cookieName] == nil)
            let attacker = TestBrowser(app, forwardedFor: "203.0.113.9")
            for attempt in 1...8 {
                try await attacker.submit(
                    "/sign-in", ["email": people.primaryStaff.email, "password": "guess-number-\(attempt)"])
            }
            // A browser that never signed in to this account waits, as before.
            let stranger = try await TestBrowser(app, forwardedFor: "198.51.100.4").submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(stranger.status == .tooManyRequests)
            // Her own browser signs in at once, and its own mistakes are still counted by address.
            try await own.signIn(people.primaryStaff)
            // A known-browser cookie for one account does nothing for another.
            let other = TestBrowser(app, forwardedFor: "198.51.100.4")
            other.cookies[KnownBrowser.cookieName] = own.cookies[KnownBrowser.cookieName]
            for attempt in 1...5 {
                try await attacker.submit(
                    "/sign-in", ["email": people.primaryLeader.email, "password": "guess-number-\(attempt)"])
            }
            let leader = try await other.submit(
                "/sign-in", ["email": people.primaryLeader.email, "password": Fixtures.password])
            #expect(leader.status == .tooManyRequests)
        }
    }

    @Test("Behind a proxy, a forged forwarded address neither hides nor frames anyone", arguments: TestDatabase.all)
    func forwardedAddress(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: ["ROUNDTABLE_TRUST_PROXY": "true"]) { app in
            let people = try await Fixtures.make(on: app)
            // The client writes whatever it likes first; our proxy appends the real address last.
            for attempt in 1...20 {
                let attacker = TestBrowser(app, forwardedFor: "10.0.0.\(attempt), 203.0.113.9")
                try await attacker.submit(
                    "/sign-in", ["email": "user\(attempt)@oak.example", "password": "guess-guess"])
            }
            let blocked = try await TestBrowser(app, forwardedFor: "192.0.2.1, 203.0.113.9").submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(blocked.status == .tooManyRequests)
            let addresses = try await AuditEvent.query(on: app.db).all().compactMap(\.ipAddress)
            #expect(Set(addresses) == ["203.0.113.9"])
        }
    }

    @Test("Signing out ends the session for good", arguments: TestDatabase.all)
    func signOut(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            let token = try #require(browser.cookies[StaffSessionMiddleware.cookieName])
            try await browser.get("/")
            let out = try await browser.post("/sign-out")
            #expect(out.status == .seeOther)
            #expect(out.location == "/sign-in?notice=signed-out")
            #expect(browser.cookies[StaffSessionMiddleware.cookieName] == nil)
            let replay = TestBrowser(app)
            replay.cookies[StaffSessionMiddleware.cookieName] = token
            #expect(try await replay.get("/staff").location?.hasPrefix("/sign-in") == true)
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.signedOut.rawValue))
        }
    }

    @Test("A session ends after the idle timeout, and the person is told why", arguments: TestDatabase.all)
    func idleTimeout(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryLeader)
            let sessionFound = try await SignedInSession.query(on: app.db).first()
            let session = try #require(sessionFound)
            session.lastSeenAt = Date().addingTimeInterval(-31 * 60)
            try await session.save(on: app.db)
            let response = try await browser.get("/staff")
            #expect(response.status == .seeOther)
            #expect(response.location == "/sign-in?next=/staff&notice=session-ended")
            #expect(try await SignedInSession.query(on: app.db).count() == 0)
            #expect(try await browser.get(response.location!).text.contains("signed out after a while"))
        }
    }

    @Test("A session ends after the absolute timeout however busy it is", arguments: TestDatabase.all)
    func absoluteTimeout(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryStaff)
            let sessionFound = try await SignedInSession.query(on: app.db).first()
            let session = try #require(sessionFound)
            session.createdAt = Date().addingTimeInterval(-13 * 3600)
            session.lastSeenAt = Date()
            try await session.save(on: app.db)
            #expect(try await browser.get("/").location?.hasPrefix("/sign-in") == true)
        }
    }

    @Test(
        "After signing in, people return to the page they asked for, but never to another site",
        arguments: TestDatabase.all)
    func returnPath(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            #expect(try await browser.get("/audit").location == "/sign-in?next=/audit")
            let back = try await browser.submit(
                "/sign-in?next=/audit", ["email": people.primaryLeader.email, "password": Fixtures.password])
            #expect(back.location == "/audit")
            let other = TestBrowser(app)
            let outside = try await other.submit(
                "/sign-in?next=//evil.example/x", ["email": people.primaryLeader.email, "password": Fixtures.password])
            #expect(outside.location == "/")
        }
    }

    @Test("A switched-off account cannot sign in and loses its sessions", arguments: TestDatabase.all)
    func deactivated(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            try await leader.submit(
                "/staff/\(people.primaryStaff.id!)/active", ["active": "false"],
                from: "/staff/\(people.primaryStaff.id!)")
            // They are told to sign in again, not that they were idle.
            #expect(try await staff.get("/").location == "/sign-in?notice=sign-in-again")
            let again = try await TestBrowser(app).submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(again.status == .forbidden)
            #expect(again.text.contains("Your account is switched off"))
            #expect(again.headers.setCookie?[StaffSessionMiddleware.cookieName] == nil)
            // A wrong password for a switched-off account says nothing about the account.
            let guess = try await TestBrowser(app).submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": "not-the-password"])
            #expect(guess.status == .unprocessableEntity)
            #expect(!guess.text.contains("switched off"))
        }
    }
}
