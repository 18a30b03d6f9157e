import RoundtableCore
import RoundtableViews
import Vapor

enum SchoolsController {
    struct Form: Content {
        var name: String?
    }

    static func list(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let organisationID = try staff.organisation.requireID()
        try req.require(.manageSchools(organisationID: organisationID))
        var page = try await SchoolsPage.read(for: staff, on: req.sql)
        page.notice = req.notice
        return page.response(for: req)
    }

    static func add(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let organisationID = try staff.organisation.requireID()
        try req.require(.manageSchools(organisationID: organisationID))
        let name = TextInput.clean(try req.reshowableFields(Form.self).name)
        var errors = FieldErrors()
        if name.isEmpty {
            errors.add("name", "Enter the school's name")
        } else if name.count > 200 {
            errors.add("name", "Use 200 characters or fewer")
        } else if try await Schools.nameTaken(name, in: organisationID, on: req.db) {
            errors.add("name", "There is already a school with this name")
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            var page = try await SchoolsPage.read(for: staff, on: req.sql)
            page.name = name
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        _ = try await Schools.add(name: name, organisationID: organisationID, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.schools(notice: .schoolAdded).path, redirectType: .normal)
    }
}
