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
        try await rows(app.db)
    }

    static func rows(_ db: any Database) async throws -> [UUID: Row] {
        let rows = try await db.sql().raw("SELECT entry_id, kind, status, due FROM follow_through_current")
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

            // On one connection, as migrations run: in-memory SQLite's pooled connections can miss
            // a dropped column for a moment, and the next one's ADD then finds it still there.
            try await app.db.withConnection { db in
                try await StoreFollowThroughState().revert(on: db)
                try await CreateFollowThroughView().revert(on: db)
                try await AddParticipantToActionStatusUpdates().revert(on: db)
                try await CreateGoalProgressUpdates().revert(on: db)
                try await CreateRecordEntryOwners().revert(on: db)
                try await CreateRecordEntryOwners().prepare(on: db)
                try await CreateGoalProgressUpdates().prepare(on: db)
                try await AddParticipantToActionStatusUpdates().prepare(on: db)
                try await CreateFollowThroughView().prepare(on: db)
                #expect(try await Self.rows(db)[action.id!]?.status == "not_done")
                try await StoreFollowThroughState().prepare(on: db)
            }
            #expect(try await Self.rows(app)[action.id!]?.status == "not_done")
            #expect(try await Self.rows(app) == Self.fromLines(app))
        }
    }

    /// Where each stands worked out from the lines, as the view did before the state was stored.
    static func fromLines(_ app: Application) async throws -> [UUID: Row] {
        let rows = try await app.db.sql().raw(
            SQLQueryString("SELECT entry_id, kind, status, due FROM (\(CreateFollowThroughView.fromLines)) x")
        ).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.entry_id, $0) })
    }

    @Test(
        "The stored state is what the lines say, after updates by staff, family and direct writes, and after a revert and redo",
        arguments: TestDatabase.all)
    func storedEqualsLines(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await SummaryTests.closed(app, people, s)
            let entries = try await RecordEntry.query(on: app.db).all().filter { [.goal, .action].contains($0.kind) }
            #expect(entries.count >= 4)
            let audit = AuditContext(now: Date(timeIntervalSince1970: 1_900_000_000), actorID: people.primaryLeader.id)
            let schoolID = c.meeting.$school.id
            let t0 = Date(timeIntervalSince1970: 1_900_000_000)
            let review = Date(timeIntervalSince1970: 1_950_000_000)
            // Through the one writer, each a second apart: moves, notes, a repeat that says nothing.
            var said = 0
            for (i, entry) in entries.enumerated() {
                let now = t0.addingTimeInterval(Double(i * 10))
                let by = FollowThroughUpdates.Author.staff(people.primaryLeader.id!)
                if entry.kind == .action {
                    for (j, (status, note)) in [
                        (ActionStatus.done, nil), (.done, nil), (.open, "Reopened"), (.notDone, nil),
                    ]
                    .enumerated() {
                        if try await FollowThroughUpdates.record(
                            .init(status: status, note: note), for: entry, by: by, schoolID: schoolID, audit: audit,
                            now: now.addingTimeInterval(Double(j)), on: app.db)
                        {
                            said += 1
                        }
                    }
                } else {
                    for (j, (status, next)) in [
                        (GoalStatus.goingOn, Optional(review)), (.goingOn, nil), (.achieved, nil),
                    ]
                    .enumerated() {
                        if try await FollowThroughUpdates.record(
                            .init(status: status, note: nil, observed: nil, nextReview: next), for: entry, by: by,
                            schoolID: schoolID, audit: audit, now: now.addingTimeInterval(Double(j)), on: app.db)
                        {
                            said += 1
                        }
                    }
                }
            }
            let lineCount =
                try await ActionStatusUpdate.query(on: app.db).count()
                + GoalProgressUpdate.query(on: app.db).count()
            #expect(said == lineCount, "a repeat that says nothing writes no line")
            #expect(
                said == entries.filter { $0.kind == .action }.count * 3 + entries.filter { $0.kind == .goal }.count * 2)
            // A line written straight to the table (as the demo does), older than the last: the
            // last by time still wins.
            let action = try #require(entries.first { $0.kind == .action })
            let old = ActionStatusUpdate()
            old.$entry.id = action.id!
            old.status = .noLongerNeeded
            old.at = t0.addingTimeInterval(-100)
            try await old.create(on: app.db)
            var stored = try await Self.rows(app)
            #expect(stored == (try await Self.fromLines(app)))
            #expect(stored[action.id!]?.status == "not_done")
            let goal = try #require(entries.first { $0.kind == .goal })
            #expect(stored[goal.id!]?.status == "achieved" && stored[goal.id!]?.due == review)

            // On one connection: in-memory SQLite's pooled connections can miss a dropped column
            // for a moment (a migration runs on one connection anyway).
            try await app.db.withConnection { db in
                try await StoreFollowThroughState().revert(on: db)
                try await StoreFollowThroughState().prepare(on: db)
            }
            stored = try await Self.rows(app)
            #expect(stored == (try await Self.fromLines(app)))
            #expect(stored[action.id!]?.status == "not_done")
        }
    }
}
