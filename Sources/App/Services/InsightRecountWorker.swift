import Foundation
import RoundtableCore
import SQLKit
import Vapor

/// Counts stored Insight figures again when they are due (`InsightRecount`), in every serving
/// process: each report is claimed by one conditional update, so processes sharing a database
/// share the work. The schedule lives in the database, so a restart carries on from it.
final class InsightRecountWorker: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?

    func didBootAsync(_ app: Application) async throws {
        guard let database = app.db as? any SQLDatabase else { return }
        let logger = app.logger
        let roundtable = app.roundtable
        let interval = roundtable.configuration.insightRecountInterval
        let timeZone = roundtable.configuration.timeZone
        task = Task.detached(priority: .background) {
            while !Task.isCancelled {
                do {
                    let counted = try await InsightReports.recountDue(
                        now: roundtable.now, timeZone: timeZone, every: interval, on: database)
                    if counted > 0 { logger.info("Insight: counted \(counted) reports again") }
                } catch {
                    logger.error("Insight recount: \(String(describing: error))")
                }
                // Looks every half minute (one small query), so a first count asked for on a page
                // starts soon and a recount is never much later than due.
                try? await Task.sleep(for: .seconds(30))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
    }
}
