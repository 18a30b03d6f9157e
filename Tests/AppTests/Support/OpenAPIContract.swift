import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App

/// Checks a response from the API against what `openapi.json` documents for its path, method
/// and status: the status must be listed, the content type must be one listed for it, and the
/// body must match the schema. The API tests' request helpers call it for every response.
enum OpenAPIContract {
    /// What a checked response exercised in the document.
    struct Exercised: Hashable, Sendable, CustomStringConvertible {
        var method: String
        /// The document's path, `/api/v1/students/{studentID}`.
        var path: String
        var status: Int

        var operation: String { "\(method) \(path)" }
        var description: String { "\(operation) \(status)" }
    }

    struct Violation: Error, CustomStringConvertible {
        var request: String
        var problems: [String]
        var description: String { "\(request) differs from openapi.json:\n" + problems.joined(separator: "\n") }
    }

    /// The bundled file, read as the server reads it.
    static let loaded = Result { try JSONValue.parse(OpenAPIDocument.bundled().json) }

    static func document() throws -> JSONValue { try loaded.get() }

    /// Throws when the response differs from the document; returns what it exercised, or nil
    /// for a path or method the document does not have (which may only answer 404 or 405).
    @discardableResult
    static func check(
        _ response: TestingHTTPResponse, _ method: HTTPMethod, _ path: String
    ) throws -> Exercised? {
        let (exercised, problems) = try self.problems(
            status: Int(response.status.code), headers: response.headers, body: Data(response.body.readableBytesView),
            method: method, path: path)
        guard problems.isEmpty else {
            throw Violation(request: "\(method.rawValue) \(path) → \(response.status.code)", problems: problems)
        }
        return exercised
    }

    static func problems(
        status: Int, headers: HTTPHeaders, body: Data, method: HTTPMethod, path: String
    ) throws -> (Exercised?, [String]) {
        let document = try document()
        let checker = SchemaCheck(document: document)
        let paths = document["paths"]?.object ?? [:]
        guard let template = template(for: path, among: Array(paths.keys)),
            let operation = paths[template]?[method.rawValue.lowercased()]
        else {
            // Nothing to look up: the API may only say it has no such thing, as a problem.
            guard status == 404 || status == 405 else {
                return (nil, ["\(method.rawValue) \(path) is not in the document, yet answered \(status)"])
            }
            return (nil, bodyProblems(headers, body, ["application/problem+json": problemContent], checker))
        }
        let exercised = Exercised(method: method.rawValue, path: template, status: status)
        let responses = operation["responses"]?.object ?? [:]
        guard var documented = responses[String(status)] ?? responses["default"] else {
            let listed = responses.keys.sorted().joined(separator: ", ")
            return (exercised, ["status \(status) is not documented for \(exercised.operation) (only \(listed))"])
        }
        if let reference = documented["$ref"]?.string {
            guard let target = checker.resolve(reference) else { return (exercised, ["\(reference) names nothing"]) }
            documented = target
        }
        var problems: [String] = []
        for (name, header) in documented["headers"]?.object ?? [:] {
            let header = header["$ref"]?.string.flatMap(checker.resolve) ?? header
            if header["required"] == .bool(true) && headers.first(name: name) == nil {
                problems.append("the header \(name) is documented as required, and missing")
            }
        }
        problems += bodyProblems(headers, body, documented["content"]?.object ?? [:], checker)
        return (exercised, problems)
    }

    private static let problemContent: JSONValue = .object([
        "schema": .object(["$ref": .string("#/components/schemas/Problem")])
    ])

    private static func bodyProblems(
        _ headers: HTTPHeaders, _ body: Data, _ content: [String: JSONValue], _ checker: SchemaCheck
    ) -> [String] {
        guard !content.isEmpty else { return body.isEmpty ? [] : ["a body came, and none is documented"] }
        let type = headers.contentType.map { "\($0.type)/\($0.subType)" } ?? "(none)"
        guard let media = content[type] else {
            return ["content type \(type) is not documented (only \(content.keys.sorted()))"]
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(body)
        } catch {
            return ["the body is not JSON: \(String(decoding: body.prefix(200), as: UTF8.self))"]
        }
        guard let schema = media["schema"] else { return [] }
        return checker.problems(value, schema).map { "body\($0)" }
    }

    /// The document's path a real one falls under; a fixed segment beats a parameter.
    static func template(for path: String, among templates: [String]) -> String? {
        let parts = path.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "/") } ?? []
        return
            templates
            .compactMap { template -> (String, Int)? in
                let pieces = template.split(separator: "/")
                guard pieces.count == parts.count else { return nil }
                var fixed = 0
                for (piece, part) in zip(pieces, parts) {
                    if piece.hasPrefix("{") && piece.hasSuffix("}") { continue }
                    guard piece == part else { return nil }
                    fixed += 1
                }
                return (template, fixed)
            }
            .max { $0.1 < $1.1 }?.0
    }

    /// A path item may also hold parameters and a summary; these are its operations.
    static let methods: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// Every documented path + method, as `GET /api/v1/students`.
    static func operations() throws -> Set<String> {
        Set(try responses().map(\.operation))
    }

    /// Every documented path + method + status.
    static func responses() throws -> Set<Exercised> {
        let paths = try document()["paths"]?.object ?? [:]
        var all: Set<Exercised> = []
        for (path, item) in paths {
            for (method, operation) in item.object ?? [:] where methods.contains(method) {
                for status in (operation["responses"]?.object ?? [:]).keys {
                    all.insert(Exercised(method: method.uppercased(), path: path, status: Int(status) ?? 0))
                }
            }
        }
        return all
    }
}
