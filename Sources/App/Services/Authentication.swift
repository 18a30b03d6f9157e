import Fluent
import Foundation
import NIOPosix
import RoundtableCore
import RoundtableViews

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

    /// `knownBrowser` is true when this browser holds a cookie from an earlier sign-in to this
    /// account: someone else's guesses at the account then cost its owner nothing, and only
    /// the address's count applies.
    static func signIn(
        email rawEmail: String, password: String, context: AuditContext,
        passwords: PasswordHasher, decoyHash: String, pool: NIOThreadPool, on db: any Database,
        knownBrowser: (User) async throws -> Bool = { _ in false }, now: Date
    ) async throws -> SignInResult {
        let email = EmailAddress(rawEmail)?.value ?? rawEmail.lowercased()
        let user = try await User.query(on: db).filter(\.$email == email).first()
        let auditContext = AuditContext(
            now: now, actorID: user?.id, actorName: user?.name, organisationID: user?.$organisation.id,
            schoolID: user?.$school.id, ipAddress: context.ipAddress, requestID: context.requestID)

        var keys: [(String, SignInThrottle.Scope)] = [("address:" + (context.ipAddress ?? "unknown"), .address)]
        let accountKey = "account:" + TokenHash.of(email)
        if try await user.asyncMap(knownBrowser) != true { keys.append((accountKey, .account)) }
        // Each attempt is counted as a failure before the password is looked at, and the
        // count refuses it when a wait is on; a right password takes its count back.
        var counted: [(String, SignInThrottle.Scope)] = []
        var startedWait: TimeInterval = 0
        for (key, scope) in keys {
            switch try await AttemptCounter.count(key, scope: scope, on: db, now: now) {
            case .counted(_, let wait):
                counted.append((key, scope))
                startedWait = max(startedWait, wait)
            case .waiting(let wait):
                for (key, scope) in counted { try await AttemptCounter.refund(key, scope: scope, on: db) }
                try await AuditLog.record(
                    .signInThrottled, on: db, context: auditContext, subjectType: "user", subjectID: user?.id)
                return .throttled(wait: wait)
            }
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
            try await AuditLog.record(
                .signInFailed, on: db, context: auditContext, subjectType: "user", subjectID: user?.id,
                summary: user == nil ? "No account has that email address" : "Wrong password or account switched off")
            return .rejected(wait: startedWait > 0 ? startedWait : nil)
        }

        // A successful sign-in clears the account's count; the address only gets this
        // attempt back, as one person remembering their password says nothing about
        // guesses at other accounts.
        for (key, scope) in counted {
            if key == accountKey {
                try await AttemptCounter.clear(key, on: db)
            } else {
                try await AttemptCounter.refund(key, scope: scope, on: db)
            }
        }

        guard user.isActive else {
            try await AuditLog.record(
                .signInFailed, on: db, context: auditContext, subjectType: "user", subjectID: user.id,
                summary: "Account switched off")
            return .switchedOff
        }

        user.lastSignInAt = now
        try await user.save(on: db)
        let (token, session) = try await startSession(for: user, on: db, now: now)
        try await AuditLog.record(
            .signInSucceeded, on: db, context: auditContext, subjectType: "user", subjectID: user.id)
        return .signedIn(user, token: token, session: session)
    }

    /// A colleague who has just chosen their password with their own one-time link has proved
    /// who they are: they start signed in rather than typing it straight back.
    static func signInWithNewPassword(
        _ user: User, context: AuditContext, on db: any Database, now: Date
    ) async throws -> String? {
        guard user.isActive else { return nil }
        user.lastSignInAt = now
        try await user.save(on: db)
        let (token, _) = try await startSession(for: user, on: db, now: now)
        try await AuditLog.record(
            .signInSucceeded, on: db, context: context, subjectType: "user", subjectID: user.id,
            summary: "Signed in on choosing a password")
        return token
    }

    /// Whether the browser's known-browser token was given to it at a sign-in to this account.
    static func isKnownBrowser(token: String?, user: User, on db: any Database, now: Date) async throws -> Bool {
        guard let token, token.count >= 20, token.count <= 100 else { return false }
        return try await KnownBrowser.query(on: db).filter(\.$user.$id == user.requireID())
            .filter(\.$tokenHash == TokenHash.of(token)).filter(\.$expiresAt > now).first() != nil
    }

    /// Remembers the browser for this account after a right password, and returns the token
    /// its cookie should hold (the same one when it already had one).
    static func rememberBrowser(
        token existing: String?, user: User, on db: any Database, now: Date
    )
        async throws -> String
    {
        let token = existing.flatMap { $0.count >= 20 && $0.count <= 100 ? $0 : nil } ?? Secrets.randomToken()
        let userID = try user.requireID()
        try await db.transaction { db in
            try await KnownBrowser.query(on: db).filter(\.$user.$id == userID)
                .filter(\.$tokenHash == TokenHash.of(token)).delete()
            let known = KnownBrowser()
            known.$user.id = userID
            known.tokenHash = TokenHash.of(token)
            known.expiresAt = now.addingTimeInterval(KnownBrowser.lifetime)
            try await known.create(on: db)
        }
        return token
    }

    static func startSession(
        for user: User, on db: any Database, now: Date
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
        token: String, policy: SessionPolicy, on db: any Database, now: Date
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
