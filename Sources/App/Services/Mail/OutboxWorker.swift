import Fluent
import Foundation
import NIOConcurrencyHelpers
import RoundtableCore
import RoundtableViews
import Vapor

/// Runs the outbox in the background of a serving process: every 30 seconds, and at once
/// when something is shared.
final class OutboxWorker: LifecycleHandler, @unchecked Sendable {
    private let settings: SMTPSettings
    private let signal = Signal()
    private var task: Task<Void, Never>?
    /// Names this process's claims, so shutting down releases its own and no one else's.
    let owner = UUID()
    /// Set when the loop has returned, so a stop can tell it no longer uses the database.
    private let finished = NIOLockedValueBox(false)

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
        let owner = self.owner
        let finished = self.finished
        let roundtable = app.roundtable
        task = Task.detached {
            defer { finished.withLockedValue { $0 = true } }
            while !Task.isCancelled {
                do {
                    try await Outbox.deliverDue(
                        on: database, client: client, from: configuration.mailFrom,
                        fromName: configuration.mailFromName, logger: logger, now: { roundtable.now },
                        owner: owner)
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

    /// Stops sending (a message in the middle of its send is abandoned and goes back to the
    /// queue), then hands back any claim still held, so the next process need not wait out the lease.
    /// Asks the loop to stop and waits for it, since a delivery under way still writes to the
    /// database. Cancelling ends the wait between rounds at once; a delivery is let finish,
    /// until the deadline. Returns false if it was still running then.
    func stop(before deadline: ContinuousClock.Instant) async -> Bool {
        guard let task else { return true }
        task.cancel()
        let finished = self.finished
        return await waitUntil(deadline) { finished.withLockedValue { $0 } }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
        await task?.value
        do {
            let released = try await Outbox.releaseClaims(owner: owner, on: app.db)
            if released > 0 { app.logger.info("Outbox: \(released) message(s) handed back on shutdown") }
        } catch {
            app.logger.warning("Outbox: claims not released; they lapse by themselves: \(String(describing: error))")
        }
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
