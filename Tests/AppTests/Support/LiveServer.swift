import Foundation
import NIOCore
import RoundtableViews
import Testing
import VaporTesting

@testable import App

/// The application listening on a real socket, for tests that send many requests at once:
/// each arrives on its own connection, as from many browsers.
struct LiveServer: Sendable {
    let app: Application
    let base: String

    /// Sends one request. `form` is sent as a browser sends a form; `json` as the API expects.
    func send(
        _ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], form: [String: String]? = nil,
        json: String? = nil
    ) async throws -> ClientResponse {
        var headers = headers
        var body: ByteBuffer?
        if let form {
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(
                string: form.map { "\(TestBrowser.encode($0.key))=\(TestBrowser.encode($0.value))" }
                    .joined(separator: "&"))
        } else if let json {
            headers.contentType = .json
            body = ByteBuffer(string: json)
        }
        return try await app.client.send(method, headers: headers, to: URI(string: base + path)) { request in
            request.body = body
        }
    }

    /// Sends `count` requests at once and returns their answers in order.
    func parallel(
        _ count: Int, _ request: @escaping @Sendable (Int) async throws -> ClientResponse
    ) async throws -> [ClientResponse] {
        try await withThrowingTaskGroup(of: (Int, ClientResponse).self) { group in
            for index in 0..<count {
                group.addTask { (index, try await request(index)) }
            }
            var answers = [ClientResponse?](repeating: nil, count: count)
            for try await (index, response) in group { answers[index] = response }
            return answers.map { $0! }
        }
    }
}

/// Runs `body` with the application's server started on a free port of the loopback address.
func withLiveServer(_ app: Application, _ body: (LiveServer) async throws -> Void) async throws {
    // Without this the client opens at most eight connections and queues the rest, and the
    // server would never see the requests together.
    app.http.client.configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 128
    app.http.client.configuration.redirectConfiguration = .disallow
    try await app.server.start(address: .hostname("127.0.0.1", port: 0))
    guard let port = app.http.server.shared.localAddress?.port else {
        await app.server.shutdown()
        throw LiveServerFailed()
    }
    do {
        try await body(LiveServer(app: app, base: "http://127.0.0.1:\(port)"))
    } catch {
        await app.server.shutdown()
        throw error
    }
    await app.server.shutdown()
}

struct LiveServerFailed: Error {}

extension ClientResponse {
    var text: String { body.map { String(buffer: $0) } ?? "" }
}
