import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import NIOSSL
import RoundtableCore
import RoundtableViews
import Vapor

/// Sets the application up from a checked configuration: database, middleware, routes,
/// migrations. Tests call this too, with their own database.
public func configure(
    _ app: Application, configuration: AppConfiguration, passwordCost: Int = 12, database: DatabaseChoice? = nil
) async throws {
    app.roundtable = RoundtableContext(
        configuration: configuration, passwords: PasswordHasher(cost: passwordCost), stylesheet: try .bundled(),
        openAPI: try .bundled())

    app.http.server.configuration.hostname = configuration.host
    app.http.server.configuration.port = configuration.port
    app.http.server.configuration.serverName = nil
    // How long the HTTP server lets connections with a request under way finish when it stops.
    app.http.server.configuration.shutdownTimeout = .milliseconds(Int64(configuration.stopGracePeriod * 1000))
    // The stylesheet and scripts go gzipped to browsers that ask; pages never do, and no route
    // may turn it on. A compressed page that reflects what someone typed next to a secret
    // (the form token) lets an attacker guess that secret from response sizes (BREACH).
    app.http.server.configuration.responseCompression = .disabled(
        allowedTypes: [
            HTTPMediaType(type: "text", subType: "css"), HTTPMediaType(type: "text", subType: "javascript"),
        ],
        allowRequestOverrides: false)

    try configureDatabase(app, configuration: configuration, override: database)
    try await SQLiteSettings.prepare(app.db)
    app.migrations.add(Migrations.all)

    app.middleware = Middlewares()
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(SecurityHeadersMiddleware(secure: configuration.secureCookies))
    app.middleware.use(RequestGateMiddleware())
    app.middleware.use(AppErrorMiddleware())
    app.middleware.use(SetupGateMiddleware())
    // Before the router, so that even "page not found" shows the signed-in person's header.
    app.middleware.use(StaffSessionMiddleware())

    try routes(app)

    app.asyncCommands.use(SetupCommand(), as: "setup")
    app.asyncCommands.use(DemoCommand(), as: "demo")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(GenerateCommand(), as: "generate")
    app.asyncCommands.use(TranslationsCommand(), as: "translations")
}

/// Which database to use when the configuration should be overridden (tests).
public enum DatabaseChoice: Sendable {
    case sqliteMemory
    case postgres(url: String, schema: String)
}

private func configureDatabase(
    _ app: Application, configuration: AppConfiguration, override: DatabaseChoice?
)
    throws
{
    switch override {
    case .sqliteMemory:
        app.databases.use(.queuedSQLite(.memory), as: .sqlite)
    case .postgres(let url, let schema):
        var config = try SQLPostgresConfiguration(url: url)
        config.searchPath = [schema]
        // Two per loop, not one: `migrateSafely` holds the advisory lock on one connection
        // while the migrations run on another.
        app.databases.use(.postgres(configuration: config, maxConnectionsPerEventLoop: 2), as: .psql)
    case nil:
        switch configuration.database {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            app.databases.use(.queuedSQLite(.file(path)), as: .sqlite)
        case .postgres(let url):
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
        }
    }
}
