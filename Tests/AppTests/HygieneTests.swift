import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Output encoding and input hygiene")
struct HygieneTests {
    @Test("After signing in, next= only ever leads to a page on this site", arguments: TestDatabase.all)
    func openRedirect(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.get("/sign-in?next=/%09/evil.example")
            #expect(!browser.lastPage.contains("evil.example"))
            let response = try await browser.post(
                "/sign-in?next=/%09/evil.example",
                ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            for next in ["/%2F/evil.example", "/%5Cevil.example", "//evil.example", "https://evil.example"] {
                #expect(try await browser.get("/sign-in?next=\(next)").location == "/", "\(next)")
            }
            #expect(try await browser.get("/sign-in?next=/staff").location == "/staff")
        }
    }

    @Test("A stale session cookie sent with the sign-in form does not undo the sign-in", arguments: TestDatabase.all)
    func staleCookie(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            for ending in ["signed out", "timed out"] {
                let browser = TestBrowser(app)
                try await browser.signIn(people.primaryStaff)
                let stale = try #require(browser.cookies[StaffSessionMiddleware.cookieName])
                if ending == "signed out" {
                    try await browser.get("/")
                    try await browser.post("/sign-out")
                } else {
                    for session in try await SignedInSession.query(on: app.db).all() {
                        session.lastSeenAt = Date().addingTimeInterval(-31 * 60)
                        try await session.save(on: app.db)
                    }
                }
                // The browser keeps sending the old cookie (a tab restored, a cookie the
                // expiry did not reach) both when it opens the form and when it sends it.
                browser.cookies[StaffSessionMiddleware.cookieName] = stale
                try await browser.get("/sign-in")
                browser.cookies[StaffSessionMiddleware.cookieName] = stale
                let response = try await browser.post(
                    "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
                #expect(response.status == .seeOther, "\(ending)")
                #expect(response.location == "/", "\(ending)")
                let fresh = browser.cookies[StaffSessionMiddleware.cookieName]
                #expect(fresh != nil && fresh != stale, "\(ending): no new session cookie")
                #expect(try await browser.get("/").text.contains(people.primaryStaff.name), "\(ending)")
            }
        }
    }

    static let injected = "Ann\r\nBcc: evil@example.org"

    @Test("A line break in an invited colleague's name is not stored", arguments: TestDatabase.all)
    func invitationName(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let ready = try await leader.submit(
                "/staff/invite", ["name": Self.injected, "email": "ann@oak.example", "role": "staff"])
            #expect(ready.status == .created)
            let annFound = try await User.query(on: app.db).filter(\.$email == "ann@oak.example").first()
            let ann = try #require(annFound)
            #expect(ann.name == "Ann Bcc: evil@example.org")
        }
    }

    @Test("Names sent through the API are stored on one line", arguments: TestDatabase.all)
    func apiNames(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let leader = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let created = try await APIWriteTests.send(
                app, .POST, "/api/v1/students", token: leader,
                json: #"{"givenName": "Ann\r\nBcc: evil@example.org\u0000", "familyName": "Lee\u009b", "yearGroup": 7}"#
            )
            #expect(created.status == .created)
            let summary = try created.content.decode(APIController.StudentSummary.self)
            let student = try #require(try await Student.find(summary.id, on: app.db))
            #expect(student.legalGivenName == "Ann Bcc: evil@example.org")
            #expect(student.legalFamilyName == "Lee")
            let family = try await APIWriteTests.send(
                app, .POST, "/api/v1/students/\(s.zoe.id!)/family", token: leader,
                json:
                    #"{"givenName": "Bilal\r\nBcc: evil@example.org\u0000", "familyName": "Haddad", "relationship": "father", "parentalResponsibility": true, "livesWithStudent": true, "contact": {"email": "bilal@mail.example"}}"#
            )
            #expect(family.status == .created, "\(family.body.string)")
            let stored = try await FamilyMember.query(on: app.db).all().map(\.givenName)
            #expect(stored.contains("Bilal Bcc: evil@example.org"))
            #expect(!stored.contains { $0.unicodeScalars.contains { $0.value < 0x20 } })
        }
    }

    @Test("A line break in a name or subject adds no header to an email")
    func emailHeaders() {
        let message = OutboxMessage()
        message.id = UUID()
        message.toEmail = "amira@mail.example"
        for name in [
            Self.injected, "Ann\rBcc: evil@example.org", "Ann\nBcc: evil@example.org", "Zoë\r\nBcc: evil@example.org",
        ] {
            message.toName = name
            message.subject = "Meeting\r\nBcc: evil@example.org"
            message.body = "Dear Ann"
            message.calendar = nil
            let text = MailMessage.render(
                message, from: EmailAddress("meetings@oak.example")!, fromName: "Oak\r\nBcc: evil@example.org",
                date: Date(timeIntervalSince1970: 0))
            let headers = text.components(separatedBy: "\r\n\r\n")[0].components(separatedBy: "\r\n")
            #expect(!headers.contains { $0.lowercased().hasPrefix("bcc") }, "\(name.debugDescription)")
            // Every header line is a header or a folded continuation.
            #expect(headers.allSatisfy { $0.hasPrefix(" ") || $0.contains(": ") })
            #expect(
                !text.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains { $0 == "\r" || $0 == "\n" })
        }
        #expect(MailMessage.encodeHeader(Self.injected) == "Ann Bcc: evil@example.org")
    }

    @Test(
        "Names with bidi controls are shown isolated in the staff list, audit log and student list",
        arguments: TestDatabase.all)
    func bidiNames(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let reversed = "Ann\u{202E}eeL"
            people.primaryStaff.name = reversed
            try await people.primaryStaff.save(on: app.db)
            s.zoe.legalFamilyName = "Ång\u{202E}ström"
            try await s.zoe.save(on: app.db)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let staff = try await admin.get("/staff?school=\(people.oakPrimary.id!)")
            #expect(staff.text.contains("<bdi>\(reversed)</bdi>"))
            let students = try await admin.get("/students")
            #expect(students.text.contains("<bdi>Ång\u{202E}ström</bdi>"))
            let signedIn = TestBrowser(app)
            try await signedIn.signIn(people.primaryStaff)
            let audit = try await admin.get("/audit")
            #expect(audit.text.contains("<bdi>\(reversed)</bdi>"))
        }
    }
}
