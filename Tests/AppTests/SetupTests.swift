import Fluent
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("First-run setup")
struct SetupTests {
    static let form = [
        "organisation_name": "Harbour Learning Trust", "school_name": "Harbour Primary",
        "admin_name": "Grace Okafor", "admin_email": "grace@harbour.example", "password": "Calm-Harbour-Lantern-42",
    ]

    @Test("A new install sends every page to setup, and setup leads to sign-in", arguments: TestDatabase.all)
    func firstRun(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let browser = TestBrowser(app)
            let home = try await browser.get("/")
            #expect(home.status == .seeOther)
            #expect(home.location == "/setup")
            #expect(try await browser.get("/staff").location == "/setup")

            let done = try await browser.submit("/setup", Self.form)
            #expect(done.status == .seeOther)
            #expect(done.location == "/sign-in?notice=setup-complete")

            let organisation = try await Organisation.query(on: app.db).all()
            #expect(organisation.map(\.name) == ["Harbour Learning Trust"])
            let adminFound = try await User.query(on: app.db).first()
            let admin = try #require(adminFound)
            #expect(admin.role == .organisationAdmin)
            #expect(admin.email == "grace@harbour.example")
            #expect(admin.passwordHash?.hasPrefix("$2") == true)

            let signInPage = try await browser.get("/sign-in?notice=setup-complete")
            #expect(signInPage.text.contains("Roundtable is ready"))
            try await browser.signIn(admin, password: Self.form["password"]!)
            #expect(try await browser.get("/").text.contains("Grace Okafor"))
        }
    }

    @Test("After setup, the setup page is gone for good", arguments: TestDatabase.all)
    func goneAfterwards(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let browser = TestBrowser(app)
            try await browser.submit("/setup", Self.form)
            #expect(try await browser.get("/setup").status == .notFound)
            var second = Self.form
            second["admin_email"] = "intruder@example.org"
            let again = try await browser.post("/setup", second)
            #expect(again.status == .notFound)
            #expect(try await User.query(on: app.db).count() == 1)
            #expect(try await Organisation.query(on: app.db).count() == 1)
        }
    }

    @Test("Mistakes are explained next to each field and nothing typed is lost", arguments: TestDatabase.all)
    func validation(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let browser = TestBrowser(app)
            var form = Self.form
            form["password"] = "short"
            form["admin_email"] = "grace-at-harbour"
            let response = try await browser.submit("/setup", form)
            #expect(response.status == .unprocessableEntity)
            let page = response.text
            #expect(page.contains("<title>Error: "))
            #expect(page.contains("There is a problem"))
            #expect(page.contains(##"href="#password""##))
            #expect(page.contains("Use at least 12 characters"))
            #expect(page.contains("Enter an email address in the right format"))
            #expect(page.contains(#"value="Harbour Learning Trust""#))
            #expect(page.contains(#"value="grace-at-harbour""#))
            // The password is never sent back, even on a failed form.
            #expect(!page.contains(#"value="short""#))
            #expect(try await Organisation.query(on: app.db).count() == 0)
        }
    }

    @Test("Hostile text in a re-shown form stays text", arguments: TestDatabase.all)
    func escaping(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let browser = TestBrowser(app)
            var form = Self.form
            form["organisation_name"] = #""><script>alert(1)</script>"#
            form["school_name"] = "O'Neil & <b>Sons</b>"
            form["password"] = ""
            let page = try await browser.submit("/setup", form).text
            #expect(!page.contains("<script>alert(1)</script>"))
            #expect(page.contains(#"value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;""#))
            #expect(page.contains(#"value="O&#39;Neil &amp; &lt;b&gt;Sons&lt;/b&gt;""#))
        }
    }

    @Test("On a network address, setup needs the code from the server's log", arguments: TestDatabase.all)
    func setupCode(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: ["ROUNDTABLE_HOST": "0.0.0.0"]) { app in
            let code = try #require(app.roundtable.setupCode)
            let browser = TestBrowser(app)
            #expect(try await browser.get("/setup").text.contains(#"name="setup_code""#))

            var form = Self.form
            form["setup_code"] = "0000-0000-0000"
            let wrong = try await browser.post("/setup", form)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("The setup code does not match"))
            #expect(try await Organisation.query(on: app.db).count() == 0)

            form["setup_code"] = code.replacingOccurrences(of: "-", with: " ")
            #expect(try await browser.post("/setup", form).status == .seeOther)
        }
    }

    @Test("Two setups at the same moment make one organisation", arguments: TestDatabase.all)
    func concurrentSetup(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let input: @Sendable (String) -> FirstRunSetup.Input = { email in
                FirstRunSetup.Input(
                    organisationName: "Trust \(email)", schoolName: "School", adminName: "Admin", adminEmail: email,
                    password: "Calm-Harbour-Lantern-42", setupCode: "")
            }
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for email in ["a@one.example", "b@two.example", "c@three.example"] {
                    group.addTask {
                        do {
                            _ = try await FirstRunSetup.perform(
                                input(email), passwords: app.roundtable.passwords, pool: app.threadPool,
                                context: AuditContext(now: app.roundtable.now), on: app.db, now: app.roundtable.now)
                            return true
                        } catch {
                            return false
                        }
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            let organisations = try await Organisation.query(on: app.db).count()
            let users = try await User.query(on: app.db).count()
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(organisations == 1)
            #expect(users == 1)
        }
    }
}
