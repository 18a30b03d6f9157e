import Fluent
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// One person's page: their role, and switching their account off or on.
extension StaffController {
    /// The person, if the viewer may see them; otherwise "not found".
    static func target(_ req: Request, staff: StaffContext) async throws -> User {
        let id = try req.parameters.require(StaffID.self).rawValue
        guard
            let person = try await User.query(on: req.db)
                .filter(\.$id == id)
                .filter(\.$organisation.$id == staff.organisation.requireID())
                .first()
        else { throw AppError.notFound }
        try req.require(.viewStaff(person.ref))
        return person
    }

    static func roleChoices(
        for person: User, staff: StaffContext, on db: any SQLDatabase
    ) async throws -> (
        roles: [StaffRole], schools: [SchoolRow]
    ) {
        try await choices(staff, on: db) {
            AccessPolicy.allows(staff.actor, .changeRole(of: person.ref, to: $0, school: $1))
        }
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        return try await StaffMemberPage.read(person, for: staff, notice: req.notice, on: req.sql).response(for: req)
    }

    struct RoleForm: Content {
        var role: String?
        var school: String?
    }

    static func changeRole(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        let raw = try req.reshowableFields(RoleForm.self)
        let choices = try await roleChoices(for: person, staff: staff, on: req.sql)
        guard !choices.roles.isEmpty else { throw AppError.notFound }
        let form = (role: TextInput.clean(raw.role), school: TextInput.clean(raw.school))

        var errors = FieldErrors()
        let role = StaffRole(rawValue: form.role).flatMap { choices.roles.contains($0) ? $0 : nil }
        if role == nil { errors.add("role", "Choose what they can do in Roundtable") }
        var school: SchoolRow?
        if let role, !role.belongsToNoSchool {
            if staff.actor.role.spansSchools {
                school = choices.schools.first { $0.id.uuidString == form.school }
                if school == nil {
                    errors.add("school", "Choose a school for a school leader, member of staff or governor")
                }
            } else {
                school = try staff.school.map(SchoolRow.init)
            }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let role else {
            return try await StaffMemberPage.read(
                person, for: staff, roleForm: .init(role: form.role, school: form.school), errors: errors, on: req.sql
            ).response(for: req, status: .unprocessableEntity)
        }
        try req.require(.changeRole(of: person.ref, to: role, school: school?.ref))
        let names = Dictionary(uniqueKeysWithValues: choices.schools.map { ($0.id, $0.name) })
            .merging(staff.school.flatMap { s in s.id.map { [$0: s.name] } } ?? [:]) { a, _ in a }
        let changed = try await StaffDirectory.changeRole(
            of: person, to: role, schoolID: school?.id, schoolNames: names, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.staffMember(StaffID(person.id!), .show(notice: changed ? .roleChanged : nil)).path,
            redirectType: .normal)
    }

    struct ActiveForm: Content {
        var active: String?
    }

    static func setActive(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        try req.require(.setActive(person.ref))
        let active = try req.formFields(ActiveForm.self).active == "true"
        try await StaffDirectory.setActive(active, user: person, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.staffMember(StaffID(person.id!), .show(notice: active ? .reactivated : .deactivated)).path,
            redirectType: .normal)
    }
}

extension StaffController {
    struct JobForm: Content {
        var job: String?
        var years: String?
    }

    static func changeJob(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let person = try await target(req, staff: staff)
        try req.require(.changeJob(of: person.ref))
        let raw = try req.reshowableFields(JobForm.self)
        var errors = FieldErrors()
        let job = JobRole(rawValue: raw.job ?? "")
        if job == nil { errors.add("job", "Choose what they do") }
        let years = YearGroups.parse(raw.years ?? "")
        if job == .headOfYear && years == nil {
            errors.add("years", "Enter year groups as numbers, like 7, 8 or 9-11")
        } else if job == .headOfYear && years?.isEmpty == true {
            errors.add("years", "Enter the year groups they lead, like 7, 8")
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let job else {
            return try await StaffMemberPage.read(
                person, for: staff, jobForm: .init(job: raw.job ?? "", years: raw.years ?? ""), errors: errors,
                on: req.sql
            ).response(for: req, status: .unprocessableEntity)
        }
        let changed = try await StaffDirectory.changeJob(
            of: person, to: job, yearGroups: years ?? [], context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.staffMember(StaffID(person.id!), .show(notice: changed ? .jobChanged : nil)).path,
            redirectType: .normal)
    }
}
