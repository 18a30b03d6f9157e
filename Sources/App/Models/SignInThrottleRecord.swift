import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Failed sign-ins for one account or one network address (and wrong participant links per
/// address), counted by `AttemptCounter`. In the database rather than in
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
