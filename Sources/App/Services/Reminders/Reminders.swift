import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Reminders (issue 12): a job any serving process may run. Each turn, whichever process
/// claims the job (`ScheduledJobs`, a lease) sweeps what has fallen due into `reminders`
/// rows, then turns each due row into one outbox email. Every step is safe to repeat:
///
/// - the sweep inserts with `ON CONFLICT DO NOTHING` on the key (kind, recipient, subject,
///   day), so a reminder found twice (two sweeps, a restart, a lapsed lease) is made once;
/// - a row becomes an email in one transaction that starts with a conditional
///   `UPDATE … WHERE status = 'queued' RETURNING`, so it is sent once, whoever gets there;
/// - everything lives in the database, so a restart carries on where the last process was.
///
/// When a reminder is due is Core's `ReminderRule`. Without `SMTP_URL` nothing is queued:
/// a reminder that waits in the outbox until someone notices is no reminder.
enum Reminders {
    static let jobName = "reminders"
    /// How often the job runs (any process; the lease keeps it to one at a time).
    static let every: TimeInterval = 5 * 60
    /// Longer than a turn can take; a process that dies holds the job no longer than this.
    static let lease: TimeInterval = 10 * 60
    /// At most this many emails a turn; the rest go in the next one.
    static let batch = 200

    struct Settings: Sendable {
        var publicURL: URL
        var timeZone: TimeZone
        var sendsMail: Bool

        init(publicURL: URL, timeZone: TimeZone, sendsMail: Bool) {
            self.publicURL = publicURL
            self.timeZone = timeZone
            self.sendsMail = sendsMail
        }

        init(_ configuration: AppConfiguration) {
            self.init(
                publicURL: configuration.publicURL, timeZone: configuration.timeZone,
                sendsMail: configuration.smtp != nil)
        }

        func url(_ route: SiteRoute) -> String { publicURL.address(of: route) }
    }

    struct Turn: Sendable, Equatable {
        /// Whether this process had the job this time.
        var ran = false
        /// Reminders newly made by the sweep.
        var made = 0
        /// Emails that joined the outbox.
        var queued = 0
    }

    /// One turn of the job, if it is due and no other process holds it.
    static func runIfDue(_ settings: Settings, owner: UUID, on db: any Database, now: Date) async throws -> Turn {
        guard settings.sendsMail else { return Turn() }
        guard try await ScheduledJobs.claim(jobName, owner: owner, lease: lease, every: every, on: db, now: now)
        else { return Turn() }
        do {
            let made = try await sweep(settings, on: db, now: now)
            let queued = try await sendDue(settings, on: db, now: now)
            try await ScheduledJobs.release(jobName, owner: owner, on: db)
            return Turn(ran: true, made: made, queued: queued)
        } catch {
            try? await ScheduledJobs.release(jobName, owner: owner, on: db)
            throw error
        }
    }
}
