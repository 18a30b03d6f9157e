import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

enum APITokens {
    /// Makes a token for `owner`. Returns the secret, which is never stored or shown again.
    static func create(
        name: String, owner: User, context: AuditContext, on db: any Database
    ) async throws -> (String, APIToken) {
        let secret = APIToken.prefix + Secrets.randomToken()
        let token = APIToken()
        token.$user.id = try owner.requireID()
        token.name = name
        token.tokenHash = TokenHash.of(secret)
        token.hint = String(secret.prefix(APIToken.prefix.count + 4))
        token.$createdBy.id = context.actorID
        try await db.transaction { db in
            try await token.create(on: db)
            try await AuditLog.record(
                .apiTokenCreated, on: db, context: context, schoolID: owner.$school.id,
                organisationID: owner.$organisation.id, subjectType: "api_token", subjectID: token.id,
                summary: "\(name), acting as \(owner.name)")
        }
        return (secret, token)
    }

    static func revoke(_ token: APIToken, ownerName: String, context: AuditContext, on db: any Database) async throws {
        guard token.revokedAt == nil else { return }
        try await db.transaction { db in
            token.revokedAt = context.now
            try await token.save(on: db)
            try await AuditLog.record(
                .apiTokenRevoked, on: db, context: context, subjectType: "api_token", subjectID: token.id,
                summary: "\(token.name), acting as \(ownerName)")
        }
    }

    /// The owner of a live token, for a request that presents it.
    static func owner(of secret: String, on db: any Database, now: Date) async throws -> User? {
        guard secret.hasPrefix(APIToken.prefix),
            let token = try await APIToken.query(on: db)
                .filter(\.$tokenHash == TokenHash.of(secret))
                .filter(\.$revokedAt == nil)
                .with(\.$user)
                .first(),
            token.user.isActive
        else { return nil }
        // Written at most once a minute: enough to see which tokens are in use.
        if token.lastUsedAt.map({ now.timeIntervalSince($0) > 60 }) ?? true {
            token.lastUsedAt = now
            try await token.save(on: db)
        }
        return token.user
    }
}
