import RoundtableCore
import RoundtableViews
import Vapor

enum SignInController {
    struct Query: Content {
        var next: String?
        var notice: String?
    }

    struct Form: Content {
        var email: String?
        var password: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let query = try req.query.decode(Query.self)
        let next = query.next.flatMap { SiteRoute.isSafeReturnPath($0) ? $0 : nil }
        if req.staff != nil { return req.redirect(to: next ?? SiteRoute.home.path, redirectType: .normal) }
        let notice = query.notice.flatMap(SiteRoute.Notice.init(rawValue:))
        return SignInPage(next: next, notice: notice).response(for: req)
    }

    static func submit(_ req: Request) async throws -> Response {
        let query = try req.query.decode(Query.self)
        let next = query.next.flatMap { SiteRoute.isSafeReturnPath($0) ? $0 : nil }
        let form = try req.reshowableFields(Form.self)
        let email = TextInput.clean(form.email)
        let password = form.password ?? ""
        var errors = FieldErrors()
        if email.isEmpty { errors.add("email", "Enter your email address") }
        if password.isEmpty { errors.add("password", "Enter your password") }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty else {
            return SignInPage(email: email, next: next, errors: errors).response(for: req, status: .unprocessableEntity)
        }

        let result = try await Authentication.signIn(
            email: email, password: password, context: req.auditContext, passwords: req.roundtable.passwords,
            decoyHash: req.roundtable.decoyPasswordHash, pool: req.application.threadPool, on: req.db,
            knownBrowser: { user in
                try await Authentication.isKnownBrowser(
                    token: req.cookies[KnownBrowser.cookieName]?.string, user: user, on: req.db, now: req.roundtable.now
                )
            }, now: req.roundtable.now)
        switch result {
        case .signedIn(let user, let token, _):
            // A new session for a new sign-in: whatever session id the browser had before is dropped.
            if let old = req.cookies[StaffSessionMiddleware.cookieName]?.string {
                try await Authentication.endSession(token: old, on: req.db)
            }
            let response = req.redirect(to: next ?? SiteRoute.home.path, redirectType: .normal)
            response.cookies[StaffSessionMiddleware.cookieName] = .session(
                token, secure: req.roundtable.configuration.secureCookies)
            // Only the sign-in form reads it, so it goes nowhere else.
            let known = try await Authentication.rememberBrowser(
                token: req.cookies[KnownBrowser.cookieName]?.string, user: user, on: req.db, now: req.roundtable.now)
            response.cookies[KnownBrowser.cookieName] = HTTPCookies.Value(
                string: known, expires: req.roundtable.now.addingTimeInterval(KnownBrowser.lifetime), path: "/sign-in",
                isSecure: req.roundtable.configuration.secureCookies, isHTTPOnly: true, sameSite: .lax)
            return response
        case .rejected(let wait):
            var message = "The email address or password is not right. Check them and try again."
            if let wait {
                message += " For your safety, you can try again in \(SignInThrottle.describe(wait))."
            }
            errors.add("email", message)
            return SignInPage(email: email, next: next, errors: errors).response(for: req, status: .unprocessableEntity)
        case .switchedOff:
            errors.add(
                "email",
                "Your account is switched off, so you cannot sign in. If you think this is a mistake, ask your school's Roundtable administrator."
            )
            return SignInPage(email: email, next: next, errors: errors).response(for: req, status: .forbidden)
        case .throttled(let wait):
            errors.add(
                "email",
                "There have been too many attempts to sign in. For your safety, wait \(SignInThrottle.describe(wait)) and try again."
            )
            let response = SignInPage(email: email, next: next, errors: errors)
                .response(for: req, status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
            return response
        }
    }

    static func signOut(_ req: Request) async throws -> Response {
        if let token = req.cookies[StaffSessionMiddleware.cookieName]?.string {
            if req.staff != nil {
                try await AuditLog.record(
                    .signedOut, on: req.db, context: req.auditContext, subjectType: "user",
                    subjectID: req.staff?.user.id)
            }
            try await Authentication.endSession(token: token, on: req.db)
        }
        let response = req.redirect(to: SiteRoute.signIn(notice: .signedOut).path, redirectType: .normal)
        response.cookies[StaffSessionMiddleware.cookieName] = .expired
        return response
    }
}
