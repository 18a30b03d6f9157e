import Fluent
import SQLKit
import Vapor

extension Application {
    /// Applies any new migrations. On PostgreSQL several processes may start at once, so
    /// they take turns through an advisory lock instead of racing to create the same tables.
    func migrateSafely() async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else {
            if let sql = db as? any SQLDatabase {
                // Write-ahead logging: readers no longer wait for writers, and each write (a
                // session touch, an audit line) costs an append instead of a full journal sync.
                // The setting is kept in the database file; in-memory databases ignore it.
                try await sql.raw("PRAGMA journal_mode=WAL").run()
            }
            try await autoMigrate()
            return
        }
        // Any fixed number works, as long as nothing else in the database uses it.
        let lockKey = 7_262_019_001
        try await sql.withSession { session in
            try await session.raw("SELECT pg_advisory_lock(\(literal: lockKey))").run()
            do {
                try await self.autoMigrate()
            } catch {
                try? await session.raw("SELECT pg_advisory_unlock(\(literal: lockKey))").run()
                throw error
            }
            try await session.raw("SELECT pg_advisory_unlock(\(literal: lockKey))").run()
        }
    }
}
