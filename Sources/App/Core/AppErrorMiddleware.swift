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
            let body = APIProblem(
                type: "about:blank", title: appError.title, status: Int(appError.status.code),
                detail: appError.message, code: appError.code, requestId: request.id)
            try? response.content.encode(body, as: .json)
            response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
        } else {
            response = ErrorPage(error: appError, requestID: request.id).response(for: request, status: appError.status)
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
    var type: String
    var title: String
    var status: Int
    var detail: String
    var code: String
    var requestId: String
}
