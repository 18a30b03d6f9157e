import Fluent
import Foundation
import NIOPosix
import RoundtableCore
import RoundtableViews
import Testing
import VaporTesting

@testable import App

@Suite("Delivering the outbox")
struct OutboxTests {
    static let from = EmailAddress("office@oak.example")!

    static func queue(_ to: String, school: UUID, on db: any Database) async throws -> OutboxMessage {
        let message = OutboxMessage(
            school: school, meeting: nil, to: .testAddress(EmailAddress(to)!, name: "Parent"), subject: "A meeting",
            body: "Hello", now: Date().addingTimeInterval(-60))
        try await message.create(on: db)
        return message
    }

    static func deliver(
        _ app: Application, _ server: FakeSMTPServer, port: Int, owner: UUID = UUID()
    ) async throws
        -> Int
    {
        let client = SMTPClient(
            settings: SMTPSettings(host: "127.0.0.1", port: port, username: nil, password: nil, security: .none),
            group: MultiThreadedEventLoopGroup.singleton, connectTimeout: .seconds(2), replyTimeout: .seconds(1))
        return try await Outbox.deliverDue(
            on: app.db, client: client, from: from, fromName: "Oak", logger: app.logger, now: { app.roundtable.now },
            owner: owner)
    }

    static func withServer(
        _ script: FakeSMTPServer.Script = .init(), _ body: (FakeSMTPServer, Int) async throws -> Void
    ) async throws {
        let server = FakeSMTPServer(script)
        let port = try await server.start()
        do { try await body(server, port) } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test("A message left sending by a dead process is sent once its lease has run out", arguments: TestDatabase.all)
    func expiredLease(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let school = try await Fixtures.make(on: app).oakPrimary.requireID()
            let expired = try await Self.queue("expired@home.example", school: school, on: app.db)
            expired.status = .sending
            expired.claimedUntil = Date().addingTimeInterval(-60)
            expired.claimedBy = UUID()
            try await expired.save(on: app.db)
            // Claimed before leases existed: no end at all.
            let legacy = try await Self.queue("legacy@home.example", school: school, on: app.db)
            legacy.status = .sending
            try await legacy.save(on: app.db)
            try await Self.withServer { server, port in
                let sent = try await Self.deliver(app, server, port: port)
                #expect(sent == 2)
                let again = try await Self.deliver(app, server, port: port)
                #expect(again == 0)
                #expect(server.deliveries.flatMap(\.to).sorted() == ["expired@home.example", "legacy@home.example"])
            }
            let stored = try #require(try await OutboxMessage.find(expired.id, on: app.db))
            #expect(stored.status == .sent)
            #expect(stored.claimedUntil == nil)
            #expect(stored.claimedBy == nil)
        }
    }

    @Test("A message whose lease still holds is left alone", arguments: TestDatabase.all)
    func liveLease(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let school = try await Fixtures.make(on: app).oakPrimary.requireID()
            let message = try await Self.queue("busy@home.example", school: school, on: app.db)
            let holder = UUID()
            message.status = .sending
            message.claimedUntil = Date().addingTimeInterval(600)
            message.claimedBy = holder
            try await message.save(on: app.db)
            try await Self.withServer { server, port in
                let sent = try await Self.deliver(app, server, port: port)
                #expect(sent == 0)
                // Nothing to send: not even a connection.
                #expect(server.commands.isEmpty)
            }
            let stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
            #expect(stored.status == .sending)
            #expect(stored.claimedBy == holder)
            #expect(stored.attempts == 0)
        }
    }

    @Test("Two senders at once never send a message twice", arguments: TestDatabase.all)
    func concurrentSenders(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let school = try await Fixtures.make(on: app).oakPrimary.requireID()
            let recipients = (1...8).map { "parent\($0)@home.example" }
            for recipient in recipients { _ = try await Self.queue(recipient, school: school, on: app.db) }
            var script = FakeSMTPServer.Script()
            // Slow enough replies that the two batches overlap.
            script.replyDelay = .milliseconds(5)
            try await Self.withServer(script) { server, port in
                async let first = Self.deliver(app, server, port: port)
                async let second = Self.deliver(app, server, port: port)
                let total = try await first + second
                #expect(total == recipients.count)
                #expect(server.deliveries.flatMap(\.to).sorted() == recipients.sorted())
            }
            #expect(try await OutboxMessage.query(on: app.db).filter(\.$status == .sent).count() == recipients.count)
        }
    }

    @Test("A refused recipient fails only its own message", arguments: TestDatabase.all)
    func refusedRecipient(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let school = try await Fixtures.make(on: app).oakPrimary.requireID()
            let gone = try await Self.queue("gone@home.example", school: school, on: app.db)
            let fine = try await Self.queue("fine@home.example", school: school, on: app.db)
            // The refused one goes first.
            fine.nextAttemptAt = Date().addingTimeInterval(-30)
            try await fine.save(on: app.db)
            var script = FakeSMTPServer.Script()
            script.refuseRecipients = ["gone@home.example": "550 5.1.1 No such user"]
            try await Self.withServer(script) { server, port in
                let sent = try await Self.deliver(app, server, port: port)
                #expect(sent == 1)
            }
            #expect(try await OutboxMessage.find(gone.id, on: app.db)?.status == .failed)
            #expect(try await OutboxMessage.find(fine.id, on: app.db)?.status == .sent)
        }
    }

    @Test("A silent mail server puts the message back in the queue for later", arguments: TestDatabase.all)
    func silentServer(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let school = try await Fixtures.make(on: app).oakPrimary.requireID()
            let message = try await Self.queue("parent@home.example", school: school, on: app.db)
            var script = FakeSMTPServer.Script()
            script.silent = true
            try await Self.withServer(script) { server, port in
                let sent = try await Self.deliver(app, server, port: port)
                #expect(sent == 0)
            }
            let stored = try #require(try await OutboxMessage.find(message.id, on: app.db))
            #expect(stored.status == .queued)
            #expect(stored.attempts == 1)
            #expect(stored.claimedBy == nil)
            #expect(stored.nextAttemptAt > Date())
            #expect(stored.lastError?.contains("did not answer") == true)
        }
    }

    @Test("Shutting down hands back this process's claims and no one else's", arguments: TestDatabase.all)
    func releaseClaims(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let school = try await Fixtures.make(on: app).oakPrimary.requireID()
            let mine = UUID()
            let theirs = UUID()
            var messages: [OutboxMessage] = []
            for owner in [mine, theirs] {
                let message = try await Self.queue("parent@home.example", school: school, on: app.db)
                message.status = .sending
                message.claimedUntil = Date().addingTimeInterval(600)
                message.claimedBy = owner
                try await message.save(on: app.db)
                messages.append(message)
            }
            #expect(try await Outbox.releaseClaims(owner: mine, on: app.db) == 1)
            let released = try #require(try await OutboxMessage.find(messages[0].id, on: app.db))
            #expect(released.status == .queued)
            #expect(released.claimedBy == nil)
            #expect(try await OutboxMessage.find(messages[1].id, on: app.db)?.status == .sending)
        }
    }
}
