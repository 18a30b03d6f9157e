import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StaffListPage {
    /// The list `requested` (a school, the administrators' marker, or `nil` for the viewer's own
    /// school, else the organisation's first). Throws "not found" for a place outside the
    /// organisation or one the viewer may not list. Administrators: one query for the schools
    /// and one for the people; everyone else only the people (their school came with the session).
    static func read(for staff: StaffContext, requested: UUID?, on db: any SQLDatabase) async throws -> StaffListPage {
        let organisationID = try staff.organisation.requireID()
        let isAdmin = staff.actor.role.spansSchools
        let schools = isAdmin ? try await SchoolRow.all(in: organisationID, on: db) : []
        let own = try staff.school.map(SchoolRow.init)
        var school: SchoolRow?
        if requested == SchoolFilter.administrators {
            guard AccessPolicy.allows(staff.actor, .listAdministrators(organisationID: organisationID)) else {
                throw AppError.notFound
            }
        } else {
            guard let id = requested ?? staff.user.$school.id ?? schools.first?.id else { throw AppError.notFound }
            if let own, own.id == id {
                school = own
            } else if isAdmin {
                school = schools.first { $0.id == id }
            } else {
                school = try await SchoolRow.find(id, in: organisationID, on: db)
            }
            guard let school, AccessPolicy.allows(staff.actor, .listStaff(school.ref)) else { throw AppError.notFound }
        }
        let places: [NamedSchool] =
            isAdmin
            ? schools.map(NamedSchool.init)
                + [NamedSchool(id: SchoolFilter.administratorsID, name: "Organisation administrators")]
            : own.map { [NamedSchool($0)] } ?? []
        let people = try await StaffRows.people(organisationID: organisationID, schoolID: school?.id, on: db)
        return StaffListPage(
            school: school.map(NamedSchool.init),
            people: people.map {
                Person(
                    id: StaffID($0.id), name: $0.name, email: $0.email, role: $0.role, job: $0.jobRole,
                    account: $0.account)
            },
            places: places,
            canInvite: AccessPolicy.allows(
                staff.actor, .inviteStaff(to: school?.ref, role: school == nil ? .organisationAdmin : .staff)),
            canManageSettings: school.map { AccessPolicy.allows(staff.actor, .manageSchoolSettings($0.ref)) } ?? false,
            canManageTokens: AccessPolicy.allows(staff.actor, .manageAPITokens(organisationID: organisationID)))
    }
}

/// Staff accounts as the administration pages show them, read with SQL (never the password hash,
/// only whether there is one).
enum StaffRows {
    struct Person: Decodable, Sendable {
        var id: UUID
        var name: String
        var email: String
        var role: StaffRole
        var jobRole: JobRole
        var isActive: Bool
        var isPending: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, email, role
            case jobRole = "job_role"
            case isActive = "is_active"
            case isPending = "is_pending"
        }

        var account: AccountStatus { AccountStatus(isActive: isActive, isPending: isPending) }
    }

    /// The people of one school, or (`schoolID` nil) the organisation's administrators, by name.
    static func people(organisationID: UUID, schoolID: UUID?, on db: any SQLDatabase) async throws -> [Person] {
        let place: SQLQueryString =
            schoolID.map { "\(ident: "school_id") = \(bind: $0)" } ?? "\(ident: "school_id") IS NULL"
        return try await db.raw(
            """
            SELECT \(ident: "id"), \(ident: "name"), \(ident: "email"), \(ident: "role"), \(ident: "job_role"),
                \(ident: "is_active"), \(ident: "password_hash") IS NULL AS \(ident: "is_pending")
            FROM \(ident: User.schema)
            WHERE \(ident: "organisation_id") = \(bind: organisationID) AND \(place)
            ORDER BY \(ident: "name")
            """
        ).all(decoding: Person.self)
    }
}
