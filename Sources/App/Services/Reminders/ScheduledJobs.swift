import Fluent
import Foundation
import SQLKit

/// Jobs any serving process may run, each at most once at a time: a row per job in
/// `scheduled_jobs`, claimed like an outbox message (see `Outbox+Claims.swift`). The claim is
/// one conditional `UPDATE … RETURNING`, so of several processes asking at once one gets the
/// row back and the others nothing; it is a lease, so a process that dies mid-run holds the job
/// only until `claimed_until`.
enum ScheduledJobs {
    /// Makes the job's row if this database has none yet. Several processes may do this at
    /// once: the unique name keeps one, and the rest insert nothing.
    static func ensure(_ name: String, on db: any Database, now: Date) async throws {
        try await db.sql().raw(
            """
            INSERT INTO \(ident: ScheduledJob.schema) (\(ident: "id"), \(ident: "name"), \(ident: "next_run_at"))
            VALUES (\(bind: UUID()), \(bind: name), \(bind: now))
            ON CONFLICT DO NOTHING
            """
        ).run()
    }

    /// Claims the job if it is due and nobody holds it; says whether this call got it. The
    /// next run is set in the same statement, so a process that dies mid-run delays the next
    /// one by no more than `every` (or the lease, whichever is longer).
    static func claim(
        _ name: String, owner: UUID, lease: TimeInterval, every: TimeInterval, on db: any Database, now: Date
    ) async throws -> Bool {
        try await ensure(name, on: db, now: now)
        let rows = try await db.sql().raw(
            """
            UPDATE \(ident: ScheduledJob.schema)
            SET \(ident: "claimed_until") = \(bind: now.addingTimeInterval(lease)),
                \(ident: "claimed_by") = \(bind: owner),
                \(ident: "next_run_at") = \(bind: now.addingTimeInterval(every)),
                \(ident: "last_run_at") = \(bind: now)
            WHERE \(ident: "name") = \(bind: name) AND \(ident: "next_run_at") <= \(bind: now)
                AND (\(ident: "claimed_until") IS NULL OR \(ident: "claimed_until") < \(bind: now))
            RETURNING \(ident: "id")
            """
        ).all()
        return !rows.isEmpty
    }

    /// Hands the job back once the run is over (or on shutdown): only `owner`'s own claim.
    static func release(_ name: String, owner: UUID, on db: any Database) async throws {
        try await db.sql().raw(
            """
            UPDATE \(ident: ScheduledJob.schema)
            SET \(ident: "claimed_until") = NULL, \(ident: "claimed_by") = NULL
            WHERE \(ident: "name") = \(bind: name) AND \(ident: "claimed_by") = \(bind: owner)
            """
        ).run()
    }
}
