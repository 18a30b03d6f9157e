import Fluent
import Foundation
import RoundtableViews
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// The databases every database test runs against: SQLite always, PostgreSQL when
/// `ROUNDTABLE_TEST_POSTGRES_URL` names a server.
enum TestDatabase: Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres(url: String)

    static var all: [TestDatabase] {
        var databases: [TestDatabase] = [.sqlite]
        if let url = ProcessInfo.processInfo.environment["ROUNDTABLE_TEST_POSTGRES_URL"], !url.isEmpty {
            databases.append(.postgres(url: url))
        }
        return databases
    }

    var testDescription: String {
        switch self {
        case .sqlite: "SQLite"
        case .postgres: "PostgreSQL"
        }
    }
}

/// Runs `body` with a fresh, migrated application. Each test gets a database of its own
/// (an in-memory SQLite database, or its own PostgreSQL schema), so tests run in parallel.
func withRoundtable(
    _ database: TestDatabase, environment: [String: String] = [:],
    _ body: (Application) async throws -> Void
) async throws {
    let configuration = try AppConfiguration.parse(environment)
    guard case .postgres(let url) = database else {
        return try await runApplication(configuration, database: .sqliteMemory, schema: nil, body)
    }
    // Swift Testing starts every test at once; without a cap, the apps' pools together
    // exceed the server's connection slots and tests fail for reasons of their own.
    await PostgresTestSlots.shared.acquire()
    do {
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await runApplication(
            configuration, database: .postgres(url: url, schema: String(schema)), schema: String(schema), body)
    } catch {
        await PostgresTestSlots.shared.release()
        throw error
    }
    await PostgresTestSlots.shared.release()
}

private func runApplication(
    _ configuration: AppConfiguration, database: DatabaseChoice, schema: String?,
    _ body: (Application) async throws -> Void
) async throws {
    let app = try await Application.make(.testing)
    // Request lines at info drown the one line that says which expectation failed.
    app.logger.logLevel =
        ProcessInfo.processInfo.environment["ROUNDTABLE_TEST_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
        ?? .warning
    do {
        try await configure(app, configuration: configuration, passwordCost: 4, database: database)
        if let schema {
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: schema)").run()
        }
        try await app.migrateSafely()
        try await body(app)
    } catch {
        await cleanUp(app, schema: schema)
        throw error
    }
    await cleanUp(app, schema: schema)
}

private func cleanUp(_ app: Application, schema: String?) async {
    if let schema {
        _ = try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: schema) CASCADE").run()
    }
    try? await app.asyncShutdown()
}

/// A counting semaphore for PostgreSQL-backed tests: at most `limit` applications (each
/// with its own small pool) talk to the server at once.
actor PostgresTestSlots {
    static let shared = PostgresTestSlots(limit: 8)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            // The slot passes straight to the next waiter, so `inUse` stays the same.
            waiting.removeFirst().resume()
        }
    }
}
