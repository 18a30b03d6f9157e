import Fluent
import RoundtableCore
import Vapor

/// Staff accounts of a school: the list, invitations, roles, switching accounts off.
enum StaffController {
    struct PlaceQuery: Content {
        var school: UUID?
    }

    /// Which list to show: one school, or (`nil`) the organisation's administrators.
    private static func place(_ req: Request, staff: StaffContext) async throws -> School? {
        let organisationID = try staff.organisation.requireID()
        let requested = try req.query.decode(PlaceQuery.self).school
        if requested == SchoolFilter.administrators {
            try req.require(.listAdministrators(organisationID: organisationID))
            return nil
        }
        var schoolID = requested ?? staff.user.$school.id
        if schoolID == nil { schoolID = try await Schools.all(in: organisationID, on: req.db).first?.id }
        guard let schoolID, let school = try await Schools.find(schoolID, in: organisationID, on: req.db) else {
            throw AppError.notFound
        }
        try req.require(.listStaff(school.ref))
        return school
    }

    private static func places(for staff: StaffContext, on db: any Database) async throws -> [(id: UUID?, name: String)]
    {
        guard staff.actor.role == .organisationAdmin else {
            return staff.school.map { [($0.id, $0.name)] } ?? []
        }
        let schools = try await Schools.all(in: staff.organisation.requireID(), on: db)
        return schools.map { ($0.id, $0.name) } + [(SchoolFilter.administrators, "Organisation administrators")]
    }

    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let school = try await place(req, staff: staff)
        let organisationID = try staff.organisation.requireID()
        let people = try await StaffDirectory.list(organisationID: organisationID, schoolID: school?.id, on: req.db)
        let canInvite = AccessPolicy.allows(
            staff.actor, .inviteStaff(to: school?.ref, role: school == nil ? .organisationAdmin : .staff))
        return StaffListPage(
            school: school, organisation: staff.organisation, people: people,
            places: try await places(for: staff, on: req.db), canInvite: canInvite
        ).response(for: req)
    }

    // MARK: Inviting

    struct InviteForm: Content {
        var name: String?
        var email: String?
        var role: String?
        var school: String?
    }

    /// The roles the person may give, and the schools to choose from (shown only to
    /// administrators; a leader's choice is always their own school).
    private static func choices(
        _ staff: StaffContext, on db: any Database, allows: (StaffRole, SchoolRef?) -> Bool
    ) async throws -> (roles: [StaffRole], schools: [School]) {
        let isAdmin = staff.actor.role == .organisationAdmin
        let schools =
            isAdmin
            ? try await Schools.all(in: staff.organisation.requireID(), on: db) : staff.school.map { [$0] } ?? []
        let roles = StaffRole.allCases.reversed().filter { role in
            let candidates: [SchoolRef?] = role == .organisationAdmin ? [nil] : schools.map(\.ref)
            return candidates.contains { allows(role, $0) }
        }
        return (Array(roles), isAdmin ? schools : [])
    }

    private static func inviteChoices(
        _ staff: StaffContext, on db: any Database
    ) async throws -> (
        roles: [StaffRole], schools: [School]
    ) {
        try await choices(staff, on: db) { AccessPolicy.allows(staff.actor, .inviteStaff(to: $1, role: $0)) }
    }

    static func inviteForm(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let choices = try await inviteChoices(staff, on: req.db)
        guard !choices.roles.isEmpty else { throw AppError.notFound }
        let requested = try req.query.decode(PlaceQuery.self).school
        var form = InviteStaffForm()
        if requested == SchoolFilter.administrators {
            form.role = StaffRole.organisationAdmin.rawValue
        } else {
            form.school = (requested ?? staff.user.$school.id)?.uuidString ?? ""
        }
        return InviteStaffPage(
            form: form, roles: choices.roles, schools: choices.schools,
            backTo: .staff(school: requested ?? staff.user.$school.id),
            lifetimeDays: req.lifetimeDays
        ).response(for: req)
    }

    static func invite(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let choices = try await inviteChoices(staff, on: req.db)
        guard !choices.roles.isEmpty else { throw AppError.notFound }
        let raw = try req.content.decode(InviteForm.self)
        let form = InviteStaffForm(
            name: TextInput.clean(raw.name), email: TextInput.clean(raw.email), role: TextInput.clean(raw.role),
            school: staff.actor.role == .organisationAdmin
                ? TextInput.clean(raw.school) : staff.user.$school.id?.uuidString ?? "")

        var errors = FieldErrors()
        StaffDirectory.validateName(form.name, field: "name", into: &errors)
        let email = EmailAddress(form.email)
        if form.email.isEmpty {
            errors.add("email", "Enter their email address")
        } else if email == nil {
            errors.add("email", "Enter an email address in the right format, like name@school.org")
        } else if let email, try await StaffDirectory.emailInUse(email, on: req.db) {
            errors.add("email", "Someone already has an account with this email address")
        }
        let role = StaffRole(rawValue: form.role).flatMap { choices.roles.contains($0) ? $0 : nil }
        if role == nil { errors.add("role", "Choose what they can do in Roundtable") }
        var school: School?
        if role != .organisationAdmin {
            school = choices.schools.first { $0.id?.uuidString == form.school } ?? staff.school
            if school == nil { errors.add("school", "Choose their school") }
        }
        if req.csrfFailed { errors.addExpiredForm() }

        guard errors.isEmpty, let role, let email else {
            return InviteStaffPage(
                form: form, errors: errors, roles: choices.roles, schools: choices.schools,
                backTo: .staff(school: school?.id), lifetimeDays: req.lifetimeDays
            ).response(for: req, status: .unprocessableEntity)
        }
        try req.require(.inviteStaff(to: school?.ref, role: role))
        let invitation = try await StaffDirectory.invite(
            name: form.name, email: email, role: role, schoolID: school?.id,
            organisationID: staff.organisation.requireID(),
            lifetime: req.roundtable.configuration.invitationLifetime, context: req.auditContext, on: req.db)
        return invitationReady(invitation, req: req)
    }

    private static func invitationReady(_ invitation: StaffDirectory.Invitation, req: Request) -> Response {
        let link =
            req.roundtable.configuration.publicURL.absoluteString + SiteRoute.welcome(token: invitation.token).path
        return InvitationReadyPage(
            person: invitation.user, link: link, expires: DateText.dateTime(invitation.expiresAt)
        )
        .response(for: req, status: .created)
    }

    // MARK: One person

    /// The person, if the viewer may see them; otherwise "not found".
    private static func target(_ req: Request, staff: StaffContext) async throws -> User {
        guard let id = req.parameters.get("staffID", as: UUID.self),
            let person = try await User.query(on: req.db)
                .filter(\.$id == id)
                .filter(\.$organisation.$id == staff.organisation.requireID())
                .first()
        else { throw AppError.notFound }
        try req.require(.viewStaff(person.ref))
        return person
    }

    private static func roleChoices(
        for person: User, staff: StaffContext, on db: any Database
    ) async throws -> (
        roles: [StaffRole], schools: [School]
    ) {
        try await choices(staff, on: db) {
            AccessPolicy.allows(staff.actor, .changeRole(of: person.ref, to: $0, school: $1))
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        return try await memberPage(person, staff: staff, req: req).response(for: req)
    }

    private static func memberPage(
        _ person: User, staff: StaffContext, req: Request, form: (role: String, school: String)? = nil,
        errors: FieldErrors = FieldErrors()
    ) async throws -> StaffMemberPage {
        let choices = try await roleChoices(for: person, staff: staff, on: req.db)
        let school = try await person.$school.id.asyncMap { try await School.find($0, on: req.db) } ?? nil
        let notice = req.query[String.self, at: "notice"].flatMap(SiteRoute.Notice.init(rawValue:))
        return StaffMemberPage(
            person: person, school: school, notice: notice, roles: choices.roles, schools: choices.schools,
            canSetActive: AccessPolicy.allows(staff.actor, .setActive(person.ref)),
            roleForm: form ?? (person.role.rawValue, person.$school.id?.uuidString ?? ""), errors: errors)
    }

    struct RoleForm: Content {
        var role: String?
        var school: String?
    }

    static func changeRole(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        let raw = try req.content.decode(RoleForm.self)
        let choices = try await roleChoices(for: person, staff: staff, on: req.db)
        guard !choices.roles.isEmpty else { throw AppError.notFound }
        let form = (role: TextInput.clean(raw.role), school: TextInput.clean(raw.school))

        var errors = FieldErrors()
        let role = StaffRole(rawValue: form.role).flatMap { choices.roles.contains($0) ? $0 : nil }
        if role == nil { errors.add("role", "Choose what they can do in Roundtable") }
        var school: School?
        if let role, role != .organisationAdmin {
            if staff.actor.role == .organisationAdmin {
                school = choices.schools.first { $0.id?.uuidString == form.school }
                if school == nil { errors.add("school", "Choose a school for a school leader or member of staff") }
            } else {
                school = staff.school
            }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let role else {
            return try await memberPage(person, staff: staff, req: req, form: form, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        try req.require(.changeRole(of: person.ref, to: role, school: school?.ref))
        let names = Dictionary(uniqueKeysWithValues: choices.schools.compactMap { s in s.id.map { ($0, s.name) } })
            .merging(staff.school.flatMap { s in s.id.map { [$0: s.name] } } ?? [:]) { a, _ in a }
        try await StaffDirectory.changeRole(
            of: person, to: role, schoolID: school?.id, schoolNames: names, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.staffMember(person.id!, notice: .roleChanged).path, redirectType: .normal)
    }

    struct ActiveForm: Content {
        var active: String?
    }

    static func setActive(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        try req.require(.setActive(person.ref))
        let active = try req.content.decode(ActiveForm.self).active == "true"
        try await StaffDirectory.setActive(active, user: person, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.staffMember(person.id!, notice: active ? .reactivated : .deactivated).path,
            redirectType: .normal)
    }

    static func resendInvitation(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        try req.require(.setActive(person.ref))
        guard person.isPending, person.isActive else { throw AppError.notFound }
        let invitation = try await StaffDirectory.reissueLink(
            for: person, lifetime: req.roundtable.configuration.invitationLifetime, context: req.auditContext,
            on: req.db)
        return invitationReady(invitation, req: req)
    }
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Request {
    fileprivate var lifetimeDays: Int { Int(roundtable.configuration.invitationLifetime / 86400) }
}
