import Fluent
import Foundation

/// A browser a member of staff has signed in from before. The cookie holds a random token;
/// the database holds its hash, once per person who signed in with it.
final class KnownBrowser: Model, @unchecked Sendable {
    static let schema = "known_browsers"
    static let cookieName = "rt_known"
    /// Long enough to cover the school holidays, after which a first sign-in starts it again.
    static let lifetime: TimeInterval = 180 * 24 * 60 * 60

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
