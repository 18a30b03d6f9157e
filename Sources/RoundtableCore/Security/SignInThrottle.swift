import Foundation

/// How long someone must wait after failed sign-ins. The first few mistakes cost nothing
/// (people mistype); after that the wait doubles, up to a ceiling, so guessing becomes
/// useless while a real person is never locked out for good.
public enum SignInThrottle {
    /// Whose failures are being counted. A school's staff often share one network address,
    /// so an address gets more room than a single account before it has to wait.
    public enum Scope: Sendable {
        case account
        case address

        public var freeFailures: Int {
            switch self {
            case .account: 5
            case .address: 20
            }
        }
    }

    public static let firstDelay: TimeInterval = 30
    public static let maximumDelay: TimeInterval = 15 * 60
    /// Failures older than this are forgotten.
    public static let window: TimeInterval = 60 * 60

    /// The wait imposed after the given number of consecutive failures.
    public static func delay(afterFailures failures: Int, scope: Scope = .account) -> TimeInterval {
        guard failures >= scope.freeFailures else { return 0 }
        let exponent = min(failures - scope.freeFailures, 10)
        return min(firstDelay * pow(2, Double(exponent)), maximumDelay)
    }

    /// Every wait `delay(afterFailures:scope:)` can give, count by count from the first that
    /// waits to the first that reaches the ceiling; every later count waits the ceiling. A
    /// database statement that counts a failure sets the wait in the same step from this
    /// table, so two failures at once can never both start from the same count.
    public static func schedule(scope: Scope) -> (steps: [(failures: Int, delay: TimeInterval)], ceiling: TimeInterval)
    {
        var steps: [(failures: Int, delay: TimeInterval)] = []
        var failures = scope.freeFailures
        while true {
            let wait = delay(afterFailures: failures, scope: scope)
            if wait >= maximumDelay || failures - scope.freeFailures >= 10 { return (steps, wait) }
            steps.append((failures, wait))
            failures += 1
        }
    }

    /// The failure count to carry forward, given when the last failure happened.
    public static func effectiveFailures(_ failures: Int, lastFailure: Date?, now: Date) -> Int {
        guard let lastFailure, now.timeIntervalSince(lastFailure) < window else { return 0 }
        return failures
    }

    /// A wait in words, rounded up so we never tell someone to try too early.
    public static func describe(_ interval: TimeInterval) -> String {
        let seconds = Int(interval.rounded(.up))
        if seconds < 60 { return seconds == 1 ? "1 second" : "\(seconds) seconds" }
        let minutes = (seconds + 59) / 60
        return minutes == 1 ? "1 minute" : "\(minutes) minutes"
    }
}
