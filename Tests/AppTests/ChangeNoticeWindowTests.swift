import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("After sharing, a moved part of the meeting is told to that person")
struct ChangeNoticeWindowTests {
    static func amira(_ app: Application) async throws -> MeetingParticipant {
        let member = try #require(
            try await FamilyMember.query(on: app.db).filter(\.$email == "amira@mail.example").first())
        return try #require(
            try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == member.id!).first())
    }

    static func since(_ before: Set<UUID>, _ app: Application) async throws -> [OutboxMessage] {
        try await OutboxMessage.query(on: app.db).all().filter { !before.contains($0.id!) }
    }

    static func ids(_ app: Application) async throws -> Set<UUID> {
        Set(try await OutboxMessage.query(on: app.db).all().compactMap(\.id))
    }

    @Test("Only they hear, in their language, once; a changed plan still reaches everyone", arguments: TestDatabase.all)
    func toThemOnly(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let shared = try await OutboxMessage.query(on: app.db).count()
            let atSharing = try await Self.ids(app)
            let amira = try await Self.amira(app)
            let time = path + "/participants/\(amira.id!)/time"
            try await lead.submit(time, ["from": "0", "until": "20"], from: time)
            #expect(try await OutboxMessage.query(on: app.db).count() == shared, "nothing is sent per change")
            let page = try await lead.get(path)
            #expect(page.text.contains("Changes not told yet."))
            #expect(page.text.contains("will be told the new part of the meeting they come for"))
            #expect(page.text.contains("Nobody else is told."))
            let told = try await lead.submit(path + "/changes/tell", [:], from: path)
            #expect(told.location?.contains("notice=changes-told") == true)
            let sent = try await Self.since(atSharing, app)
            #expect(sent.count == 1)
            let mine = try #require(sent.first)
            #expect(mine.toEmail == "amira@mail.example")
            // Amira reads Arabic: her part, neutrally, and nothing about the child.
            #expect(mine.body.contains("نرجو حضوركم الآن من"), "\(mine.body)")
            #expect(!mine.body.contains(s.zoe.legalGivenName))
            #expect(!(try await lead.get(path)).text.contains("Changes not told yet."))
            try await lead.submit(path + "/changes/tell", [:], from: path)
            #expect(try await OutboxMessage.query(on: app.db).count() == shared + 1, "told once")

            // The same part again is not news.
            try await lead.submit(time, ["from": "0", "until": "20"], from: time)
            #expect(try await Self.amira(app).windowChangedAt == nil)

            // A changed plan goes to everyone; Amira's email also says her part.
            let afterFirst = try await Self.ids(app)
            try await lead.submit(time, ["whole": "1"], from: time)
            try await lead.submit(path + "/agenda", ["title": "Transport", "minutes": "5"], from: path)
            try await lead.submit(path + "/changes/tell", [:], from: path)
            let both = try await Self.since(afterFirst, app)
            #expect(both.count == shared)
            #expect(both.filter { $0.body.contains("نرجو حضوركم الآن طوال الاجتماع") }.count == 1)
            #expect(both.first { $0.toEmail == "amira@mail.example" }?.body.contains("طوال الاجتماع") == true)
        }
    }

    @Test("Left alone it goes after 15 quiet minutes, and never to a restricted person", arguments: TestDatabase.all)
    func byItselfNeverRestricted(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let shared = try await OutboxMessage.query(on: app.db).count()
            let atSharing = try await Self.ids(app)
            let amira = try await Self.amira(app)
            let time = path + "/participants/\(amira.id!)/time"
            try await lead.submit(time, ["from": "10", "until": "30"], from: time)
            let changed = try #require(try await Self.amira(app).windowChangedAt)
            let settings: @Sendable (Meeting) async throws -> Sharing.Settings = { meeting in
                try await Sharing.Settings.make(for: meeting, configuration: app.roundtable.configuration, on: app.db)
            }
            #expect(
                try await Sharing.tellDueChanges(
                    settings: settings, on: app.db, now: changed.addingTimeInterval(14 * 60)) == 0)
            #expect(
                try await Sharing.tellDueChanges(
                    settings: settings, on: app.db, now: changed.addingTimeInterval(16 * 60)) == 1)
            let sent = try await Self.since(atSharing, app)
            #expect(sent.map(\.toEmail) == ["amira@mail.example"])

            // Her part moves again, then a restriction is set: she hears nothing.
            try await lead.submit(time, ["from": "0", "until": "30"], from: time)
            let member = try #require(try await FamilyMember.find(amira.$familyMember.id, on: app.db))
            member.restriction = "No contact: court order."
            try await member.save(on: app.db)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            try await Sharing.tellChanges(
                meeting, settings: try await settings(meeting), on: app.db, now: app.roundtable.now)
            #expect(try await OutboxMessage.query(on: app.db).count() == shared + 1)
            #expect(try await Self.amira(app).windowChangedAt == nil)
        }
    }
}
