import RoundtableCore
import RoundtableViews
import Vapor

/// The one-time link a new member of staff follows to choose their password.
enum WelcomeController {
    struct Form: Content {
        var password: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let token = req.parameters.token ?? ""
        guard
            let (_, user) = try await StaffDirectory.usableInvitation(token: token, on: req.db, now: req.roundtable.now)
        else {
            return LinkNotValidPage().response(for: req, status: .notFound)
        }
        let organisation = try await Organisation.find(user.$organisation.id, on: req.db)
        return SetPasswordPage(token: token, person: user, organisationName: organisation?.name ?? "")
            .response(for: req)
    }

    static func submit(_ req: Request) async throws -> Response {
        let token = req.parameters.token ?? ""
        guard
            let (invitation, user) = try await StaffDirectory.usableInvitation(
                token: token, on: req.db, now: req.roundtable.now)
        else {
            return LinkNotValidPage().response(for: req, status: .notFound)
        }
        let organisation = try await Organisation.find(user.$organisation.id, on: req.db)
        let school = try await user.$school.get(on: req.db)
        let password = try req.reshowableFields(Form.self).password ?? ""
        var errors = FieldErrors()
        let personal = PasswordPolicy.Personal(
            names: [user.name], emails: [user.email],
            organisations: [organisation?.name, school?.name].compactMap { $0 })
        if let problem = PasswordPolicy.check(password, personal: personal) {
            errors.add("password", problem.message)
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            return SetPasswordPage(
                token: token, person: user, organisationName: organisation?.name ?? "", errors: errors
            )
            .response(for: req, status: .unprocessableEntity)
        }
        do {
            try await StaffDirectory.acceptInvitation(
                invitation, user: user, password: password, passwords: req.roundtable.passwords,
                pool: req.application.threadPool, context: req.auditContext, on: req.db, now: req.roundtable.now)
        } catch AppError.notFound {
            return LinkNotValidPage().response(for: req, status: .notFound)
        }
        guard
            let session = try await Authentication.signInWithNewPassword(
                user, context: req.auditContext, on: req.db, now: req.roundtable.now)
        else { return req.redirect(to: SiteRoute.signIn(notice: .passwordSet).path, redirectType: .normal) }
        if let old = req.cookies[StaffSessionMiddleware.cookieName]?.string {
            try await Authentication.endSession(token: old, on: req.db)
        }
        let response = req.redirect(to: SiteRoute.home.path, redirectType: .normal)
        response.cookies[StaffSessionMiddleware.cookieName] = .session(
            session, secure: req.roundtable.configuration.secureCookies)
        return response
    }
}

extension SetPasswordPage {
    init(token: String, person: User, organisationName: String, errors: FieldErrors = FieldErrors()) {
        self.init(
            token: token, personName: person.name, email: person.email, isReset: !person.isPending,
            organisationName: organisationName, errors: errors)
    }
}
