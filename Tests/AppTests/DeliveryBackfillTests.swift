import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Emails sent before delivery tracking show as sent")
struct DeliveryBackfillTests {
    @Test("An old email with no participant is given the one it was for, once", arguments: TestDatabase.all)
    func backfill(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let sql = app.db as! any SQLDatabase
            let tracked = try await OutboxMessage.query(on: app.db).all()
            #expect(!tracked.isEmpty && tracked.allSatisfy { $0.participantID != nil })
            // As the outbox held them before tracking: sent, naming no participant.
            try await sql.raw(
                "UPDATE outbox_messages SET participant_id = NULL, status = 'sent', sent_at = next_attempt_at"
            ).run()
            #expect(try await lead.get(path + "/people").text.contains("Nothing sent"))

            try await BackfillDeliveryParticipants().prepare(on: app.db)
            let filled = try await OutboxMessage.query(on: app.db).all()
            #expect(
                Dictionary(uniqueKeysWithValues: filled.map { ($0.id!, $0.participantID) })
                    == Dictionary(uniqueKeysWithValues: tracked.map { ($0.id!, $0.participantID) }),
                "each email is for the participant it was sent to")
            let page = try await lead.get(path + "/people")
            #expect(!page.text.contains("Nothing sent"))
            #expect(page.text.contains("Email sent"))
            // Again changes nothing.
            try await BackfillDeliveryParticipants().prepare(on: app.db)
            #expect(try await OutboxMessage.query(on: app.db).all().map(\.participantID).count == filled.count)
        }
    }
}
