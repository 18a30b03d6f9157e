import RoundtableCore
import Vapor

extension Request {
    private struct SchoolQuery: Content {
        var school: UUID?
    }

    /// The school a settings page is about: `?school=` within the person's organisation, else
    /// their own school, else the organisation's first; "not found" unless `permission` allows
    /// it (Core decides). A leader's own school came with the session: no query.
    func settingsSchool(requiring permission: (SchoolRef) -> Permission) async throws -> School {
        let staff = try requireStaff()
        let organisationID = try staff.organisation.requireID()
        let requested = try query.decode(SchoolQuery.self).school
        let school: School?
        if let own = staff.school, requested == nil || requested == own.id {
            school = own
        } else if let id = requested {
            school = try await Schools.find(id, in: organisationID, on: db)
        } else {
            school = try await Schools.all(in: organisationID, on: db).first
        }
        guard let school else { throw AppError.notFound }
        try require(permission(school.ref))
        return school
    }
}
