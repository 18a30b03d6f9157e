import Fluent
import Foundation
import SQLKit
import Testing
import Vapor

@testable import App
@testable import RoundtableCore

/// `follow_through_current` is the one definition of where a goal or an action stands.
@Suite("Where each goal and action stands")
struct FollowThroughViewTests {
    struct Row: Decodable, Equatable {
        var entry_id: UUID
        var kind: String
        var status: String
        var due: Date?
    }

    static func rows(_ app: Application) async throws -> [UUID: Row] {
        let rows = try await app.db.sql().raw("SELECT entry_id, kind, status, due FROM follow_through_current")
            .all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.entry_id, $0) })
    }

    @Test(
        "Every goal and action starts where it should, the last line wins, and the migrations undo and redo cleanly",
        arguments: TestDatabase.all)
    func current(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            _ = try await SummaryTests.closed(app, people, s)
            let entries = try await RecordEntry.query(on: app.db).all()
            let goal = try #require(entries.first { $0.kind == .goal })
            let action = try #require(entries.first { $0.kind == .action })
            var rows = try await Self.rows(app)
            #expect(rows.count == entries.filter { [.goal, .action].contains($0.kind) }.count)
            #expect(rows[goal.id!]?.status == "not_started")
            #expect(rows[action.id!]?.status == "open")
            #expect(rows[action.id!]?.due == action.date)
            #expect(rows[goal.id!]?.due == goal.date)

            let t0 = Date(timeIntervalSince1970: 1_900_000_000)
            for (i, status) in [ActionStatus.done, .open, .notDone].enumerated() {
                let line = ActionStatusUpdate()
                line.$entry.id = action.id!
                line.status = status
                line.at = t0.addingTimeInterval(Double(i))
                try await line.create(on: app.db)
            }
            let review = Date(timeIntervalSince1970: 1_950_000_000)
            for (i, (status, next)) in [(GoalStatus.goingOn, Optional(review)), (.achieved, nil)].enumerated() {
                let line = GoalProgressUpdate()
                line.$entry.id = goal.id!
                line.status = status
                line.nextReview = next
                line.at = t0.addingTimeInterval(Double(i))
                try await line.create(on: app.db)
            }
            rows = try await Self.rows(app)
            #expect(rows[action.id!]?.status == "not_done")
            #expect(rows[goal.id!]?.status == "achieved")
            // The latest review date said, even when the latest line did not say one.
            #expect(rows[goal.id!]?.due == review)

            try await CreateFollowThroughView().revert(on: app.db)
            try await AddParticipantToActionStatusUpdates().revert(on: app.db)
            try await CreateGoalProgressUpdates().revert(on: app.db)
            try await CreateRecordEntryOwners().revert(on: app.db)
            try await CreateRecordEntryOwners().prepare(on: app.db)
            try await CreateGoalProgressUpdates().prepare(on: app.db)
            try await AddParticipantToActionStatusUpdates().prepare(on: app.db)
            try await CreateFollowThroughView().prepare(on: app.db)
            #expect(try await Self.rows(app)[action.id!]?.status == "not_done")
        }
    }
}
