import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

/// Sends collected change notices once a meeting's plan has been quiet for
/// `ChangeNotice.quietPeriod`. It runs in every serving process, with or without a mail server:
/// the notice joins the outbox either way. Taking a notice is a conditional update, so several
/// processes on one database never send it twice.
final class ChangeNoticeWorker: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?

    func didBootAsync(_ app: Application) async throws {
        let database = app.db
        let logger = app.logger
        let configuration = app.roundtable.configuration
        let outbox = app.outboxWorker
        let roundtable = app.roundtable
        task = Task.detached {
            while !Task.isCancelled {
                do {
                    let told = try await Sharing.tellDueChanges(
                        settings: { meeting in
                            try await Sharing.Settings.make(for: meeting, configuration: configuration, on: database)
                        }, on: database, now: roundtable.now)
                    if told > 0 { outbox?.wake() }
                } catch {
                    logger.error("Change notices: \(String(describing: error))")
                }
                try? await Task.sleep(for: .seconds(60))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
    }
}

extension Sharing.Settings {
    /// What an email about this meeting needs, outside a request.
    static func make(
        for meeting: Meeting, configuration: AppConfiguration, on db: any Database
    ) async throws -> Sharing.Settings {
        let school = try await School.find(meeting.$school.id, on: db)
        return Sharing.Settings(
            publicURL: configuration.publicURL, from: configuration.mailFrom, fromName: configuration.mailFromName,
            linkDays: configuration.linkDaysAfterMeeting, timeZone: configuration.timeZone,
            schoolName: school?.name ?? "School")
    }
}
