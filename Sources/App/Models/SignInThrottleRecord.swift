import Fluent
import Foundation
import RoundtableCore

/// Failed sign-ins for one account or one network address. In the database rather than in
/// memory so that several processes share one count.
final class SignInThrottleRecord: Model, @unchecked Sendable {
    static let schema = "sign_in_throttles"

    /// `account:<hash of email>` or `address:<ip>`.
    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "failures") var failures: Int
    @OptionalField(key: "last_failure_at") var lastFailureAt: Date?
    @OptionalField(key: "blocked_until") var blockedUntil: Date?

    init() {}

    init(key: String) {
        self.id = key
        self.failures = 0
    }
}

extension SignInThrottleRecord {
    /// Counts one more failure (forgetting old ones, as `SignInThrottle` says) and blocks the
    /// key when the count calls for it. Returns the wait it started, if any. Does not save.
    @discardableResult
    func registerFailure(scope: SignInThrottle.Scope, now: Date) -> TimeInterval? {
        failures = SignInThrottle.effectiveFailures(failures, lastFailure: lastFailureAt, now: now) + 1
        lastFailureAt = now
        let delay = SignInThrottle.delay(afterFailures: failures, scope: scope)
        guard delay > 0 else { return nil }
        blockedUntil = now.addingTimeInterval(delay)
        return delay
    }
}
