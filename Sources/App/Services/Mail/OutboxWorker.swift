import Fluent
import Foundation
import RoundtableCore
import Vapor

/// Runs the outbox in the background of a serving process: every 30 seconds, and at once
/// when something is shared.
final class OutboxWorker: LifecycleHandler, @unchecked Sendable {
    private let settings: SMTPSettings
    private let signal = Signal()
    private var task: Task<Void, Never>?

    /// A flag raised by `wake` and taken by the loop.
    actor Signal {
        private var raised = false
        func raise() { raised = true }
        func take() -> Bool {
            defer { raised = false }
            return raised
        }
    }

    init(settings: SMTPSettings) {
        self.settings = settings
    }

    func wake() {
        let signal = self.signal
        Task { await signal.raise() }
    }

    func didBootAsync(_ app: Application) async throws {
        let client = SMTPClient(settings: settings, group: app.eventLoopGroup)
        let configuration = app.roundtable.configuration
        let database = app.db
        let logger = app.logger
        let signal = self.signal
        task = Task.detached {
            while !Task.isCancelled {
                do {
                    try await Outbox.deliverDue(
                        on: database, client: client, from: configuration.mailFrom,
                        fromName: configuration.mailFromName, logger: logger)
                } catch {
                    logger.error("Outbox: \(String(describing: error))")
                }
                // Whichever comes first: a wake-up, or thirty seconds.
                for _ in 0..<30 {
                    if await signal.take() || Task.isCancelled { break }
                    try? await Task.sleep(for: .seconds(1))
                }
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
    }
}

extension Application {
    private struct OutboxWorkerKey: StorageKey { typealias Value = OutboxWorker }

    /// Set when the process serves and SMTP is configured.
    var outboxWorker: OutboxWorker? {
        get { storage[OutboxWorkerKey.self] }
        set { storage[OutboxWorkerKey.self] = newValue }
    }
}
