import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Inviting and managing staff")
struct StaffTests {
    /// The invitation link on the "invitation ready" page, as a path.
    static func invitationPath(in page: String) throws -> String {
        let range = try #require(page.range(of: #"/welcome/[A-Za-z0-9_-]+"#, options: .regularExpression))
        return String(page[range])
    }

    @Test("A leader invites a colleague, who chooses a password once and signs in", arguments: TestDatabase.all)
    func invitationFlow(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let ready = try await leader.submit(
                "/staff/invite", ["name": "Noor Haddad", "email": "Noor@Oak.example", "role": "staff"])
            #expect(ready.status == .created)
            #expect(ready.text.contains("Invitation ready for Noor Haddad"))
            let path = try Self.invitationPath(in: ready.text)
            #expect(ready.text.contains("http://127.0.0.1:8080" + path))

            let noorFound = try await User.query(on: app.db).filter(\.$email == "noor@oak.example").first()
            let noor = try #require(noorFound)
            #expect(noor.isPending)
            #expect(noor.$school.id == people.oakPrimary.id)
            #expect(noor.role == .staff)
            // Only the hash of the link's secret is kept.
            let token = String(path.dropFirst("/welcome/".count))
            let stored = try await StaffInvitation.query(on: app.db).all()
            #expect(stored.map(\.tokenHash) == [TokenHash.of(token)])

            // A pending person cannot sign in yet.
            let early = try await TestBrowser(app).submit(
                "/sign-in", ["email": "noor@oak.example", "password": "anything-at-all-1"])
            #expect(early.status == .unprocessableEntity)

            let newcomer = TestBrowser(app)
            let welcome = try await newcomer.get(path)
            #expect(welcome.status == .ok)
            #expect(welcome.text.contains("Welcome to Roundtable, Noor Haddad"))
            let weak = try await newcomer.post(path, ["password": "password1234"])
            #expect(weak.status == .unprocessableEntity)
            #expect(weak.text.contains("on a list of ones people often use"))
            let saved = try await newcomer.post(path, ["password": "Quiet-Orchard-Kettle-88"])
            // Choosing the password with their own link signs them in: no typing it straight back.
            #expect(saved.location == "/")
            #expect(try await newcomer.get("/").text.contains("Hello, Noor Haddad"))

            // The link works once.
            #expect(try await TestBrowser(app).get(path).status == .notFound)
            #expect(try await TestBrowser(app).get(path).text.contains("This link no longer works"))
            let refreshed = try await User.find(noor.id, on: app.db)
            let later = TestBrowser(app)
            try await later.signIn(try #require(refreshed), password: "Quiet-Orchard-Kettle-88")
            #expect(try await later.get("/").text.contains("Hello, Noor Haddad"))
        }
    }

    @Test("An expired link shows a kind page and sets nothing", arguments: TestDatabase.all)
    func expiredLink(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let ready = try await leader.submit(
                "/staff/invite", ["name": "Late Larry", "email": "larry@oak.example", "role": "staff"])
            let path = try Self.invitationPath(in: ready.text)
            let invitationFound = try await StaffInvitation.query(on: app.db).first()
            let invitation = try #require(invitationFound)
            invitation.expiresAt = Date().addingTimeInterval(-60)
            try await invitation.save(on: app.db)
            let browser = TestBrowser(app)
            let page = try await browser.get(path)
            #expect(page.status == .notFound)
            #expect(page.text.contains("Ask the person who invited you"))
            try await browser.get("/sign-in")
            #expect(try await browser.post(path, ["password": "Quiet-Orchard-Kettle-88"]).status == .notFound)
            let larry = try await User.query(on: app.db).filter(\.$email == "larry@oak.example").first()
            #expect(larry?.passwordHash == nil)
        }
    }

    @Test("A new link replaces the old one", arguments: TestDatabase.all)
    func reissue(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let first = try Self.invitationPath(
                in: try await leader.submit(
                    "/staff/invite", ["name": "Mo", "email": "mo@oak.example", "role": "staff"]
                )
                .text)
            let moFound = try await User.query(on: app.db).filter(\.$email == "mo@oak.example").first()
            let mo = try #require(moFound)
            let second = try Self.invitationPath(
                in: try await leader.submit("/staff/\(mo.id!)/invitation", [:], from: "/staff/\(mo.id!)").text)
            #expect(first != second)
            #expect(try await TestBrowser(app).get(first).status == .notFound)
            #expect(try await TestBrowser(app).get(second).status == .ok)
        }
    }

    @Test("Someone who forgot their password gets a link to choose a new one", arguments: TestDatabase.all)
    func passwordLink(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = "/staff/\(people.primaryStaff.id!)"
            #expect(try await leader.get(page).text.contains("Make a new password link"))
            let ready = try await leader.post(page + "/invitation")
            #expect(ready.status == .created)
            let path = try Self.invitationPath(in: ready.text)

            let newcomer = TestBrowser(app)
            #expect(try await newcomer.get(path).text.contains("Choose a new password"))
            #expect(try await newcomer.post(path, ["password": "Brand-New-Teapot-Morning-5"]).status == .seeOther)
            // The old password stops working, and so do sessions signed in with it.
            #expect(try await staff.get("/").location?.hasPrefix("/sign-in") == true)
            let old = try await TestBrowser(app).submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(old.status == .unprocessableEntity)
            try await TestBrowser(app).signIn(people.primaryStaff, password: "Brand-New-Teapot-Morning-5")
        }
    }

    @Test("Inviting someone twice points to their page instead of failing blankly", arguments: TestDatabase.all)
    func repeatedInvitation(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let form = ["name": "Rosa Diaz", "email": "rosa@oak.example", "role": "staff"]
            try await leader.submit("/staff/invite", form)
            let again = try await leader.submit("/staff/invite", form)
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("Rosa Diaz has already been invited"))
            let rosa = try await User.query(on: app.db).filter(\.$email == "rosa@oak.example").first()
            #expect(again.text.contains("/staff/\(try #require(rosa?.id))"))
            // Someone at another school: the address is taken, but nothing about them is shown.
            let clash = try await leader.submit(
                "/staff/invite", ["name": "X", "email": people.secondaryStaff.email, "role": "staff"])
            #expect(clash.text.contains("already used by an account at another school"))
            #expect(!clash.text.contains(people.secondaryStaff.name))
        }
    }

    @Test("The link page warns when the link only opens on the server's own computer", arguments: TestDatabase.all)
    func loopbackWarning(database: TestDatabase) async throws {
        for (environment, warns) in [
            ([String: String](), true), (["ROUNDTABLE_PUBLIC_URL": "https://meet.oak.example"], false),
        ] {
            try await withRoundtable(database, environment: environment) { app in
                let people = try await Fixtures.make(on: app)
                let leader = TestBrowser(app)
                try await leader.signIn(people.primaryLeader)
                let ready = try await leader.submit(
                    "/staff/invite", ["name": "Ida", "email": "ida@oak.example", "role": "staff"])
                #expect(ready.text.contains("only opens on the computer Roundtable runs on") == warns)
                #expect(ready.text.contains("https://meet.oak.example/welcome/") == !warns)
            }
        }
    }

    @Test("Saving the same role again changes nothing and says nothing changed", arguments: TestDatabase.all)
    func unchangedRole(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = "/staff/\(people.primaryStaff.id!)"
            let response = try await leader.submit(page + "/role", ["role": "staff"], from: page)
            #expect(response.location == page)
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.roleChanged.rawValue)
                .count()
            #expect(events == 0)
        }
    }

    @Test("The invitation form explains its mistakes and keeps what was typed", arguments: TestDatabase.all)
    func inviteValidation(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let duplicate = try await leader.submit(
                "/staff/invite", ["name": "Another Pat", "email": people.primaryStaff.email, "role": "staff"])
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.text.contains("Pat Staff already has an account with this email address"))
            #expect(duplicate.text.contains(#"value="Another Pat""#))

            // A leader is not offered the administrator role, and cannot sneak it in.
            let form = try await leader.get("/staff/invite")
            #expect(!form.text.contains(#"value="organisation_admin""#))
            let sneaky = try await leader.post(
                "/staff/invite", ["name": "Sneaky", "email": "sneaky@oak.example", "role": "organisation_admin"])
            #expect(sneaky.status == .unprocessableEntity)
            #expect(sneaky.text.contains("Choose what they can do"))
            #expect(try await User.query(on: app.db).filter(\.$email == "sneaky@oak.example").count() == 0)
        }
    }

    @Test("A leader's invitation always lands in their own school", arguments: TestDatabase.all)
    func leaderCannotPickAnotherSchool(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            try await leader.submit(
                "/staff/invite",
                [
                    "name": "Placed", "email": "placed@oak.example", "role": "staff",
                    "school": people.oakSecondary.id!.uuidString,
                ])
            let placed = try await User.query(on: app.db).filter(\.$email == "placed@oak.example").first()
            #expect(placed?.$school.id == people.oakPrimary.id)
        }
    }

    @Test("Changing a role takes effect at once and is recorded", arguments: TestDatabase.all)
    func roleChange(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let staff = TestBrowser(app)
            try await staff.signIn(people.primaryStaff)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let page = "/staff/\(people.primaryStaff.id!)"
            let done = try await admin.submit(
                page + "/role", ["role": "school_leader", "school": people.oakSecondary.id!.uuidString], from: page)
            #expect(done.location == page + "?notice=role-changed")
            let changed = try await User.find(people.primaryStaff.id, on: app.db)
            #expect(changed?.role == .schoolLeader)
            #expect(changed?.$school.id == people.oakSecondary.id)
            // Their old session is gone, so the new reach applies from the next sign-in.
            #expect(try await staff.get("/").location?.hasPrefix("/sign-in") == true)
            let events = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.roleChanged.rawValue)
                .all()
            #expect(events.count == 1)
            #expect(events.first?.summary?.contains("Oak Primary") == true)
            #expect(events.first?.summary?.contains("Oak Secondary") == true)
        }
    }

    @Test("An administrator must choose a school for a school role", arguments: TestDatabase.all)
    func roleNeedsSchool(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let page = "/staff/\(people.primaryStaff.id!)"
            let response = try await admin.submit(page + "/role", ["role": "school_leader", "school": ""], from: page)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains("Choose a school for a school leader"))
        }
    }
}

@Suite("The audit log")
struct AuditLogTests {
    @Test("Rows cannot be changed or deleted, even by a direct query", arguments: TestDatabase.all)
    func appendOnly(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await TestBrowser(app).signIn(people.primaryStaff)
            let eventFound = try await AuditEvent.query(on: app.db).first()
            let event = try #require(eventFound)
            event.summary = "rewritten"
            await #expect(throws: (any Error).self) { try await event.save(on: app.db) }
            await #expect(throws: (any Error).self) { try await event.delete(on: app.db) }
            await #expect(throws: (any Error).self) {
                try await AuditEvent.query(on: app.db).delete()
            }
            #expect(try await AuditEvent.query(on: app.db).filter(\.$summary == "rewritten").count() == 0)
        }
    }

    @Test("A leader reads their own school's log and nothing else", arguments: TestDatabase.all)
    func scopedToSchool(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            try await TestBrowser(app).signIn(people.secondaryStaff)
            try await TestBrowser(app).signIn(people.elmLeader)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = try await leader.get("/audit")
            #expect(page.status == .ok)
            #expect(page.text.contains("Priya Leader"))
            #expect(!page.text.contains("Sol Staff"))
            #expect(!page.text.contains("Ezra Leader"))

            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let whole = try await admin.get("/audit").text
            #expect(whole.contains("Sol Staff") && whole.contains("Priya Leader") && whole.contains("Olive Admin"))
            #expect(!whole.contains("Ezra Leader"))
        }
    }
}
