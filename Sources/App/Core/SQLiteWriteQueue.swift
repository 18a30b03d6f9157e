import FluentKit
import FluentSQLiteDriver
import NIOCore
import SQLKit

/// SQLite with several writers at once.
///
/// Fluent starts SQLite transactions with a plain `BEGIN`, which takes no lock until the first
/// write. A transaction that reads first and then writes while another connection holds the
/// write lock cannot wait for it (SQLite refuses to, as waiting could deadlock), so it fails
/// with "database is locked". Here every transaction starts with `BEGIN IMMEDIATE`, which
/// takes the write lock first and can wait for it, and transactions of this process queue for
/// the lock in memory, in order, instead of spinning inside SQLite. Other processes (the
/// `demo` or `import` commands beside a running server) wait up to `busyTimeout`.
extension DatabaseConfigurationFactory {
    static func queuedSQLite(_ configuration: SQLiteConfiguration) -> Self {
        let base = DatabaseConfigurationFactory.sqlite(configuration)
        return .init { QueuedSQLiteConfiguration(base: base.make()) }
    }
}

enum SQLiteSettings {
    /// Long enough for any queue of real writes, short enough that a stuck process shows.
    static let busyTimeoutMilliseconds = 10_000

    /// Once per database file: WAL lets readers carry on while one connection writes.
    static func prepare(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA journal_mode = WAL").run()
    }
}

private struct QueuedSQLiteConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        QueuedSQLiteDriver(base: base.makeDriver(for: databases), queue: WriteQueue())
    }
}

private struct QueuedSQLiteDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let queue: WriteQueue

    func makeDatabase(with context: DatabaseContext) -> any Database {
        QueuedSQLiteDatabase(base: base.makeDatabase(with: context), queue: queue, inTransaction: false)
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}

/// One transaction of this process at a time holds SQLite's write lock; the others wait here,
/// first come first served.
actor WriteQueue {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            busy = false
        } else {
            // The lock passes straight to the next in line, so `busy` stays true.
            waiting.removeFirst().resume()
        }
    }
}

/// Carries a value of a generic type across a suspension; Fluent's transaction API predates
/// `Sendable` and its results are used by the one task that asked.
private struct Carried<Value>: @unchecked Sendable {
    let value: Value
}

private struct QueuedSQLiteDatabase: Database, SQLDatabase {
    let base: any Database
    let queue: WriteQueue
    let inTransaction: Bool

    private var sql: any SQLDatabase { base as! any SQLDatabase }

    var context: DatabaseContext { base.context }

    func execute(
        query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void
    ) -> EventLoopFuture<Void> {
        base.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func withConnection<T>(
        _ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>
    ) -> EventLoopFuture<T> {
        base.withConnection { [queue, inTransaction] connection in
            closure(QueuedSQLiteDatabase(base: connection, queue: queue, inTransaction: inTransaction))
        }
    }

    func transaction<T>(
        _ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>
    ) -> EventLoopFuture<T> {
        if inTransaction { return closure(self) }
        return eventLoop.makeFutureWithTask {
            try await immediateTransaction { db in try await closure(db).map { Carried(value: $0) }.get() }
        }.map(\.value)
    }

    private func immediateTransaction<T: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        await queue.acquire()
        do {
            let result = try await base.withConnection { [queue] connection in
                let sql = connection as! any SQLDatabase
                // Per connection, and cheap: replaces SQLiteNIO's handler, which retries
                // without pause and never gives up, with one that sleeps and has a limit.
                try await sql.raw("PRAGMA busy_timeout = \(literal: SQLiteSettings.busyTimeoutMilliseconds)").run()
                try await sql.raw("BEGIN IMMEDIATE").run()
                do {
                    let result = try await body(
                        QueuedSQLiteDatabase(base: connection, queue: queue, inTransaction: true))
                    try await sql.raw("COMMIT").run()
                    return result
                } catch {
                    try? await sql.raw("ROLLBACK").run()
                    throw error
                }
            }
            await queue.release()
            return result
        } catch {
            await queue.release()
            throw error
        }
    }

    // SQLDatabase

    var logger: Logger { base.logger }
    var eventLoop: any EventLoop { base.eventLoop }
    var dialect: any SQLDialect { sql.dialect }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }

    func execute(
        sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void
    ) -> EventLoopFuture<
        Void
    > {
        sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await sql.withSession(closure)
    }
}
