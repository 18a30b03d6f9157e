import Foundation

/// When opening a personal page counts as a visit: the audit's "opened their page", and the
/// time "what changed since you last looked" counts from. A parent who reloads the page, or
/// switches language, a few times in a minute has made one visit, so those reloads write
/// nothing; the page itself is always shown.
public enum LinkVisit {
    /// Opens closer together than this are one visit.
    public static let window: TimeInterval = 10 * 60

    /// Whether an open at `now` starts a new visit, given when the link was last recorded used.
    public static func isNew(lastUsedAt: Date?, now: Date) -> Bool {
        guard let lastUsedAt else { return true }
        return now.timeIntervalSince(lastUsedAt) >= window || now < lastUsedAt
    }

    /// The latest recorded use that still belongs to the visit under way at `now`: a recorded
    /// use before this starts a new visit.
    public static func visitStart(now: Date) -> Date { now.addingTimeInterval(-window) }
}
