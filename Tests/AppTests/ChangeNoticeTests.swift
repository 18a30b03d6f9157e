import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("After sharing, changes reach each participant in one email")
struct ChangeNoticeEmailTests {
    static func updates(_ app: Application) async throws -> [OutboxMessage] {
        let all = try await OutboxMessage.query(on: app.db).all()
        return all.filter { $0.body.contains("changed") || $0.subject.lowercased().contains("change") }
    }

    @Test("Many changes, one notice: when the lead says, or after 15 quiet minutes", arguments: TestDatabase.all)
    func batched(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let shared = try await OutboxMessage.query(on: app.db).count()
            for title in ["Lunchtime clubs", "Transport", "Homework"] {
                try await lead.submit(path + "/agenda", ["title": title, "minutes": "5"], from: path)
            }
            #expect(try await OutboxMessage.query(on: app.db).count() == shared, "nothing is sent per change")
            let page = try await lead.get(path)
            #expect(page.text.contains("Changes not told yet."))
            let told = try await lead.submit(path + "/changes/tell", [:], from: path)
            // No mail server in tests: the notice says the emails wait, not that they went.
            let notice = try #require(told.location)
            #expect(notice.hasSuffix("notice=changes-told-unsent#changes"), "\(notice)")
            #expect(try await lead.get(notice).text.contains("Nothing has been sent"))
            let afterTelling = try await OutboxMessage.query(on: app.db).all()
            // One email each to the people who had one at sharing (everyone with an address).
            #expect(afterTelling.count == shared * 2)
            let toAmira = afterTelling.filter { $0.toEmail == "amira@mail.example" }
            #expect(toAmira.count == 2)
            #expect(try await lead.get(path).text.contains("Changes not told yet.") == false)
            // Pressing again sends nothing more.
            try await lead.submit(path + "/changes/tell", [:], from: path)
            #expect(try await OutboxMessage.query(on: app.db).count() == shared * 2)

            // Left alone, the notice goes by itself once the plan has been quiet for 15 minutes.
            try await lead.submit(path + "/agenda", ["title": "Clubs", "minutes": "5"], from: path)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let changed = try #require(meeting.changesPendingAt)
            let settings: @Sendable (Meeting) async throws -> Sharing.Settings = { meeting in
                try await Sharing.Settings.make(for: meeting, configuration: app.roundtable.configuration, on: app.db)
            }
            let early = try await Sharing.tellDueChanges(
                settings: settings, on: app.db, now: changed.addingTimeInterval(14 * 60))
            #expect(early == 0)
            let due = try await Sharing.tellDueChanges(
                settings: settings, on: app.db, now: changed.addingTimeInterval(16 * 60))
            #expect(due == 1)
            #expect(try await OutboxMessage.query(on: app.db).count() == shared * 3)
            let sequence = try #require(try await Meeting.find(meeting.id, on: app.db)).calendarSequence
            #expect(sequence == meeting.calendarSequence + 1, "calendars see one update per notice")
        }
    }

    @Test("Two processes racing for the same notice send it once", arguments: TestDatabase.all)
    func once(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            let shared = try await OutboxMessage.query(on: app.db).count()
            try await lead.submit(path + "/agenda", ["title": "Transport", "minutes": "5"], from: path)
            let settings = try await Sharing.Settings.make(
                for: try #require(try await Meeting.query(on: app.db).first()),
                configuration: app.roundtable.configuration, on: app.db)
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<6 {
                    group.addTask {
                        let meeting = try #require(try await Meeting.query(on: app.db).first())
                        return try await Sharing.tellChanges(
                            meeting, settings: settings, on: app.db, now: app.roundtable.now)
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1)
            #expect(try await OutboxMessage.query(on: app.db).count() == shared * 2)
        }
    }
}
