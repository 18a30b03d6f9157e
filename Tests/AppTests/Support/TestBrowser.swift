import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App

/// Talks to the application the way a browser does: keeps cookies between requests and
/// sends back the form token from the last page it saw.
final class TestBrowser {
    let app: Application
    var cookies: [String: String] = [:]
    var forwardedFor: String?
    /// Send requests over a real socket, where large bodies arrive in pieces, instead of
    /// handing them to the application whole.
    var live = false
    private(set) var lastPage = ""

    init(_ app: Application, forwardedFor: String? = nil) {
        self.app = app
        self.forwardedFor = forwardedFor
    }

    /// The form token on the last page seen.
    var csrfToken: String? {
        guard let range = lastPage.range(of: #"name="_csrf" value=""#) else { return nil }
        let rest = lastPage[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    @discardableResult
    func get(_ path: String) async throws -> TestingHTTPResponse {
        try await send(.GET, path, body: nil)
    }

    /// Posts a form. The token from the last page is added unless `csrf` is false.
    @discardableResult
    func post(_ path: String, _ fields: [String: String] = [:], csrf: Bool = true) async throws -> TestingHTTPResponse {
        var fields = fields
        if csrf, fields["_csrf"] == nil { fields["_csrf"] = csrfToken ?? "" }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(.POST, path, body: body)
    }

    /// Sends a form with any method (the API's PATCH, say), with the page's token.
    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        guard method != .POST else { return try await post(path, fields) }
        var fields = fields
        if fields["_csrf"] == nil { fields["_csrf"] = csrfToken ?? "" }
        let body = fields.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(method, path, body: body)
    }

    /// Posts a multipart form with one file, as a browser's file upload does.
    @discardableResult
    func upload(
        _ path: String, fields: [String: String], file: (name: String, filename: String, data: Data)
    )
        async throws -> TestingHTTPResponse
    {
        let boundary = "----roundtable-test-\(UUID().uuidString)"
        var body = Data()
        var all = fields
        if all["_csrf"] == nil { all["_csrf"] = csrfToken ?? "" }
        for (name, value) in all {
            body.append(
                Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\nContent-Type: application/zip\r\n\r\n"
                    .utf8))
        body.append(file.data)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        headers.add(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        let response = try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(data: body))
        lastPage = response.body.string
        return response
    }

    /// Opens the page first (to get its token), then posts the form.
    @discardableResult
    func submit(
        _ path: String, _ fields: [String: String], from page: String? = nil
    ) async throws
        -> TestingHTTPResponse
    {
        try await get(page ?? path)
        return try await post(path, fields)
    }

    /// Closes a running meeting as a lead would: opens the facilitator view, answers what
    /// happens to each thing still open (`answer`, by default the next meeting; a dropped one
    /// is given a reason) and ticks the confirmation.
    @discardableResult
    func close(_ meetingPath: String, answer: String = "next_meeting") async throws -> TestingHTTPResponse {
        let page = try await get(meetingPath + "/run").text
        var fields = ["confirm_close": "true"]
        for name in Self.looseEndFields(in: page) {
            fields[name] = answer
            if answer == "dropped" { fields["reason_" + name.dropFirst("end_".count)] = "No longer needed" }
        }
        return try await post(meetingPath + "/run/close", fields)
    }

    /// The `end_<id>` radio groups on a facilitator view, in page order.
    static func looseEndFields(in page: String) -> [String] {
        var names: [String] = []
        var rest = page[...]
        while let range = rest.range(of: #"name="end_"#) {
            let tail = rest[range.upperBound...]
            guard let quote = tail.firstIndex(of: "\"") else { break }
            let name = "end_" + tail[..<quote]
            if !names.contains(name) { names.append(name) }
            rest = tail[quote...]
        }
        return names
    }

    private func send(_ method: HTTPMethod, _ path: String, body: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        if let forwardedFor { headers.add(name: "X-Forwarded-For", value: forwardedFor) }
        var buffer: ByteBuffer?
        if let body {
            headers.contentType = .urlEncodedForm
            buffer = ByteBuffer(string: body)
        }
        let tester = try live ? app.testing(method: .running(hostname: "127.0.0.1", port: 0)) : app.testing()
        let response = try await tester.sendRequest(method, path, headers: headers, body: buffer)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || value.maxAge == 0 {
                cookies[name] = nil
            } else {
                cookies[name] = value.string
            }
        }
        lastPage = response.body.string
        return response
    }

    static func encode(_ value: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
    var text: String { body.string }
}
