import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Administrators make and revoke personal API tokens for people in their organisation.
enum APITokensController {
    struct Form: Content {
        var name: String?
        var owner: String?
    }

    private static func organisation(_ req: Request) throws -> UUID {
        let staff = try req.requireStaff()
        let organisationID = try staff.organisation.requireID()
        try req.require(.manageAPITokens(organisationID: organisationID))
        return organisationID
    }

    static func list(_ req: Request) async throws -> Response {
        var page = try await APITokensPage.read(organisationID: organisation(req), on: req.sql)
        page.notice = req.notice
        return page.response(for: req)
    }

    static func create(_ req: Request) async throws -> Response {
        let organisationID = try organisation(req)
        var page = try await APITokensPage.read(organisationID: organisationID, on: req.sql)
        let raw = try req.reshowableFields(Form.self)
        let form = APITokensPage.Form(name: TextInput.clean(raw.name), owner: TextInput.clean(raw.owner))
        var errors = FieldErrors()
        if form.name.isEmpty {
            errors.add("name", "Enter a name that says what the token is for, like “Timetable sync”")
        } else if form.name.count > 100 {
            errors.add("name", "Use 100 characters or fewer")
        }
        let ownerID = page.people.first { $0.id.rawValue.uuidString == form.owner }?.id.rawValue
        if ownerID == nil { errors.add("owner", "Choose whose access the token has") }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let ownerID, let owner = try await User.find(ownerID, on: req.db) else {
            page.form = form
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let (secret, token) = try await APITokens.create(
            name: form.name, owner: owner, context: req.auditContext, on: req.db)
        return APITokenReadyPage(name: token.name, ownerName: owner.name, secret: secret)
            .response(for: req, status: .created)
    }

    static func revoke(_ req: Request) async throws -> Response {
        let organisationID = try organisation(req)
        let id = try req.parameters.require(APITokenID.self).rawValue
        guard
            let token = try await APIToken.query(on: req.db)
                .join(User.self, on: \APIToken.$user.$id == \User.$id)
                .filter(User.self, \.$organisation.$id == organisationID)
                .filter(\.$id == id)
                .with(\.$user)
                .first()
        else { throw AppError.notFound }
        try await APITokens.revoke(token, ownerName: token.user.name, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.apiTokens(notice: .tokenRevoked).path, redirectType: .normal)
    }
}
