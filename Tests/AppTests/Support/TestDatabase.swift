import Fluent
import Foundation
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
    let app = try await Application.make(.testing)
    var schema: String?
    do {
        switch database {
        case .sqlite:
            try await configure(app, configuration: configuration, passwordCost: 4, database: .sqliteMemory)
        case .postgres(let url):
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
            schema = String(name)
            try await configure(
                app, configuration: configuration, passwordCost: 4, database: .postgres(url: url, schema: String(name)))
            try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: String(name))").run()
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
