import Fluent
import Foundation

/// A signed-in browser. Kept in the database so that any Roundtable process can serve any
/// request; the cookie holds a random token and only its hash is stored here.
final class SignedInSession: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    /// Proves a form came from a page we served to this session.
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}

    init(id: UUID? = nil, tokenHash: String, userID: UUID, csrfToken: String, now: Date) {
        self.id = id
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
    }
}
