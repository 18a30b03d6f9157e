import Fluent
import Foundation
import SQLKit

extension Outbox {
    /// How long a claim holds. A message's send is bounded by the SMTP client's timeouts (about a
    /// dozen replies of at most 30 seconds, six minutes at worst), so a live sender never loses
    /// its claim; a dead one delays the message by at most this much. See docs/DECISIONS.md.
    static let lease: TimeInterval = 15 * 60

    /// What a process may claim: due and queued, or claimed by a process whose lease has run
    /// out. A claim with no end was made before leases existed, by a process long gone.
    private static func claimableCondition(now: Date) -> SQLQueryString {
        let queued = OutboxMessage.Status.queued.rawValue
        let sending = OutboxMessage.Status.sending.rawValue
        return """
            ((\(ident: "status") = \(bind: queued) AND \(ident: "next_attempt_at") <= \(bind: now))
            OR (\(ident: "status") = \(bind: sending)
                AND (\(ident: "claimed_until") IS NULL OR \(ident: "claimed_until") < \(bind: now))))
            """
    }

    /// The ids of messages that may be claimed now, oldest due first.
    static func claimable(on db: any Database, now: Date, limit: Int) async throws -> [UUID] {
        try await db.sql().raw(
            """
            SELECT \(ident: "id") FROM \(ident: OutboxMessage.schema) WHERE \(claimableCondition(now: now))
            ORDER BY \(ident: "next_attempt_at") LIMIT \(literal: limit)
            """
        ).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// Claims one message, if this process gets there first. The condition is checked again in
    /// the same statement that takes the claim, so of two processes racing for a message one
    /// updates a row and the other none (PostgreSQL re-reads the row after the other's commit;
    /// SQLite has one writer at a time).
    static func claim(_ id: UUID, owner: UUID, on db: any Database, now: Date) async throws -> Bool {
        let rows = try await db.sql().raw(
            """
            UPDATE \(ident: OutboxMessage.schema)
            SET \(ident: "status") = \(bind: OutboxMessage.Status.sending.rawValue),
                \(ident: "claimed_until") = \(bind: now.addingTimeInterval(lease)),
                \(ident: "claimed_by") = \(bind: owner)
            WHERE \(ident: "id") = \(bind: id) AND \(claimableCondition(now: now))
            RETURNING \(ident: "id")
            """
        ).all()
        return !rows.isEmpty
    }

    /// Claims the first of `candidates` still free, taking the tried ones off the list, and
    /// reads it fresh: another process may have tried it since the list was made.
    static func claimNext(
        from candidates: inout [UUID], owner: UUID, on db: any Database, now: () -> Date
    ) async throws -> OutboxMessage? {
        while !candidates.isEmpty {
            let id = candidates.removeFirst()
            if try await claim(id, owner: owner, on: db, now: now()),
                let message = try await OutboxMessage.find(id, on: db)
            {
                // A restriction set after the message was queued wins, even over a claim.
                guard try await ContactStop.mayStillSend(message, on: db) else {
                    try await ContactStop.withdrawOne(message, on: db)
                    continue
                }
                return message
            }
        }
        return nil
    }

    /// Puts back what `owner` still holds, for a clean shutdown: the next process sends it at
    /// once instead of waiting out the lease. Only messages not being sent may be released, so
    /// call it after the sending has stopped.
    @discardableResult
    static func releaseClaims(owner: UUID, on db: any Database) async throws -> Int {
        try await db.sql().raw(
            """
            UPDATE \(ident: OutboxMessage.schema)
            SET \(ident: "status") = \(bind: OutboxMessage.Status.queued.rawValue),
                \(ident: "claimed_until") = NULL, \(ident: "claimed_by") = NULL
            WHERE \(ident: "status") = \(bind: OutboxMessage.Status.sending.rawValue)
                AND \(ident: "claimed_by") = \(bind: owner)
            RETURNING \(ident: "id")
            """
        ).all().count
    }
}
