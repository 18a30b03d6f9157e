import Fluent
import Foundation
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Each student's groups are kept with the meeting as it closes (issue 15), so the school's
/// comparisons between groups are not rewritten when a record changes later.
@Suite("Groups recorded when a meeting closes")
struct GroupSnapshotTests {
    static func snapshots(_ app: Application) async throws -> [MeetingGroupSnapshot] {
        try await MeetingGroupSnapshot.query(on: app.db).all()
    }

    @Test("Closing writes one row per student, from the record as it is then", arguments: TestDatabase.all)
    func closingRecords(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            s.zoe.sex = "female"
            s.zoe.isDisadvantaged = true
            try await s.zoe.save(on: app.db)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            try await lead.submit(path + "/run/start", [:], from: path + "/run")
            #expect(try await Self.snapshots(app).isEmpty)
            #expect(try await lead.close(path).status == .seeOther)

            let rows = try await Self.snapshots(app)
            #expect(rows.count == 1)
            let row = try #require(rows.first)
            #expect(row.$student.id == s.zoe.id)
            #expect(row.yearGroup == 7 && row.homeLanguage == "en" && row.sex == "female")
            // Amira needs an interpreter; Karim has parental responsibility and lives elsewhere.
            #expect(row.needsInterpreter && row.separatedParents && row.disadvantaged && !row.specialNeeds)
            #expect(!row.backfilled)
            // Recorded at the moment of closing, in the same transaction.
            let closedAt = try #require(try await Meeting.find(row.$meeting.id, on: app.db)?.closedAt)
            #expect(abs(row.recordedAt.timeIntervalSince(closedAt)) < 1)

            // Later changes to Zoë and her family leave the snapshot as it was.
            s.zoe.yearGroup = 8
            s.zoe.hasSpecialNeeds = true
            s.zoe.sex = nil
            s.zoe.homeLanguages = ["pl"]
            try await s.zoe.save(on: app.db)
            s.mother.needsInterpreter = false
            try await s.mother.save(on: app.db)
            let after = try #require(try await Self.snapshots(app).first)
            #expect(after.yearGroup == 7 && !after.specialNeeds && after.sex == "female" && after.homeLanguage == "en")
            #expect(after.needsInterpreter)
        }
    }

    @Test("Two closes at once: one closes, the groups are written once", arguments: TestDatabase.all)
    func parallelCloses(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            try await lead.submit(path + "/run/start", [:], from: path + "/run")
            let first = try #require(try await Meeting.query(on: app.db).first())
            let second = try #require(try await Meeting.find(first.id, on: app.db))
            let context = AuditContext(now: app.roundtable.now)
            let userID = try people.primaryStaff.requireID()
            let now = app.roundtable.now
            let db = app.db
            @Sendable func attempt(_ meeting: Meeting) async throws -> Bool {
                do {
                    try await MeetingRun.close(meeting, by: userID, context: context, on: db, now: now)
                    return true
                } catch is MeetingRun.AlreadyClosed { return false }
            }
            async let a = attempt(first)
            async let b = attempt(second)
            let outcomes = try await [a, b]
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await Self.snapshots(app).count == 1)
            // Recording again (a retried close, the backfill) adds nothing.
            try await GroupSnapshots.record(meetings: [first.id!], on: app.db.sql(), now: now)
            try await GroupSnapshots.backfill(on: app.db.sql(), now: now)
            #expect(try await Self.snapshots(app).count == 1)
        }
    }

    @Test("The backfill fills meetings closed before, from current values, marked as such", arguments: TestDatabase.all)
    func backfill(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
            try await lead.submit(path + "/run/start", [:], from: path + "/run")
            #expect(try await lead.close(path).status == .seeOther)
            // As if closed before the table existed.
            try await MeetingGroupSnapshot.query(on: app.db).delete()
            try await GroupSnapshots.backfill(on: app.db.sql(), now: app.roundtable.now)
            let rows = try await Self.snapshots(app)
            #expect(rows.count == 1)
            #expect(rows.first?.backfilled == true)
            #expect(rows.first?.$student.id == s.zoe.id)
        }
    }
}

/// The school's term dates (issue 15): a leader enters them on their own page; they are
/// checked (in order, no overlap) and kept; terms that have ended never change.
@Suite("Term dates")
struct SchoolTermsTests {
    static func saved(_ app: Application) async throws -> [String] {
        try await SchoolTermRecord.query(on: app.db).sort(\.$startDay).all()
            .map { "\($0.name) \($0.startDay) \($0.endDay)" }
    }

    @Test("A leader saves three terms; a mistake is shown with what they typed", arguments: TestDatabase.all)
    func saveAndCorrect(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let settings = try await leader.get("/school-settings")
            #expect(settings.text.contains(SiteRoute.schoolTerms(school: SchoolID(people.oakPrimary.id!)).path))
            let page = "/school-settings/terms"
            #expect(try await leader.get(page).status == .ok)

            let bad = try await leader.submit(
                page,
                [
                    "term_0_name": "Autumn term", "term_0_start": "2026-09-02", "term_0_end": "2026-12-18",
                    "term_1_name": "Spring term", "term_1_start": "2026-12-01", "term_1_end": "2027-03-26",
                ], from: page)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Term 2 must start after term 1 ends (2026-12-18)"))
            #expect(bad.text.contains(#"value="2026-12-01""#))
            #expect(try await Self.saved(app).isEmpty)

            let good = try await leader.submit(
                page,
                [
                    "term_0_name": "Autumn term", "term_0_start": "2026-09-02", "term_0_end": "2026-12-18",
                    "term_1_name": "Spring term", "term_1_start": "2027-01-05", "term_1_end": "2027-03-26",
                    "term_2_name": "Summer term", "term_2_start": "2027-04-12", "term_2_end": "2027-07-21",
                ], from: page)
            #expect(good.status == .seeOther)
            #expect(
                try await Self.saved(app) == [
                    "Autumn term 2026-09-02 2026-12-18", "Spring term 2027-01-05 2027-03-26",
                    "Summer term 2027-04-12 2027-07-21",
                ])
            let shown = try await leader.get(page)
            #expect(shown.text.contains(#"value="2027-04-12""#))
            let audit = try await AuditEvent.query(on: app.db).filter(
                \.$action == AuditAction.schoolTermsChanged.rawValue
            )
            .count()
            #expect(audit == 1)
        }
    }

    @Test("A term that has ended stays as it was, and a new one may not overlap it", arguments: TestDatabase.all)
    func endedTermsAreFixed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let today = SchoolDay(app.roundtable.now, in: app.roundtable.configuration.timeZone)
            let past = SchoolTerm(
                name: "Old term", start: SchoolDay(today.year - 1, 1, 5), end: SchoolDay(today.year - 1, 3, 26))
            // Saved long ago: settled.
            let longAgo = app.roundtable.now.addingTimeInterval(-400 * 86_400)
            let form = TermDatesForm(rows: [.init(name: past.name, start: "\(past.start)", end: "\(past.end)")])
            _ = try await SchoolTerms.save(
                form, school: people.oakPrimary.id!, today: SchoolDay(today.year - 2, 1, 1), now: longAgo,
                context: AuditContext(now: longAgo), on: app.db)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let page = "/school-settings/terms"
            let shown = try await leader.get(page)
            #expect(shown.text.contains("Terms that have ended"))
            #expect(shown.text.contains("Old term"))
            #expect(!shown.text.contains(#"value="Old term""#))

            let overlapping = try await leader.submit(
                page,
                [
                    "term_0_name": "New", "term_0_start": "\(past.end)",
                    "term_0_end": "\(SchoolDay(today.year + 1, 1, 1))",
                ],
                from: page)
            #expect(overlapping.status == .unprocessableEntity)
            #expect(overlapping.text.contains("overlaps Old term"))
            // Saving an empty form removes what is to come, never what has ended.
            #expect(try await leader.submit(page, [:], from: page).status == .seeOther)
            #expect(try await Self.saved(app) == ["Old term \(past.start) \(past.end)"])
        }
    }

    @Test(
        "A mistake can be put right for a week; after that a term that has ended is fixed",
        arguments: TestDatabase.all)
    func correctionWindow(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let zone = app.roundtable.configuration.timeZone
            let now = app.roundtable.now
            let today = SchoolDay(now, in: zone)
            let school = try #require(people.oakPrimary.id)
            func save(_ rows: [(String, SchoolDay, SchoolDay)], at time: Date) async throws -> Bool {
                let form = TermDatesForm(rows: rows.map { .init(name: $0.0, start: "\($0.1)", end: "\($0.2)") })
                return try await SchoolTerms.save(
                    form, school: school, today: SchoolDay(time, in: zone), now: time,
                    context: AuditContext(now: time), on: app.db
                ).get()
            }
            let start = SchoolDay(today.year - 1, 9, 1)
            // A first save may lie in the past, typo included (1 November for 18 December).
            #expect(try await save([("Autumn", start, SchoolDay(today.year - 1, 11, 1))], at: now))
            // The next day it is still put right, and keeps the time it was first saved.
            let nextDay = now.addingTimeInterval(86_400)
            #expect(try await save([("Autumn", start, SchoolDay(today.year - 1, 12, 18))], at: nextDay))
            let row = try #require(try await SchoolTermRecord.query(on: app.db).first())
            #expect(row.endDay == "\(SchoolDay(today.year - 1, 12, 18))")
            #expect(abs(try #require(row.savedAt).timeIntervalSince(now)) < 1)
            // A week after the first save it has settled: it has ended, so it stays as it is.
            let later = now.addingTimeInterval(8 * 86_400)
            await #expect(throws: FieldErrorsBox.self) {
                _ = try await save([("Autumn", start, SchoolDay(today.year - 1, 12, 20))], at: later)
            }
            // And a term that ended before today cannot be added any more.
            await #expect(throws: FieldErrorsBox.self) {
                _ = try await save(
                    [("Spring", SchoolDay(today.year, 1, 5), SchoolDay(today.year, 1, 6))], at: later)
            }
        }
    }
}
