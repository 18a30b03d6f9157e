import Fluent
import Foundation
import NIOPosix
import RoundtableCore
import RoundtableViews
import SQLKit

/// Staff accounts: inviting people, their roles, switching accounts off and on.
enum StaffDirectory {
    static func validateName(
        _ name: String, field: String, into errors: inout FieldErrors, missing: String = "Enter the person's full name"
    ) {
        if name.isEmpty {
            errors.add(field, missing)
        } else if name.count > 120 {
            errors.add(field, "Use 120 characters or fewer")
        }
    }

    struct Invitation: Sendable {
        var user: User
        /// The secret part of the link. Shown once, never stored.
        var token: String
        var expiresAt: Date
    }

    /// Creates an account without a password and a one-time link with which the person
    /// chooses one. `schoolID` is `nil` only for organisation administrators.
    static func invite(
        name: String, email: EmailAddress, role: StaffRole, schoolID: UUID?, organisationID: UUID,
        lifetime: TimeInterval, context: AuditContext, on db: any Database, now: Date
    ) async throws -> Invitation {
        try await db.transaction { db in
            let user = User(
                organisationID: organisationID, schoolID: schoolID, name: name, email: email, passwordHash: nil,
                role: role)
            try await user.create(on: db)
            let invitation = try await issueLink(
                for: user, lifetime: lifetime, invitedBy: context.actorID, on: db, now: now)
            try await AuditLog.record(
                .staffInvited, on: db, context: context, schoolID: schoolID, organisationID: organisationID,
                subjectType: "user", subjectID: user.id, summary: "Invited \(name) as \(role.label)", at: now)
            return invitation
        }
    }

    /// A fresh link for someone whose first one expired or went astray. Earlier links stop working.
    static func reissueLink(
        for user: User, lifetime: TimeInterval, context: AuditContext, on db: any Database, now: Date
    ) async throws -> Invitation {
        try await db.transaction { db in
            let invitation = try await issueLink(
                for: user, lifetime: lifetime, invitedBy: context.actorID, on: db, now: now)
            try await AuditLog.record(
                .staffInvitationResent, on: db, context: context, schoolID: user.$school.id,
                organisationID: user.$organisation.id, subjectType: "user", subjectID: user.id,
                summary: "New link for \(user.name) to choose \(user.isPending ? "a" : "a new") password", at: now)
            return invitation
        }
    }

    private static func issueLink(
        for user: User, lifetime: TimeInterval, invitedBy: UUID?, on db: any Database, now: Date
    ) async throws -> Invitation {
        let userID = try user.requireID()
        try await StaffInvitation.query(on: db)
            .filter(\.$user.$id == userID)
            .filter(\.$usedAt == nil)
            .set(\.$expiresAt, to: now)
            .update()
        let token = Secrets.randomToken()
        let expiresAt = now.addingTimeInterval(lifetime)
        try await StaffInvitation(
            userID: userID, tokenHash: TokenHash.of(token), expiresAt: expiresAt, invitedByID: invitedBy
        )
        .create(on: db)
        return Invitation(user: user, token: token, expiresAt: expiresAt)
    }

    /// The invitation behind a link, if it can still be used.
    static func usableInvitation(
        token: String, on db: any Database, now: Date
    ) async throws -> (
        StaffInvitation, User
    )? {
        guard
            let invitation = try await StaffInvitation.query(on: db)
                .filter(\.$tokenHash == TokenHash.of(token))
                .join(User.self, on: \StaffInvitation.$user.$id == \User.$id)
                .first(),
            invitation.isUsable(now: now)
        else { return nil }
        let user = try invitation.joined(User.self)
        guard user.isActive else { return nil }
        return (invitation, user)
    }

    /// Sets the password chosen through an invitation link and uses the link up.
    static func acceptInvitation(
        _ invitation: StaffInvitation, user: User, password: String, passwords: PasswordHasher, pool: NIOThreadPool,
        context: AuditContext, on db: any Database, now: Date
    ) async throws {
        let hash = try await pool.runIfActive { try passwords.hash(password) }
        try await db.transaction { db in
            // Claim the link first: of two simultaneous uses, only one gets a row back.
            let claimed = try await db.sql().update(StaffInvitation.schema)
                .set("used_at", to: now)
                .where("id", .equal, invitation.requireID())
                .where("used_at", .is, SQLLiteral.null)
                .returning("id")
                .all()
            guard !claimed.isEmpty else { throw AppError.notFound }
            user.passwordHash = hash
            try await user.save(on: db)
            try await SignedInSession.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            var audit = context
            audit.actorID = user.id
            audit.actorName = user.name
            try await AuditLog.record(
                .passwordSet, on: db, context: audit, schoolID: user.$school.id, organisationID: user.$organisation.id,
                subjectType: "user", subjectID: user.id, at: now)
        }
    }

    /// Returns false when nothing changed (the same role and school were saved again).
    @discardableResult
    static func changeRole(
        of user: User, to role: StaffRole, schoolID: UUID?, schoolNames: [UUID: String], context: AuditContext,
        on db: any Database
    ) async throws -> Bool {
        let before = user.role
        let beforeSchool = user.$school.id
        guard before != role || beforeSchool != schoolID else { return false }
        try await db.transaction { db in
            user.role = role
            user.$school.id = schoolID
            try await user.save(on: db)
            // Reach changes take effect at once: a demoted person must not keep a wider session.
            try await SignedInSession.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            let place: (UUID?) -> String = { id in id.flatMap { schoolNames[$0] } ?? "all schools" }
            try await AuditLog.record(
                .roleChanged, on: db, context: context, schoolID: schoolID ?? beforeSchool,
                organisationID: user.$organisation.id, subjectType: "user", subjectID: user.id,
                summary:
                    "\(user.name): \(before.label), \(place(beforeSchool)) → \(role.label), \(place(schoolID))")
        }
        return true
    }

    static func setActive(_ active: Bool, user: User, context: AuditContext, on db: any Database) async throws {
        guard user.isActive != active else { return }
        try await db.transaction { db in
            user.isActive = active
            try await user.save(on: db)
            if !active {
                try await SignedInSession.query(on: db).filter(\.$user.$id == user.requireID()).delete()
            }
            try await AuditLog.record(
                active ? .accountReactivated : .accountDeactivated, on: db, context: context,
                schoolID: user.$school.id, organisationID: user.$organisation.id, subjectType: "user",
                subjectID: user.id, summary: user.name)
        }
    }

    /// Staff of one school, or with `schoolID == nil` the organisation's administrators.
    static func list(organisationID: UUID, schoolID: UUID?, on db: any Database) async throws -> [User] {
        try await User.query(on: db)
            .filter(\.$organisation.$id == organisationID)
            .filter(\.$school.$id == schoolID)
            .sort(\.$name)
            .all()
    }

    /// The account that already uses this email address, if any.
    static func account(with email: EmailAddress, on db: any Database) async throws -> User? {
        try await User.query(on: db).filter(\.$email == email.value).first()
    }
}

extension StaffDirectory {
    /// Saves someone's job and, for heads of year, the year groups they lead.
    @discardableResult
    static func changeJob(
        of user: User, to job: JobRole, yearGroups: [Int], context: AuditContext, on db: any Database
    ) async throws -> Bool {
        let years = job == .headOfYear ? yearGroups : nil
        guard user.jobRole != job || (user.yearGroupsLed ?? []) != (years ?? []) else { return false }
        try await db.transaction { db in
            user.jobRole = job
            user.yearGroupsLed = years
            try await user.save(on: db)
            try await AuditLog.record(
                .jobChanged, on: db, context: context, schoolID: user.$school.id,
                organisationID: user.$organisation.id, subjectType: "user", subjectID: user.id,
                summary: "\(user.name): \(job.label)" + (years.map { ", years \(YearGroups.describe($0))" } ?? ""))
        }
        return true
    }
}
