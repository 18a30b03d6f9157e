import Foundation

/// Whether an import the database calls running is still alive. An import writes its job row
/// only when it ends (it is one transaction, and SQLite allows one writer), so a process that
/// dies mid-import leaves the row saying "running" for good; this tells such a row apart.
public enum ImportLiveness {
    /// Far beyond the largest school's import (minutes): a job this old is not coming back,
    /// whichever process ran it.
    public static let limit: TimeInterval = 2 * 3600

    /// - Parameters:
    ///   - runsHere: this process is running the import now.
    ///   - processStartedAt: when this process started; an import begun before that was begun
    ///     by a process that has since gone (one process runs imports).
    public static func isInterrupted(startedAt: Date, runsHere: Bool, processStartedAt: Date, now: Date) -> Bool {
        guard !runsHere else { return false }
        return startedAt < processStartedAt || now.timeIntervalSince(startedAt) > limit
    }
}
