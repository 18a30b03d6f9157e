import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Runs the reminders job in the background of every serving process that can send mail.
/// Each minute it asks for the job; `ScheduledJobs` lets one process at a time have it, every
/// `Reminders.every`, so more processes mean no more reminders, only a stand-in if one stops.
final class ReminderWorker: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?
    /// Names this process's claim on the job, so a shutdown hands back its own and no other.
    let owner = UUID()
    private let finished = NIOLockedValueBox(false)

    func didBootAsync(_ app: Application) async throws {
        let database = app.db
        let logger = app.logger
        let roundtable = app.roundtable
        let settings = Reminders.Settings(roundtable.configuration)
        let outbox = app.outboxWorker
        let owner = self.owner
        let finished = self.finished
        task = Task.detached {
            defer { finished.withLockedValue { $0 = true } }
            while !Task.isCancelled {
                do {
                    let turn = try await Reminders.runIfDue(settings, owner: owner, on: database, now: roundtable.now)
                    if turn.queued > 0 {
                        logger.info("Reminders: \(turn.queued) email(s) queued")
                        outbox?.wake()
                    }
                } catch {
                    logger.error("Reminders: \(String(describing: error))")
                }
                try? await Task.sleep(for: .seconds(60))
            }
        }
    }

    /// Stops between turns at once; a turn under way is let finish until the deadline (it
    /// writes to the database). Returns false if it was still running then.
    func stop(before deadline: ContinuousClock.Instant) async -> Bool {
        guard let task else { return true }
        task.cancel()
        let finished = self.finished
        return await waitUntil(deadline) { finished.withLockedValue { $0 } }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
        await task?.value
        // A turn cut short still holds the job: hand it back so another process need not
        // wait out the lease.
        try? await ScheduledJobs.release(Reminders.jobName, owner: owner, on: app.db)
    }
}

extension Application {
    private struct ReminderWorkerKey: StorageKey { typealias Value = ReminderWorker }

    /// Set when the process serves and SMTP is configured.
    var reminderWorker: ReminderWorker? {
        get { storage[ReminderWorkerKey.self] }
        set { storage[ReminderWorkerKey.self] = newValue }
    }
}
