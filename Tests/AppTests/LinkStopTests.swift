import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// A link that must stop, stops, and the email waiting to carry it is taken back.
@Suite("Stopping a family member's links")
struct LinkStopTests {
    static func amirasMessage(_ app: Application) async throws -> OutboxMessage {
        try #require(try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example").first())
    }

    @Test(
        "Taken out of a child's family: her link to the child's meeting stops and her waiting invitation is withdrawn",
        arguments: TestDatabase.all)
    func takenOutOfTheFamily(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let amira = try await ParticipantPageTests.amirasPage(app, people, s)
            let visitor = TestBrowser(app)
            #expect(try await visitor.get(amira).status == .ok)
            #expect(try await Self.amirasMessage(app).status == .queued)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let family = "/students/\(s.zoe.id!)/family/\(s.mother.id!)"
            let removed = try await leader.submit(family + "/remove", [:], from: family + "/remove")
            #expect(removed.status == .seeOther)

            #expect(try await visitor.get(amira).status == .notFound, "her old link still opens the meeting")
            let message = try await Self.amirasMessage(app)
            #expect(message.status == .withdrawn)
            #expect(!message.body.contains(amira), "the withdrawn copy keeps no usable link")
            // Everyone else's invitation still goes.
            let others = try await OutboxMessage.query(on: app.db).filter(\.$toEmail != "amira@mail.example").all()
            #expect(!others.isEmpty && others.allSatisfy { $0.status == .queued })
        }
    }

    @Test(
        "Stop their links: the link stops and the invitation waiting for her is withdrawn", arguments: TestDatabase.all)
    func stopLinks(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let amira = try await ParticipantPageTests.amirasPage(app, people, s)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let participant = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.mother.id!).first())
            let lead = TestBrowser(app)
            try await lead.signIn(people.primaryStaff)
            let path = "/meetings/\(meeting.id!)"
            let stopped = try await lead.submit(path + "/participants/\(participant.id!)/stop", [:], from: path)
            #expect(stopped.status == .seeOther)
            #expect(try await TestBrowser(app).get(amira).status == .notFound)
            #expect(try await Self.amirasMessage(app).status == .withdrawn)
            #expect(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail != "amira@mail.example")
                    .filter(\.$status == .withdrawn).count() == 0)
        }
    }
}
