import RoundtableCore
import RoundtableViews
import Vapor

/// The errors the application itself raises. Anything else that reaches the error
/// middleware is unexpected, is logged with the request id, and shows a generic page.
enum AppError: Error, Sendable {
    /// Also what a person gets for something beyond their reach: we never confirm it exists.
    case notFound
    case badRequest(String)
    /// Refused by a rule the person should know about (a contact restriction), said plainly.
    case refused(String)
    /// API input that fails the same checks as the web forms, field by field.
    case invalid(FieldErrors)
    /// Under `/api`: the address exists, but not with this method.
    case methodNotAllowed(allowed: [HTTPMethod])
    /// A form arrived without the hidden token that proves it came from our own page.
    case formExpired
    case tooManyRequests(retryAfter: TimeInterval)
    /// Not signed in (or the session ended); people are sent to the sign-in page.
    case signInRequired(returnTo: String?, sessionEnded: SessionEnd?)
    case databaseUnavailable
    /// A fault of ours; the details are in the log under the request id.
    case unexpected

    var status: HTTPResponseStatus {
        switch self {
        case .notFound: .notFound
        case .badRequest: .badRequest
        case .refused: .conflict
        case .invalid: .unprocessableEntity
        case .methodNotAllowed: .methodNotAllowed
        case .formExpired: .forbidden
        case .tooManyRequests: .tooManyRequests
        case .signInRequired: .unauthorized
        case .databaseUnavailable: .serviceUnavailable
        case .unexpected: .internalServerError
        }
    }

    /// A stable identifier for API clients.
    var code: String {
        switch self {
        case .notFound: "not_found"
        case .badRequest: "bad_request"
        case .refused: "refused"
        case .invalid: "invalid"
        case .methodNotAllowed: "method_not_allowed"
        case .formExpired: "form_expired"
        case .tooManyRequests: "too_many_requests"
        case .signInRequired: "sign_in_required"
        case .databaseUnavailable: "unavailable"
        case .unexpected: "unexpected"
        }
    }

    var title: String {
        switch self {
        case .notFound: "Page not found"
        case .badRequest: "Something in the request was not right"
        case .refused: "Roundtable cannot do that"
        case .invalid: "Some values need changing"
        case .methodNotAllowed: "Method not allowed"
        case .formExpired: "Please try that again"
        case .tooManyRequests: "Please wait a moment"
        case .signInRequired: "Please sign in"
        case .databaseUnavailable: "Roundtable is not available just now"
        case .unexpected: "Sorry, something went wrong on our side"
        }
    }

    var message: String {
        switch self {
        case .notFound:
            "If you typed the address, check it is correct. If you followed a link, it may be out of date, or it may lead somewhere your account cannot open."
        case .badRequest(let detail), .refused(let detail):
            detail
        case .invalid:
            "Each entry in `errors` names a field and says how to put it right."
        case .methodNotAllowed(let allowed):
            "This address answers \(allowed.map(\.rawValue).joined(separator: ", ")) only."
        case .formExpired:
            "For your safety, forms only work for a while after the page was opened. Go back, reload the page, and send it again."
        case .tooManyRequests(let wait):
            "There have been too many attempts. Try again in \(SignInThrottle.describe(wait))."
        case .signInRequired(let returnTo, _) where returnTo?.hasPrefix("/api/") == true:
            "Send a personal API token as `Authorization: Bearer rt_…`. An administrator makes tokens on the API tokens page."
        case .signInRequired:
            "Sign in to continue."
        case .databaseUnavailable:
            "Please try again in a few minutes."
        case .unexpected:
            "Nothing you did caused this. Please try again. If it keeps happening, tell your school's Roundtable administrator and give them the reference below."
        }
    }
}

extension AppError {
    /// Programs read API errors, and developers read them in logs: the same facts as the
    /// page, in words that fit a client rather than a browser.
    var apiTitle: String {
        switch self {
        case .notFound: "Not found"
        case .signInRequired: "Token required"
        default: title
        }
    }

    var apiMessage: String {
        switch self {
        case .notFound:
            "Nothing answers at this address, or the token's owner may not see it. Check the id and the path."
        case .signInRequired:
            "Send a personal API token as `Authorization: Bearer rt_…`. An administrator makes tokens on the API tokens page."
        case .unexpected:
            "Something failed on the server. Quote requestId when reporting it."
        default: message
        }
    }
}
