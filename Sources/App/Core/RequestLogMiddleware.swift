import Vapor

/// One log line per request, naming the route's pattern (`/welcome/:token`) instead of the
/// address, so secrets in links never reach the log.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        let pattern = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "(no route)"
        request.logger.info(
            "\(request.method) \(pattern) \(response.status.code) \(String(format: "%.1f", milliseconds))ms")
        return response
    }
}
