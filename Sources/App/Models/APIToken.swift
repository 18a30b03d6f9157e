import Fluent
import Foundation

/// A personal API token: acts as its owner, with exactly the owner's reach. Only a hash is
/// stored; the token is shown once, when it is made.
final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"
    /// Every token starts with this, so a leaked one is easy to recognise in logs and scanners.
    static let prefix = "rt_"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    /// The first characters, to tell tokens apart in the list without revealing them.
    @Field(key: "hint") var hint: String
    @OptionalParent(key: "created_by_id") var createdBy: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}
