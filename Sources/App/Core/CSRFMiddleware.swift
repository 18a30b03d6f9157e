import RoundtableCore
import RoundtableViews
import Vapor

/// Every form that changes something carries a hidden token that only our own pages know,
/// so another site cannot make a signed-in browser submit it.
///
/// Signed-in people use their session's token. Before signing in (setup, sign-in, choosing a
/// password) the token lives in a cookie of its own and is checked against the form.
struct CSRFMiddleware: AsyncMiddleware {
    static let fieldName = RenderContext.csrfFieldName
    static let cookieName = "rt_csrf"

    enum OnFailure {
        /// Show a page explaining what happened.
        case reject
        /// Let the handler show the form again with what the person typed.
        case redisplay
    }

    var onFailure: OnFailure
    /// The largest form accepted. The whole body is read here, before the token is looked
    /// for: a form of more than a few hundred bytes arrives in pieces, and reading only the
    /// first piece would miss the token and call a perfectly good form "expired".
    var maxBodySize = 64 * 1024

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if [.POST, .PUT, .PATCH, .DELETE].contains(request.method) {
            do {
                _ = try await request.body.collect(max: maxBodySize).get()
            } catch {
                throw AppError.badRequest("The form is too large to send. Make long texts shorter, or split the work.")
            }
            let sent = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
            let expected = request.staff?.session?.csrfToken ?? request.cookies[Self.cookieName]?.string ?? ""
            if expected.isEmpty || !Secrets.constantTimeEquals(sent, expected) {
                guard onFailure == .redisplay else { throw AppError.formExpired }
                request.csrfFailed = true
            }
        }
        let response = try await next.respond(to: request)
        if let fresh = request.freshCSRFCookie {
            response.cookies[Self.cookieName] = HTTPCookies.Value(
                string: fresh, path: "/", isSecure: request.roundtable.configuration.secureCookies,
                isHTTPOnly: true, sameSite: .strict)
        }
        return response
    }
}

extension Request {
    private struct FailedKey: StorageKey { typealias Value = Bool }
    private struct FreshKey: StorageKey { typealias Value = String }

    /// The form's token did not match; the handler must not act on the form.
    var csrfFailed: Bool {
        get { storage[FailedKey.self] ?? false }
        set { storage[FailedKey.self] = newValue }
    }

    fileprivate var freshCSRFCookie: String? { storage[FreshKey.self] }

    /// The token to put in this page's forms.
    var csrfToken: String {
        if let token = staff?.session?.csrfToken { return token }
        if !csrfFailed, let existing = cookies[CSRFMiddleware.cookieName]?.string, !existing.isEmpty {
            return existing
        }
        if let fresh = storage[FreshKey.self] { return fresh }
        let fresh = Secrets.randomToken()
        storage[FreshKey.self] = fresh
        return fresh
    }
}

extension FieldErrors {
    mutating func addExpiredForm() {
        add(Self.expiredField, "For your safety, this form had expired. Check your answers and send it again.")
    }
}

extension Request {
    /// A form's fields, only when its token matched. Handlers read forms through this (or
    /// through `reshowableFields`, below), never `content.decode`: a handler that forgets the
    /// token check cannot act on a forged form, because it never gets the fields.
    func formFields<T: Decodable>(_ type: T.Type) throws -> T {
        if csrfFailed { throw AppError.formExpired }
        return try content.decode(type)
    }

    /// A form's fields to show again when its token did not match, for a handler that says so
    /// explicitly: it re-shows the form with what the person typed and `csrfFailed` decides
    /// that nothing is saved.
    func reshowableFields<T: Decodable>(_ type: T.Type) throws -> T {
        try content.decode(type)
    }
}
