import App
import Logging
import RoundtableCore
import Vapor

/// `roundtable [serve|setup|demo|migrate|routes]`: the server and its tools.
let configuration: AppConfiguration
do {
    configuration = try AppConfiguration.parse(ProcessInfo.processInfo.environment)
} catch {
    FileHandle.standardError.write(Data((error.description + "\n").utf8))
    exit(2)
}

var environment = try Environment.detect()
try LoggingSystem.bootstrap(from: &environment) { level in
    let configured = Logger.Level(rawValue: configuration.logLevel) ?? level
    return { label in
        var handler = StreamLogHandler.standardOutput(label: label)
        handler.logLevel = configured
        return handler
    }
}

let app = try await Application.make(environment)
do {
    try await configure(app, configuration: configuration)
    try await runApplication(app)
} catch let exit as ExitStatus {
    if exit.canShutDown {
        try? await app.asyncShutdown()
    }
    Foundation.exit(exit.code)
} catch {
    // A known cause (the database refusing, the address taken) gets one line that names it;
    // anything else is logged in full, with a line for the operator after it.
    let line: String
    if let known = StartupFailure.message(for: error, configuration: configuration) {
        app.logger.debug("Start-up failed: \(String(reflecting: error))")
        line = known
    } else {
        app.logger.report(error: error)
        line = "Roundtable stopped: \(String(describing: error))"
    }
    try? await app.asyncShutdown()
    FileHandle.standardError.write(Data((line + "\n").utf8))
    exit(1)
}
try await app.asyncShutdown()
