import Foundation
import Vapor

/// The OpenAPI 3.1 description of `/api/v1`, kept as `Resources/openapi.json` and read once
/// at start. `OpenAPITests` checks every response the API tests receive against it.
struct OpenAPIDocument: Sendable {
    /// The file exactly as written, so what is served is what CI validated.
    let json: String

    /// Stops the start with a line naming the cause: a server describing its API wrongly, or
    /// not at all, is a broken build rather than something to find out from a client.
    struct Unusable: Error, CustomStringConvertible {
        var description: String
    }

    static func bundled() throws -> OpenAPIDocument {
        try read(Bundle.module.url(forResource: "openapi", withExtension: "json"))
    }

    static func read(_ url: URL?) throws -> OpenAPIDocument {
        guard let url else {
            throw Unusable(description: "openapi.json is missing from the build (Sources/App/Resources)")
        }
        let data = try Data(contentsOf: url)
        do {
            guard try JSONSerialization.jsonObject(with: data) is [String: Any] else {
                throw Unusable(description: "openapi.json does not hold a JSON object")
            }
        } catch let error as Unusable {
            throw error
        } catch {
            throw Unusable(description: "openapi.json is not valid JSON: \(error)")
        }
        return OpenAPIDocument(json: String(decoding: data, as: UTF8.self))
    }

    static func serve(_ req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        return Response(status: .ok, headers: headers, body: .init(string: req.roundtable.openAPI.json))
    }
}
