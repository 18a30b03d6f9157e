import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// `roundtable generate district`: a whole organisation of fictional schools written straight
/// into the configured database, for measuring Insight at a district's size. Each school is
/// written in its own transaction, in batched inserts of a few hundred rows, so a large run
/// neither holds one huge transaction nor sends a statement per row. Nothing is emailed.
enum DistrictGenerator {
    struct Options: Sendable {
        var schools = 50
        var students = 60_000
        var meetings = 300_000
        var seed: UInt64 = 1
    }

    struct Counts: Sendable {
        var schools = 0
        var students = 0
        var familyMembers = 0
        var meetings = 0
        var answers = 0
        var entries = 0
    }

    static let domain = "district.example"
    /// Rows per insert: well inside SQLite's and PostgreSQL's limits on bound values.
    static let batch = 400

    static func run(
        _ options: Options, passwordHash: String, on db: any Database,
        writer: (@Sendable () -> any Database)? = nil, now: Date, timeZone: TimeZone,
        progress: @Sendable (String) -> Void
    ) async throws -> Counts {
        guard try await !FirstRunSetup.isDone(on: db) else { throw FirstRunSetup.Failure.alreadyDone }
        let organisation = Organisation(name: "Northfield Schools Partnership")
        try await organisation.create(on: db)
        let organisationID = try organisation.requireID()
        try await Installation(organisationID: organisationID, completedAt: now).create(on: db)
        let admin = User(
            organisationID: organisationID, schoolID: nil, name: "Ruth Adebayo",
            email: EmailAddress("admin@\(domain)")!, passwordHash: passwordHash, role: .organisationAdmin,
            jobRole: .leader)
        let trustee = User(
            organisationID: organisationID, schoolID: nil, name: "Colin Hart",
            email: EmailAddress("trustee@\(domain)")!, passwordHash: passwordHash, role: .organisationGovernor)
        try await [admin, trustee].create(on: db)

        // Every school's plan, seeds drawn in order, so one seed makes one district whatever
        // order the schools are written in.
        var random = SeededRandom(seed: options.seed)
        let plans = (1...options.schools).map { number in
            SchoolPlan(
                number: number, organisationID: organisationID,
                students: share(options.students, among: options.schools, index: number),
                meetings: share(options.meetings, among: options.schools, index: number), seed: random.next())
        }
        var counts = Counts()
        try await withThrowingTaskGroup(of: SchoolPlan.Written.self) { group in
            var next = plans.makeIterator()
            func start() {
                guard let plan = next.next() else { return }
                // Each writer its own handle, on its own event loop's connections.
                let db = writer?() ?? db
                group.addTask {
                    try await db.transaction { db in
                        var plan = plan
                        return try await plan.write(passwordHash: passwordHash, on: db, now: now, timeZone: timeZone)
                    }
                }
            }
            for _ in 0..<writers(on: db) { start() }
            while let written = try await group.next() {
                counts.schools += 1
                counts.students += written.students
                counts.familyMembers += written.familyMembers
                counts.meetings += written.meetings
                counts.answers += written.answers
                counts.entries += written.entries
                progress(
                    "\(counts.schools) of \(options.schools) schools: \(counts.students) students, \(counts.meetings) meetings so far"
                )
                start()
            }
        }
        try await AuditLog.record(
            .demoDataLoaded, on: db, context: .commandLine(at: now), schoolID: nil, organisationID: organisationID,
            summary: "District: \(counts.schools) schools, \(counts.students) students, \(counts.meetings) meetings",
            at: now)
        return counts
    }

    /// Schools written at once. PostgreSQL writes one school's batches on its own connection while
    /// this process builds the next school's rows, which uses both of a small machine's cores
    /// (docs/BENCHMARKS.md); SQLite has one writer, so a second school would only queue.
    static func writers(on db: any Database) -> Int {
        (db as? any SQLDatabase)?.dialect.name == "postgresql" ? 2 : 1
    }

    static func share(_ total: Int, among parts: Int, index: Int) -> Int {
        total / parts + (index <= total % parts ? 1 : 0)
    }

    /// Inserts models a batch at a time.
    static func insert<M: Model>(_ models: [M], on db: any Database) async throws {
        var start = 0
        while start < models.count {
            let end = min(start + batch, models.count)
            try await Array(models[start..<end]).create(on: db)
            start = end
        }
    }
}
