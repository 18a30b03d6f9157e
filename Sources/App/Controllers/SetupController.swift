import RoundtableCore
import RoundtableViews
import Vapor

enum SetupController {
    struct Form: Content {
        var organisation_name: String?
        var school_name: String?
        var admin_name: String?
        var admin_email: String?
        var password: String?
        var setup_code: String?

        var input: FirstRunSetup.Input {
            .init(
                organisationName: TextInput.clean(organisation_name), schoolName: TextInput.clean(school_name),
                adminName: TextInput.clean(admin_name), adminEmail: TextInput.clean(admin_email),
                password: password ?? "", setupCode: TextInput.clean(setup_code))
        }
    }

    static func show(_ req: Request) async throws -> Response {
        guard try await !FirstRunSetup.isDone(on: req.db) else { throw AppError.notFound }
        return SetupPage(needsCode: req.roundtable.setupCode != nil).response(for: req)
    }

    static func submit(_ req: Request) async throws -> Response {
        guard try await !FirstRunSetup.isDone(on: req.db) else { throw AppError.notFound }
        let input = try req.reshowableFields(Form.self).input
        let code = req.roundtable.setupCode
        var errors = FirstRunSetup.validate(input, requiredCode: code)
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            return SetupPage(input: SetupPage.Values(input), errors: errors, needsCode: code != nil)
                .response(for: req, status: .unprocessableEntity)
        }
        do {
            _ = try await FirstRunSetup.perform(
                input, passwords: req.roundtable.passwords, pool: req.application.threadPool,
                context: req.auditContext, on: req.db, now: req.roundtable.now)
        } catch FirstRunSetup.Failure.alreadyDone {
            throw AppError.notFound
        }
        req.roundtable.markInstalled()
        req.logger.notice("First-run setup completed")
        return req.redirect(to: SiteRoute.signIn(notice: .setupComplete).path, redirectType: .normal)
    }
}

extension SetupPage.Values {
    /// What was typed, without the password.
    init(_ input: FirstRunSetup.Input) {
        self.init(
            organisationName: input.organisationName, schoolName: input.schoolName, adminName: input.adminName,
            adminEmail: input.adminEmail, setupCode: input.setupCode)
    }
}
