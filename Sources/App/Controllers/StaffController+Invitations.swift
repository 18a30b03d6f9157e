import Fluent
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// Inviting new staff, and new links for those whose first one expired.
extension StaffController {
    struct InviteForm: Content {
        var name: String?
        var email: String?
        var role: String?
        var school: String?
    }

    /// The roles the person may give, and the schools to choose from (shown only to
    /// administrators; a leader's choice is always their own school).
    static func choices(
        _ staff: StaffContext, on db: any SQLDatabase, allows: (StaffRole, SchoolRef?) -> Bool
    ) async throws -> (roles: [StaffRole], schools: [SchoolRow]) {
        let isAdmin = staff.actor.role.spansSchools
        let schools =
            isAdmin
            ? try await SchoolRow.all(in: staff.organisation.requireID(), on: db)
            : try staff.school.map { [try SchoolRow($0)] } ?? []
        let roles = StaffRole.offered.filter { role in
            let candidates: [SchoolRef?] = role.belongsToNoSchool ? [nil] : schools.map(\.ref)
            return candidates.contains { allows(role, $0) }
        }
        return (Array(roles), isAdmin ? schools : [])
    }

    static func inviteChoices(
        _ staff: StaffContext, on db: any SQLDatabase
    ) async throws -> (
        roles: [StaffRole], schools: [SchoolRow]
    ) {
        try await choices(staff, on: db) { AccessPolicy.allows(staff.actor, .inviteStaff(to: $1, role: $0)) }
    }

    static func inviteForm(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let choices = try await inviteChoices(staff, on: req.sql)
        guard !choices.roles.isEmpty else { throw AppError.notFound }
        let requested = try req.query.decode(PlaceQuery.self).school
        // A place the person may not invite to is one they cannot see: "not found", as elsewhere.
        if let requested {
            let offered =
                requested == SchoolFilter.administrators
                ? choices.roles.contains { $0.belongsToNoSchool }
                : (choices.schools.map(\.id) + [staff.user.$school.id].compactMap { $0 }).contains(requested)
            guard offered else { throw AppError.notFound }
        }
        var form = InviteStaffForm()
        if requested == SchoolFilter.administrators {
            form.role = StaffRole.organisationAdmin.rawValue
        } else {
            form.school = (requested ?? staff.user.$school.id)?.uuidString ?? ""
        }
        return InviteStaffPage(
            form: form, roles: choices.roles, schools: choices.schools.map(NamedSchool.init),
            backTo: .staff(school: (requested ?? staff.user.$school.id).map { SchoolID(rawValue: $0) }),
            lifetimeDays: req.invitationLifetimeDays
        ).response(for: req)
    }

    static func invite(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let choices = try await inviteChoices(staff, on: req.sql)
        guard !choices.roles.isEmpty else { throw AppError.notFound }
        let raw = try req.reshowableFields(InviteForm.self)
        let form = InviteStaffForm(
            name: TextInput.clean(raw.name), email: TextInput.clean(raw.email), role: TextInput.clean(raw.role),
            school: staff.actor.role.spansSchools
                ? TextInput.clean(raw.school) : staff.user.$school.id?.uuidString ?? "")

        var errors = FieldErrors()
        var existingPerson: InviteStaffPage.ExistingPerson?
        StaffDirectory.validateName(form.name, field: "name", into: &errors)
        let email = EmailAddress(form.email)
        if form.email.isEmpty {
            errors.add("email", "Enter their email address")
        } else if email == nil {
            errors.add("email", "Enter an email address in the right format, like name@school.org")
        } else if let email, let existing = try await StaffDirectory.account(with: email, on: req.db) {
            // Often the same invitation sent twice (a refreshed page). Point to the person when
            // the viewer may see them; otherwise say only that the address is taken.
            if AccessPolicy.allows(staff.actor, .viewStaff(existing.ref)) {
                existingPerson = .init(id: StaffID(try existing.requireID()), name: existing.name)
                errors.add(
                    "email",
                    existing.isPending
                        ? "\(existing.name) has already been invited with this email address. To send them a new link, open their page."
                        : "\(existing.name) already has an account with this email address.")
            } else {
                errors.add(
                    "email",
                    "This email address is already used by an account at another school. Check the address, or ask your organisation's administrator."
                )
            }
        }
        let role = StaffRole(rawValue: form.role).flatMap { choices.roles.contains($0) ? $0 : nil }
        if role == nil { errors.add("role", "Choose what they can do in Roundtable") }
        var school: SchoolRow?
        if role?.belongsToNoSchool != true {
            school = try choices.schools.first { $0.id.uuidString == form.school } ?? staff.school.map(SchoolRow.init)
            if school == nil { errors.add("school", "Choose their school") }
        }
        if req.csrfFailed { errors.addExpiredForm() }

        guard errors.isEmpty, let role, let email else {
            return InviteStaffPage(
                form: form, errors: errors, roles: choices.roles,
                schools: choices.schools.map(NamedSchool.init),
                backTo: .staff(school: school?.schoolID), lifetimeDays: req.invitationLifetimeDays,
                existingPerson: existingPerson
            ).response(for: req, status: .unprocessableEntity)
        }
        try req.require(.inviteStaff(to: school?.ref, role: role))
        let invitation = try await StaffDirectory.invite(
            name: form.name, email: email, role: role, schoolID: school?.id,
            organisationID: staff.organisation.requireID(),
            lifetime: req.roundtable.configuration.invitationLifetime, context: req.auditContext, on: req.db,
            now: req.roundtable.now)
        return try await invitationReady(invitation, req: req)
    }

    static func invitationReady(_ invitation: StaffDirectory.Invitation, req: Request) async throws -> Response {
        let publicURL = req.roundtable.configuration.publicURL
        let link = publicURL.absoluteString + SiteRoute.welcome(token: invitation.token).path
        let emailed =
            req.roundtable.sendsMail
            ? try await StaffDirectory.emailLink(
                invitation, link: link, lifetimeDays: req.invitationLifetimeDays, on: req.db, now: req.roundtable.now)
            : false
        if emailed { req.application.outboxWorker?.wake() }
        return InvitationReadyPage(
            personID: StaffID(try invitation.user.requireID()), personName: invitation.user.name,
            personEmail: invitation.user.email, link: link, expiresAt: invitation.expiresAt,
            onlyWorksHere: AppConfiguration.isLoopback(publicURL.host ?? ""), emailed: emailed
        ).response(for: req, status: .created)
    }

    static func resendInvitation(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        try req.require(.setActive(person.ref))
        guard person.isActive else { throw AppError.notFound }
        let invitation = try await StaffDirectory.reissueLink(
            for: person, lifetime: req.roundtable.configuration.invitationLifetime, context: req.auditContext,
            on: req.db, now: req.roundtable.now)
        return try await invitationReady(invitation, req: req)
    }
}
