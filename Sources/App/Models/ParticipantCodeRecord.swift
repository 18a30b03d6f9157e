import Fluent
import Foundation

/// A code sent to a participant's email; only its hash is kept.
final class ParticipantCodeRecord: Model, @unchecked Sendable {
    static let schema = "participant_codes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Field(key: "code_hash") var codeHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @Field(key: "attempts") var attempts: Int
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

/// A browser that gave the right code for a participant's page. The cookie holds the token;
/// the database holds its hash.
final class TrustedBrowser: Model, @unchecked Sendable {
    static let schema = "participant_trusted_browsers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
