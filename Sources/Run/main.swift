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
    // A clear line for the operator; the details are in the log above it.
    app.logger.report(error: error)
    try? await app.asyncShutdown()
    FileHandle.standardError.write(Data("Roundtable stopped: \(String(describing: error))\n".utf8))
    exit(1)
}
try await app.asyncShutdown()
