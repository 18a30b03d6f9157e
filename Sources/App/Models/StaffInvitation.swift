import Fluent
import Foundation

/// A one-time link with which a new member of staff chooses their password.
final class StaffInvitation: Model, @unchecked Sendable {
    static let schema = "staff_invitations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?
    @OptionalParent(key: "invited_by_id") var invitedBy: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(userID: UUID, tokenHash: String, expiresAt: Date, invitedByID: UUID?) {
        self.$user.id = userID
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.$invitedBy.id = invitedByID
    }

    func isUsable(now: Date) -> Bool { usedAt == nil && expiresAt > now }
}
