import Fluent
import Vapor

/// Carries a command's chosen exit status out to `main`.
public struct ExitStatus: Error {
    public var code: Int32
    /// False when something may still be using the databases: closing them would crash it.
    public var canShutDown = true
}

/// Migrates (unless the command is `migrate` itself, which asks first), announces the
/// setup code when one is needed, then runs the command line's command (`serve` by default).
public func runApplication(_ app: Application) async throws {
    let arguments = app.environment.arguments.dropFirst()
    let command = arguments.first { !$0.hasPrefix("-") } ?? "serve"
    // Commands talk to a person at a terminal: keep routine database messages out of their way.
    // Commands speak for themselves; the log only adds real errors.
    if command != "serve" && app.logger.logLevel >= .info {
        app.logger.logLevel = .error
    }
    if !["migrate", "routes"].contains(command) && !arguments.contains("--help") {
        try await app.migrateSafely()
    }
    if command == "serve" {
        try await announceSetupCode(app)
        // Only a serving process sends mail: a command ends before a message could go.
        if let smtp = app.roundtable.configuration.smtp {
            let worker = OutboxWorker(settings: smtp)
            app.outboxWorker = worker
            app.lifecycle.use(worker)
            // Reminders only with a mail server: one that waits in the outbox is no reminder.
            let reminders = ReminderWorker()
            app.reminderWorker = reminders
            app.lifecycle.use(reminders)
        }
        app.lifecycle.use(ChangeNoticeWorker())
        app.lifecycle.use(InsightRecountWorker())
    }
    do {
        // For `serve`, this returns on SIGTERM or SIGINT (Vapor's signal handler), with the
        // server still running.
        try await app.execute()
    } catch let exit as ExitCode {
        throw ExitStatus(code: exit.code)
    }
    if command == "serve", await !app.stopServing() {
        throw ExitStatus(code: 1, canShutDown: false)
    }
}

private func announceSetupCode(_ app: Application) async throws {
    guard let code = app.roundtable.setupCode, try await !FirstRunSetup.isDone(on: app.db) else { return }
    app.logger.notice(
        "Roundtable is listening on a network address. To set it up, open it in a browser and enter this setup code: \(code)"
    )
}
