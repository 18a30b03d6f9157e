import Fluent
import Foundation
import SQLKit
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Two applications on one database, as two Roundtable processes would be: a SQLite file in
/// a folder of its own, or one PostgreSQL schema. `body` gets a function that starts another
/// application on the same database (for a restart); every one is shut down at the end.
func withSharedDatabase(
    _ database: TestDatabase, _ body: (_ start: () async throws -> Application) async throws -> Void
) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rt-shared-\(UUID().uuidString)")
    let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
    var apps: [Application] = []
    if case .postgres = database { await PostgresTestSlots.shared.acquire() }
    func start() async throws -> Application {
        let app = try await Application.make(.testing)
        apps.append(app)
        app.logger.logLevel = .warning
        switch database {
        case .sqlite:
            let configuration = try AppConfiguration.parse(["ROUNDTABLE_DATA_DIR": folder.path])
            try await configure(app, configuration: configuration, passwordCost: 4, database: nil)
        case .postgres(let url):
            try await configure(
                app, configuration: try AppConfiguration.parse([:]), passwordCost: 4,
                database: .postgres(url: url, schema: String(schema)))
            if apps.count == 1 {
                try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(ident: String(schema))").run()
            }
        }
        try await app.migrateSafely()
        return app
    }
    func cleanUp() async {
        if case .postgres = database, let first = apps.first {
            _ = try? await (first.db as! any SQLDatabase).raw("DROP SCHEMA \(ident: String(schema)) CASCADE").run()
        }
        for app in apps.reversed() { try? await app.asyncShutdown() }
        try? FileManager.default.removeItem(at: folder)
        if case .postgres = database { await PostgresTestSlots.shared.release() }
    }
    do { try await body(start) } catch {
        await cleanUp()
        throw error
    }
    await cleanUp()
}
