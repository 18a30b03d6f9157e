import Foundation

/// When a staff session stops working. Shared computers in staff rooms are common, so an
/// idle session ends quickly, and every session ends after a working day regardless.
public struct SessionPolicy: Sendable, Equatable {
    public var idleTimeout: TimeInterval
    public var absoluteTimeout: TimeInterval
    /// How stale `lastSeen` may get before it is written again; saves a database write on
    /// nearly every request at the cost of this much slack in the idle timeout.
    public var touchInterval: TimeInterval

    public init(idleTimeout: TimeInterval, absoluteTimeout: TimeInterval, touchInterval: TimeInterval = 60) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
        self.touchInterval = min(touchInterval, idleTimeout / 10)
    }

    public func isValid(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(createdAt) < absoluteTimeout && now.timeIntervalSince(lastSeenAt) < idleTimeout
    }

    public func needsTouch(lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= touchInterval
    }
}
