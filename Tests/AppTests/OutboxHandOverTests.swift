import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("The outbox shows no usable link unless a leader takes the email to pass on")
struct OutboxHandOverTests {
    @Test(
        "Links and codes are hidden; handing over shows one once, withdraws the email and is audited",
        arguments: TestDatabase.all)
    func handOver(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (_, _, amiraLink) = try await MeetingRunTests.shared(app, people, s)
            let message = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let outbox = try await leader.get("/outbox")
            #expect(outbox.status == .ok)
            #expect(!outbox.text.contains(amiraLink))
            #expect(outbox.text.contains("/p/[hidden]"))
            #expect(outbox.text.contains("Pass it on myself"))
            let calendar = try await leader.get("/outbox/\(message.id!)/meeting.ics")
            #expect(calendar.status == .ok)
            #expect(!calendar.text.contains(amiraLink))

            let taken = try await leader.submit("/outbox/\(message.id!)/hand-over", [:], from: "/outbox")
            #expect(taken.status == .ok)
            #expect(taken.text.contains(amiraLink))
            #expect(taken.text.contains("Roundtable will not send this email now."))
            let stored = try #require(try await OutboxMessage.find(message.id!, on: app.db))
            #expect(stored.status == .handedOver)
            #expect(!stored.body.contains(amiraLink))
            #expect(try await TestBrowser(app).get(amiraLink).status == .ok, "the link handed over still opens")
            let again = try await leader.submit("/outbox/\(message.id!)/hand-over", [:], from: "/outbox")
            #expect(again.status == .conflict)
            #expect(!again.text.contains(amiraLink))
            let after = try await leader.get("/outbox")
            #expect(after.text.contains("Passed on by hand"))
            #expect(!after.text.contains(amiraLink))
            let audited = try await AuditEvent.query(on: app.db)
                .filter(\.$action == AuditAction.emailHandedOver.rawValue).count()
            #expect(audited == 1)
            // The sender never sends it.
            let due = try await OutboxMessage.query(on: app.db).filter(\.$status == .queued)
                .filter(\.$toEmail == "amira@mail.example").count()
            #expect(due == 0)
        }
    }

    @Test("Never for someone with a contact restriction", arguments: TestDatabase.all)
    func restricted(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (_, _, amiraLink) = try await MeetingRunTests.shared(app, people, s)
            let message = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
            // Restricted directly, as if the sender had not yet seen it: the hand-over still asks.
            let member = try #require(try await FamilyMember.find(s.mother.id!, on: app.db))
            member.restriction = "No contact: court order."
            try await member.save(on: app.db)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let refused = try await leader.submit("/outbox/\(message.id!)/hand-over", [:], from: "/outbox")
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("has a contact restriction"))
            #expect(!refused.text.contains(amiraLink))
            #expect(try await OutboxMessage.find(message.id!, on: app.db)?.status == .queued)
            // Staff who may not read the outbox cannot take it either.
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let other = try await OutboxMessage.query(on: app.db).filter(\.$toEmail != "amira@mail.example").first()
            if let other {
                let response = try await teacher.submit("/outbox/\(other.id!)/hand-over", [:], from: "/")
                #expect(response.status == .notFound)
            }
        }
    }
}
