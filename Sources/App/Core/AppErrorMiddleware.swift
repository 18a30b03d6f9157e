import RoundtableViews
import Vapor

/// The one place errors become responses: a page for people, JSON under `/api`.
/// Anything unexpected is logged with the request id and shown only as that id.
struct AppErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return await response(for: error, request: request)
        }
    }

    func response(for error: any Error, request: Request) async -> Response {
        let appError = classify(error, request: request)
        let isAPI = request.url.path.hasPrefix("/api/")

        if case .signInRequired(let returnTo, let ended) = appError, !isAPI {
            let next = returnTo.flatMap { SiteRoute.isSafeReturnPath($0) && $0 != "/" ? $0 : nil }
            return request.redirect(
                to: SiteRoute.signIn(next: next, notice: ended.map { $0 == .timedOut ? .sessionEnded : .signInAgain })
                    .path, redirectType: .normal)
        }

        let response: Response
        if isAPI {
            response = Response(status: appError.status)
            var fieldErrors: [APIProblem.FieldProblem]?
            if case .invalid(let errors) = appError {
                fieldErrors = errors.items.map { .init(field: $0.field, message: $0.message) }
            }
            let body = APIProblem(
                type: "about:blank", title: appError.apiTitle, status: Int(appError.status.code),
                detail: appError.apiMessage, code: appError.code, requestId: request.id, errors: fieldErrors)
            try? response.content.encode(body, as: .json)
            response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
        } else {
            let reference: String? = if case .unexpected = appError { request.id } else { nil }
            response = ErrorPage(title: appError.title, message: appError.message, reference: reference)
                .response(for: request, status: appError.status)
        }
        if isAPI, case .signInRequired = appError {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: #"Bearer realm="Roundtable""#)
        }
        if isAPI, case .notFound = appError {
            let allowed = Self.methods(answering: request)
            if !allowed.isEmpty {
                response.status = .methodNotAllowed
                response.headers.replaceOrAdd(name: .allow, value: allowed.map(\.rawValue).joined(separator: ", "))
                let body = APIProblem(
                    type: "about:blank", title: AppError.methodNotAllowed(allowed: allowed).title, status: 405,
                    detail: AppError.methodNotAllowed(allowed: allowed).message, code: "method_not_allowed",
                    requestId: request.id, errors: nil)
                try? response.content.encode(body, as: .json)
                response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
            }
        }
        if case .tooManyRequests(let wait) = appError {
            response.headers.replaceOrAdd(name: .retryAfter, value: String(Int(wait.rounded(.up))))
        }
        return response
    }

    private func classify(_ error: any Error, request: Request) -> AppError {
        switch error {
        case let error as AppError:
            return error
        case let abort as any AbortError where abort.status == .notFound:
            return .notFound
        case let abort as any AbortError where (400..<500).contains(abort.status.code):
            request.logger.notice("Refused request: \(abort.status.code) \(abort.reason)")
            return .badRequest("Something in the request was not right. Go back and try again.")
        case is DecodingError:
            return .badRequest("Something in the request was not right. Go back and try again.")
        default:
            request.logger.report(error: error)
            request.logger.error("Unexpected error; shown to the person as reference \(request.id)")
            return .unexpected
        }
    }
}

/// An error under `/api`, as `application/problem+json` (RFC 9457), with our own stable
/// `code` and the `requestId` to quote to support.
struct APIProblem: Content {
    struct FieldProblem: Content {
        var field: String
        var message: String
    }

    var type: String
    var title: String
    var status: Int
    var detail: String
    var code: String
    var requestId: String
    /// Present for `invalid`: one entry per field, in the order the fields are checked.
    var errors: [FieldProblem]?
}

extension AppErrorMiddleware {
    /// The methods registered for this request's path, when its own method is not one of
    /// them: the difference between "no such thing" (404) and "not like that" (405).
    static func methods(answering request: Request) -> [HTTPMethod] {
        let parts = request.url.path.split(separator: "/").map(String.init)
        var methods: [HTTPMethod] = []
        for route in request.application.routes.all where route.path.count == parts.count {
            let matches = zip(route.path, parts).allSatisfy { component, part in
                switch component {
                case .constant(let value): value == part
                case .parameter: true
                default: false
                }
            }
            guard matches else { continue }
            // The handler itself said "not found" (an unknown id): that stays a 404.
            if route.method == request.method { return [] }
            if !methods.contains(route.method) { methods.append(route.method) }
        }
        return methods
    }
}
