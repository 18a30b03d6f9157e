import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Staff accounts of a school: the list, invitations, roles, switching accounts off.
enum StaffController {
    struct PlaceQuery: Content {
        var school: UUID?
    }

    /// Which list to show: one school, or (`nil`) the organisation's administrators.
    static func place(_ req: Request, staff: StaffContext) async throws -> School? {
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

    static func places(for staff: StaffContext, on db: any Database) async throws -> [(id: UUID?, name: String)] {
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
}

extension Optional {
    func asyncMap<U>(_ transform: (Wrapped) async throws -> U) async rethrows -> U? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

extension Request {
    var invitationLifetimeDays: Int { Int(roundtable.configuration.invitationLifetime / 86400) }
}
