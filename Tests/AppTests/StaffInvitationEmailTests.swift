import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import Testing
import VaporTesting

@testable import App

/// With a mail server, a colleague's invitation and password links are emailed through the
/// outbox; without one, the page says so and shows the link to pass on.
@Suite("Staff invitation and password links by email")
struct StaffInvitationEmailTests {
    static let smtp = ["SMTP_URL": "smtp://localhost:25?tls=none", "SMTP_FROM": "office@oak.example"]

    @Test(
        "Emailed through the outbox and the SMTP server; a newer link withdraws the older email",
        arguments: TestDatabase.all)
    func emailed(database: TestDatabase) async throws {
        try await withRoundtable(database, environment: Self.smtp) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let ready = try await leader.submit(
                "/staff/invite", ["name": "Noor Haddad", "email": "noor@oak.example", "role": "staff"])
            #expect(ready.status == .created)
            #expect(ready.text.contains("We are emailing this link to Noor Haddad"))
            #expect(!ready.text.contains("no mail server"))
            let first = try StaffTests.invitationPath(in: ready.text)
            let noor = try #require(try await User.query(on: app.db).filter(\.$email == "noor@oak.example").first())

            // A new link before the first email went: the first is withdrawn, the new one queued.
            let again = try await leader.submit("/staff/\(noor.id!)/invitation", [:], from: "/staff/\(noor.id!)")
            let second = try StaffTests.invitationPath(in: again.text)
            let messages = try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "noor@oak.example").all()
            let withdrawn = messages.filter { $0.status == .withdrawn }
            #expect(withdrawn.count == 1 && messages.filter { $0.status == .queued }.count == 1)
            #expect(withdrawn.allSatisfy { !$0.body.contains(first) }, "the withdrawn copy keeps no link")

            try await OutboxTests.withServer { server, port in
                #expect(try await OutboxTests.deliver(app, server, port: port) == 1)
                let delivered = try #require(server.deliveries.first)
                #expect(delivered.to == ["noor@oak.example"])
                #expect(delivered.data.contains("Subject: Your invitation to Roundtable"))
                let text = try #require(
                    delivered.data.split(separator: "\r\n\r\n", maxSplits: 1).last.map {
                        String(
                            decoding: Data(base64Encoded: $0.replacingOccurrences(of: "\r\n", with: "")) ?? Data(),
                            as: UTF8.self)
                    })
                #expect(text.contains(second))
            }
            let sent = try #require(try await OutboxMessage.query(on: app.db).filter(\.$status == .sent).first())
            #expect(!sent.body.contains(second), "the stored copy of a sent email opens no account")
            #expect(try await TestBrowser(app).get(second).status == .ok)
        }
    }

    @Test("Without a mail server, the page says so and shows the link", arguments: TestDatabase.all)
    func notEmailed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let ready = try await leader.submit(
                "/staff/invite", ["name": "Noor Haddad", "email": "noor@oak.example", "role": "staff"])
            #expect(ready.text.contains("Roundtable has no mail server, so nothing is emailed."))
            #expect(ready.text.contains(try StaffTests.invitationPath(in: ready.text)))
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)
        }
    }
}
