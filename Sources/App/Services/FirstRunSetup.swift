import Fluent
import Foundation
import NIOPosix
import RoundtableCore
import RoundtableViews

/// Naming the organisation and its first school and creating the first administrator:
/// the one thing a new install can do before anyone has an account.
enum FirstRunSetup {
    struct Input: Sendable {
        var organisationName: String
        var schoolName: String
        var adminName: String
        var adminEmail: String
        var password: String
        var setupCode: String
    }

    struct Created: Sendable {
        var organisation: Organisation
        var school: School
        var admin: User
    }

    enum Failure: Error {
        case alreadyDone
    }

    static func isDone(on db: any Database) async throws -> Bool {
        try await Installation.find(Installation.singletonID, on: db) != nil
    }

    /// Checks the input; `requiredCode` is the code from the server log when one is needed.
    static func validate(_ input: Input, requiredCode: String?) -> FieldErrors {
        var errors = FieldErrors()
        if input.organisationName.isEmpty {
            errors.add("organisation_name", "Enter the name of your trust, district or organisation")
        } else if input.organisationName.count > 200 {
            errors.add("organisation_name", "Use 200 characters or fewer")
        }
        if input.schoolName.isEmpty {
            errors.add("school_name", "Enter the name of your school")
        } else if input.schoolName.count > 200 {
            errors.add("school_name", "Use 200 characters or fewer")
        }
        StaffDirectory.validateName(
            input.adminName, field: "admin_name", into: &errors, missing: "Enter your full name")
        if input.adminEmail.isEmpty {
            errors.add("admin_email", "Enter your email address")
        } else if EmailAddress(input.adminEmail) == nil {
            errors.add("admin_email", "Enter an email address in the right format, like name@school.org")
        }
        let personal = PasswordPolicy.Personal(
            names: [input.adminName], emails: [input.adminEmail],
            organisations: [input.schoolName, input.organisationName])
        if let problem = PasswordPolicy.check(input.password, personal: personal) {
            errors.add("password", problem.message)
        }
        if let requiredCode {
            if input.setupCode.isEmpty {
                errors.add("setup_code", "Enter the setup code from the server's log")
            } else if !Secrets.constantTimeEquals(
                Secrets.normaliseCode(input.setupCode), Secrets.normaliseCode(requiredCode))
            {
                errors.add("setup_code", "The setup code does not match. Copy it again from the server's log.")
            }
        }
        return errors
    }

    /// Creates everything in one transaction. Call only with input that passed `validate`.
    static func perform(
        _ input: Input, passwords: PasswordHasher, pool: NIOThreadPool, context: AuditContext,
        on db: any Database, now: Date
    ) async throws -> Created {
        guard let email = EmailAddress(input.adminEmail) else { throw AppError.badRequest("Invalid email") }
        let password = input.password
        let hash = try await pool.runIfActive { try passwords.hash(password) }
        do {
            return try await db.transaction { db in
                guard try await !isDone(on: db) else { throw Failure.alreadyDone }
                let organisation = Organisation(name: input.organisationName)
                try await organisation.create(on: db)
                let organisationID = try organisation.requireID()
                let school = School(organisationID: organisationID, name: input.schoolName)
                try await school.create(on: db)
                let admin = User(
                    organisationID: organisationID, schoolID: nil, name: input.adminName, email: email,
                    passwordHash: hash, role: .organisationAdmin)
                try await admin.create(on: db)
                try await Installation(organisationID: organisationID, completedAt: now).create(on: db)
                var audit = context
                audit.actorID = admin.id
                audit.actorName = admin.name
                audit.organisationID = organisationID
                try await AuditLog.record(
                    .setupCompleted, on: db, context: audit, subjectType: "organisation", subjectID: organisationID,
                    summary: input.organisationName == input.schoolName
                        ? "Created \(input.schoolName)"
                        : "Created \(input.organisationName) with its first school, \(input.schoolName)", at: now)
                return Created(organisation: organisation, school: school, admin: admin)
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two setups at the same moment: the installation row's fixed key lets only one win.
            throw Failure.alreadyDone
        }
    }
}
