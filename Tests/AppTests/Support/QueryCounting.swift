import Foundation
import Logging
import NIOConcurrencyHelpers
import RoundtableViews
import Vapor
import VaporTesting

@testable import App

/// Counts the SQL statements each request runs, for tests.
///
/// SQLKit's drivers (SQLiteKit, PostgresKit) log every statement they send, as "Executing
/// query" with the statement in `sql` metadata, through the logger of the `Database` that
/// runs it, at `sqlLogLevel` (`.debug` by default). `req.db` is made with `req.logger`, so
/// `QueryCountingMiddleware`, first in the chain, gives each request a logger whose handler
/// counts those lines (and passes every line on to the real handler at its own level).
/// Everything that reads through `req.db` is counted: handlers, services, and middleware
/// after it, such as the session lookup and the setup gate. The count is returned in
/// `X-Test-Query-Count`, and the statements are kept in `QueryRecorder.last`.
///
/// Transaction control (`BEGIN`, `COMMIT`, `ROLLBACK`, SQLite's `PRAGMA busy_timeout`) is
/// counted apart, in `X-Test-Transaction-Count` (one per `BEGIN`): SQLite sends three
/// statements for a transaction and PostgreSQL two, and the budget is about reads and writes.
///
/// Not counted on SQLite: statements on a connection a request holds for itself (inside
/// `db.transaction`, or `withConnection`). FluentSQLiteDriver runs them through the
/// connection's own logger, which the pool made (at `.info`) when it opened the connection,
/// not through `req.logger`. FluentPostgresDriver gives the held connection the request's
/// logger, so on PostgreSQL they are counted; compare the two runs to see such statements.
///
/// Statements through `req.application.db` go to the application's logger instead; it is
/// wrapped too, and what it counted during a request is returned in
/// `X-Test-Application-Query-Count`, so a page that bypasses `req.db` still shows.
///
/// Only tests install this (`QueryRecorder.install(on:)`); the application never counts.
final class QueryRecorder: @unchecked Sendable {
    static let countHeader = "X-Test-Query-Count"
    static let transactionHeader = "X-Test-Transaction-Count"
    static let applicationHeader = "X-Test-Application-Query-Count"

    struct Tally: Sendable {
        var statements: [String] = []
        var transactions = 0
    }

    private let lock = NIOLock()
    private var applicationTally = Tally()
    private var lastTally = Tally()

    /// The statements of the last request that finished.
    var last: Tally { lock.withLock { lastTally } }
    var application: Tally { lock.withLock { applicationTally } }

    fileprivate func finished(_ tally: Tally) { lock.withLock { lastTally = tally } }
    fileprivate func countApplication(_ sql: String) {
        lock.withLock { Self.add(sql, to: &applicationTally) }
    }

    static func add(_ sql: String, to tally: inout Tally) {
        let head = sql.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if head.hasPrefix("BEGIN") {
            tally.transactions += 1
        } else if ["COMMIT", "ROLLBACK", "PRAGMA BUSY_TIMEOUT", "SAVEPOINT", "RELEASE"].contains(where: head.hasPrefix)
        {
            return
        } else {
            tally.statements.append(sql)
        }
    }

    /// Counts every request of `app` from now on. Call before the first request.
    @discardableResult
    static func install(on app: Application) -> QueryRecorder {
        let recorder = QueryRecorder()
        var logger = app.logger
        logger.handler = CountingLogHandler(inner: logger.handler) { recorder.countApplication($0) }
        app.logger = logger
        app.middleware.use(QueryCountingMiddleware(recorder: recorder), at: .beginning)
        return recorder
    }
}

struct QueryCountingMiddleware: AsyncMiddleware {
    let recorder: QueryRecorder

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let tally = NIOLockedValueBox(QueryRecorder.Tally())
        let applicationBefore = recorder.application.statements.count
        var logger = request.logger
        // The request's logger starts as a copy of the application's, which counts for the
        // application: count this request's statements here instead, not twice.
        let inner = (logger.handler as? CountingLogHandler)?.inner ?? logger.handler
        logger.handler = CountingLogHandler(inner: inner) { sql in
            tally.withLockedValue { QueryRecorder.add(sql, to: &$0) }
        }
        request.logger = logger
        let response = try await next.respond(to: request)
        let counted = tally.withLockedValue { $0 }
        recorder.finished(counted)
        response.headers.replaceOrAdd(name: QueryRecorder.countHeader, value: String(counted.statements.count))
        response.headers.replaceOrAdd(name: QueryRecorder.transactionHeader, value: String(counted.transactions))
        response.headers.replaceOrAdd(
            name: QueryRecorder.applicationHeader,
            value: String(recorder.application.statements.count - applicationBefore))
        return response
    }
}

/// Passes everything on to `inner` at its own level, and hands each query the drivers log
/// to `count`. Its own level is at most `.debug`, so the drivers' lines reach it.
struct CountingLogHandler: LogHandler {
    var inner: any LogHandler
    let count: @Sendable (String) -> Void

    init(inner: any LogHandler, count: @escaping @Sendable (String) -> Void) {
        self.inner = inner
        self.count = count
    }

    var logLevel: Logger.Level {
        get { min(inner.logLevel, .debug) }
        set { inner.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    func log(event: LogEvent) {
        if event.message.description == "Executing query", case .string(let sql) = event.metadata?["sql"] {
            count(sql)
        }
        if event.level >= inner.logLevel { inner.log(event: event) }
    }
}

extension TestingHTTPResponse {
    /// The statements the request ran through `req.db` (see `QueryRecorder`).
    var queryCount: Int? { headers.first(name: QueryRecorder.countHeader).flatMap(Int.init) }
    var transactionCount: Int? { headers.first(name: QueryRecorder.transactionHeader).flatMap(Int.init) }
    var applicationQueryCount: Int? { headers.first(name: QueryRecorder.applicationHeader).flatMap(Int.init) }
}
