import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Counts attempts at something guessable (a password, a link) in `sign_in_throttles`, one
/// statement per attempt. Reading the count, checking, then writing it back lets fifty
/// attempts at once all read the same count: all are checked, and the inserts of a new key
/// collide. Here the count goes up, and the wait is set, in the same statement that refuses
/// the attempt when the key is waiting, so the count is exact and nobody is checked early.
enum AttemptCounter {
    enum Outcome: Equatable {
        /// Counted; `failures` includes this attempt, `wait` is the pause it started (or 0).
        case counted(failures: Int, wait: TimeInterval)
        /// Not counted and not to be checked: the key waits this long yet.
        case waiting(TimeInterval)
    }

    /// Counts one attempt against `key`, unless the key is waiting. The attempt counts as a
    /// failure from the start; `refund` takes it back when it turns out right.
    static func count(
        _ key: String, scope: SignInThrottle.Scope, on db: any Database, now: Date
    ) async throws -> Outcome {
        let sql = try db.sql()
        let table = SQLIdentifier(SignInThrottleRecord.schema)
        let windowStart = now.addingTimeInterval(-SignInThrottle.window)
        let newCount: SQLQueryString = """
            CASE WHEN \(table).last_failure_at IS NULL OR \(table).last_failure_at <= \(bind: windowStart) \
            THEN 1 ELSE \(table).failures + 1 END
            """
        let (steps, ceiling) = SignInThrottle.schedule(scope: scope)
        var waitUntil: SQLQueryString = "CASE WHEN \(newCount) < \(literal: scope.freeFailures) THEN NULL"
        for step in steps {
            waitUntil =
                "\(waitUntil) WHEN \(newCount) = \(literal: step.failures) THEN \(bind: now.addingTimeInterval(step.delay))"
        }
        waitUntil = "\(waitUntil) ELSE \(bind: now.addingTimeInterval(ceiling)) END"
        let firstWait = SignInThrottle.delay(afterFailures: 1, scope: scope)
        let rows = try await sql.raw(
            """
            INSERT INTO \(table) (key, failures, last_failure_at, blocked_until) \
            VALUES (\(bind: key), 1, \(bind: now), \(bind: firstWait > 0 ? now.addingTimeInterval(firstWait) : nil)) \
            ON CONFLICT (key) DO UPDATE SET failures = \(newCount), last_failure_at = \(bind: now), \
            blocked_until = \(waitUntil) \
            WHERE \(table).blocked_until IS NULL OR \(table).blocked_until <= \(bind: now) \
            RETURNING failures
            """
        ).all()
        if let failures = try rows.first?.decode(column: "failures", as: Int.self) {
            return .counted(failures: failures, wait: SignInThrottle.delay(afterFailures: failures, scope: scope))
        }
        let blocked = try await SignInThrottleRecord.find(key, on: db)?.blockedUntil
        // The wait can end between the two statements; a moment's wait is then still honest.
        return .waiting(max(blocked?.timeIntervalSince(now) ?? 1, 1))
    }

    /// Takes back an attempt that `count` counted but that was right, or never checked. The
    /// pause it started, if any, goes with it when the count falls below the free ones.
    static func refund(_ key: String, scope: SignInThrottle.Scope, on db: any Database) async throws {
        let table = SQLIdentifier(SignInThrottleRecord.schema)
        try await db.sql().raw(
            """
            UPDATE \(table) SET failures = failures - 1, \
            blocked_until = CASE WHEN failures - 1 < \(literal: scope.freeFailures) THEN NULL ELSE blocked_until END \
            WHERE key = \(bind: key) AND failures > 0
            """
        ).run()
    }

    /// Forgets every attempt against `key`.
    static func clear(_ key: String, on db: any Database) async throws {
        try await SignInThrottleRecord.query(on: db).filter(\.$id == key).delete()
    }

    /// How long `key` waits yet, without counting anything.
    static func waiting(_ key: String, on db: any Database, now: Date) async throws -> TimeInterval? {
        guard let blocked = try await SignInThrottleRecord.find(key, on: db)?.blockedUntil, blocked > now else {
            return nil
        }
        return blocked.timeIntervalSince(now)
    }
}
