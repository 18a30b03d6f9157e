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

    private static func context(_ req: Request) async throws -> (StaffContext, [APIToken], [User]) {
        let staff = try req.requireStaff()
        let organisationID = try staff.organisation.requireID()
        try req.require(.manageAPITokens(organisationID: organisationID))
        let tokens = try await APITokens.all(in: organisationID, on: req.db)
        let people = try await User.query(on: req.db)
            .filter(\.$organisation.$id == organisationID).filter(\.$isActive == true).sort(\.$name).all()
        return (staff, tokens, people)
    }

    static func list(_ req: Request) async throws -> Response {
        let (_, tokens, people) = try await context(req)
        let notice = req.notice
        return APITokensPage(
            tokens: tokens, people: people, form: (name: "", owner: ""), notice: notice
        ).response(for: req)
    }

    static func create(_ req: Request) async throws -> Response {
        let (_, tokens, people) = try await context(req)
        let raw = try req.reshowableFields(Form.self)
        let form = (name: TextInput.clean(raw.name), owner: TextInput.clean(raw.owner))
        var errors = FieldErrors()
        if form.name.isEmpty {
            errors.add("name", "Enter a name that says what the token is for, like “Timetable sync”")
        } else if form.name.count > 100 {
            errors.add("name", "Use 100 characters or fewer")
        }
        let owner = people.first { $0.id?.uuidString == form.owner }
        if owner == nil { errors.add("owner", "Choose whose access the token has") }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let owner else {
            return APITokensPage(tokens: tokens, people: people, form: form, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        let (secret, token) = try await APITokens.create(
            name: form.name, owner: owner, context: req.auditContext, on: req.db)
        return APITokenReadyPage(token: token, owner: owner, secret: secret).response(for: req, status: .created)
    }

    static func revoke(_ req: Request) async throws -> Response {
        let (_, tokens, _) = try await context(req)
        guard let id = req.parameters.get("tokenID", as: UUID.self), let token = tokens.first(where: { $0.id == id })
        else { throw AppError.notFound }
        try await APITokens.revoke(token, ownerName: token.user.name, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.apiTokens(notice: .tokenRevoked).path, redirectType: .normal)
    }
}
