import Fluent
import Foundation
import NIOPosix
import RoundtableCore

/// Signing in, and finding the signed-in person again from their cookie.
enum Authentication {
    enum SignInResult {
        case signedIn(User, token: String, session: SignedInSession)
        /// Wrong email or password. `wait` is set when this failure started a pause.
        case rejected(wait: TimeInterval?)
        case throttled(wait: TimeInterval)
        /// The right password for an account that is switched off. Saying so reveals nothing
        /// to someone who already knows the password, and spares the person a wild goose chase.
        case switchedOff
    }

    static func signIn(
        email rawEmail: String, password: String, context: AuditContext,
        passwords: PasswordHasher, decoyHash: String, pool: NIOThreadPool, on db: any Database, now: Date = Date()
    ) async throws -> SignInResult {
        let email = EmailAddress(rawEmail)?.value ?? rawEmail.lowercased()
        let keys: [(String, SignInThrottle.Scope)] = [
            ("account:" + TokenHash.of(email), .account),
            ("address:" + (context.ipAddress ?? "unknown"), .address),
        ]
        var records: [(SignInThrottleRecord, SignInThrottle.Scope)] = []
        for (key, scope) in keys {
            let record = try await SignInThrottleRecord.find(key, on: db) ?? SignInThrottleRecord(key: key)
            records.append((record, scope))
        }

        let user = try await User.query(on: db).filter(\.$email == email).first()
        let auditContext = AuditContext(
            actorID: user?.id, actorName: user?.name, organisationID: user?.$organisation.id,
            schoolID: user?.$school.id, ipAddress: context.ipAddress, requestID: context.requestID)

        let wait = records.compactMap { $0.0.blockedUntil?.timeIntervalSince(now) }.filter { $0 > 0 }.max()
        if let wait {
            try await AuditLog.record(
                .signInThrottled, on: db, context: auditContext, subjectType: "user", subjectID: user?.id)
            return .throttled(wait: wait)
        }

        let hash = user?.passwordHash
        let verified = try await pool.runIfActive { [hash] in
            guard let hash else {
                _ = passwords.verify(password, against: decoyHash)
                return false
            }
            return passwords.verify(password, against: hash)
        }

        guard verified, let user else {
            var startedWait: TimeInterval?
            for (record, scope) in records {
                if let delay = record.registerFailure(scope: scope, now: now) {
                    startedWait = max(startedWait ?? 0, delay)
                }
                try await record.save(on: db)
            }
            try await AuditLog.record(
                .signInFailed, on: db, context: auditContext, subjectType: "user", subjectID: user?.id,
                summary: user == nil ? "No account has that email address" : "Wrong password or account switched off")
            return .rejected(wait: startedWait)
        }

        guard user.isActive else {
            try await AuditLog.record(
                .signInFailed, on: db, context: auditContext, subjectType: "user", subjectID: user.id,
                summary: "Account switched off")
            return .switchedOff
        }

        // A successful sign-in clears the account's count, not the address's: one person
        // remembering their password says nothing about guesses at other accounts.
        if let accountRecord = records.first, accountRecord.0.failures > 0 || accountRecord.0.blockedUntil != nil {
            try await accountRecord.0.delete(on: db)
        }
        user.lastSignInAt = now
        try await user.save(on: db)
        let (token, session) = try await startSession(for: user, on: db, now: now)
        try await AuditLog.record(
            .signInSucceeded, on: db, context: auditContext, subjectType: "user", subjectID: user.id)
        return .signedIn(user, token: token, session: session)
    }

    static func startSession(
        for user: User, on db: any Database, now: Date = Date()
    ) async throws -> (
        String, SignedInSession
    ) {
        let token = Secrets.randomToken()
        let session = SignedInSession(
            tokenHash: TokenHash.of(token), userID: try user.requireID(), csrfToken: Secrets.randomToken(),
            now: now)
        try await session.create(on: db)
        return (token, session)
    }

    enum Lookup {
        case none
        case ended
        case active(SignedInSession, User, Organisation, School?)
    }

    /// The session and person behind a cookie, if the session is still alive, in one query
    /// (it runs on every signed-in request). Ended sessions are deleted as they are found.
    static func session(
        token: String, policy: SessionPolicy, on db: any Database, now: Date = Date()
    )
        async throws -> Lookup
    {
        guard
            let session = try await SignedInSession.query(on: db)
                .filter(\.$tokenHash == TokenHash.of(token))
                .join(User.self, on: \SignedInSession.$user.$id == \User.$id)
                .join(Organisation.self, on: \User.$organisation.$id == \Organisation.$id)
                .join(School.self, on: \User.$school.$id == \School.$id, method: .left)
                .first()
        else { return .none }
        let user = try session.joined(User.self)
        let organisation = try session.joined(Organisation.self)
        // Organisation administrators belong to no school: the left join brings back nulls.
        let school = user.$school.id == nil ? nil : try session.joined(School.self)
        guard user.isActive, policy.isValid(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: now)
        else {
            try await session.delete(on: db)
            return .ended
        }
        if policy.needsTouch(lastSeenAt: session.lastSeenAt, now: now) {
            session.lastSeenAt = now
            try await session.save(on: db)
        }
        return .active(session, user, organisation, school)
    }

    static func endSession(token: String, on db: any Database) async throws {
        try await SignedInSession.query(on: db).filter(\.$tokenHash == TokenHash.of(token)).delete()
    }
}
