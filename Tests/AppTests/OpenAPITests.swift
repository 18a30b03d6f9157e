import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App

@Suite("The OpenAPI document")
struct OpenAPITests {
    @Test("It lists exactly the routes the server answers under /api/v1, and is served as bundled")
    func routes() async throws {
        try await withRoundtable(.sqlite) { app in
            let served = Set(
                app.routes.all
                    .map { route in
                        "\(route.method.rawValue) /"
                            + route.path.map { component in
                                let text = component.description
                                return text.hasPrefix(":") ? "{\(text.dropFirst())}" : text
                            }.joined(separator: "/")
                    }
                    .filter { $0.contains(" /api/v1/") })
            #expect(try OpenAPIContract.operations() == served)
            let answer = try await app.testing().sendRequest(.GET, "/api/v1/openapi.json")
            #expect(answer.status == .ok)
            #expect(answer.headers.contentType == .json)
            #expect(answer.body.string == (try OpenAPIDocument.bundled().json))
            try OpenAPIContract.check(answer, .GET, "/api/v1/openapi.json")
        }
    }

    @Test("A missing or broken document stops the start, saying which")
    func unusable() throws {
        #expect(throws: OpenAPIDocument.Unusable.self) { try OpenAPIDocument.read(nil) }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: file) }
        for (text, words) in [("{\"openapi\": ", "not valid JSON"), ("[]", "not hold a JSON object")] {
            try Data(text.utf8).write(to: file)
            // do/catch rather than the error #expect returns, which needs Swift 6.1; the README says 6.0.
            do {
                _ = try OpenAPIDocument.read(file)
                Issue.record("\(text) was read as a document")
            } catch let error as OpenAPIDocument.Unusable {
                #expect(error.description.contains(words), "\(text): \(error)")
            }
        }
    }

    static func problems(_ value: JSONValue, _ schema: String) throws -> [String] {
        try SchemaCheck(document: OpenAPIContract.document())
            .problems(value, .object(["$ref": .string("#/components/schemas/\(schema)")]))
    }

    static func changed(_ value: JSONValue, _ change: (inout [String: JSONValue]) -> Void) -> JSONValue {
        guard case .object(var members) = value else { return value }
        change(&members)
        return .object(members)
    }

    /// A student as the API sends one.
    static let student = #"""
        {"id": "7A1F0C3E-5B9D-4E61-9A43-1D2B3C4D5E6F", "schoolId": "0B5C3D1E-2F4A-4B6C-8D7E-9F0A1B2C3D4E",
         "sourcedId": null, "givenName": "Zoë", "familyName": "Ångström", "preferredName": "Zo", "yearGroup": 7,
         "supports": {"specialNeeds": true, "disadvantaged": false, "englishAsAdditionalLanguage": true}}
        """#

    static let meeting = #"""
        {"id": "7A1F0C3E-5B9D-4E61-9A43-1D2B3C4D5E6F", "schoolId": "0B5C3D1E-2F4A-4B6C-8D7E-9F0A1B2C3D4E",
         "type": "transition", "state": "draft", "purpose": "p", "startsAt": "2031-03-04T15:30:00Z",
         "lengthMinutes": 40, "format": "video", "studentIds": []}
        """#

    @Test("The checker passes right values and names each kind of difference")
    func checkerCatches() throws {
        let student = try JSONValue.parse(Self.student)
        let meeting = try JSONValue.parse(Self.meeting)
        // Without these, every case below could pass by finding fault with everything.
        #expect(try Self.problems(student, "StudentSummary") == [])
        #expect(try Self.problems(meeting, "MeetingSummary") == [])

        let cases: [(JSONValue, String, String, String)] = [
            (Self.changed(student) { $0["givenName"] = nil }, "StudentSummary", "/givenName", "missing"),
            (Self.changed(student) { $0["yearGroup"] = .string("7") }, "StudentSummary", "/yearGroup", "integer"),
            (Self.changed(student) { $0["yearGroup"] = .bool(true) }, "StudentSummary", "/yearGroup", "integer"),
            (Self.changed(student) { $0["yearGroup"] = .number(7.5) }, "StudentSummary", "/yearGroup", "integer"),
            (Self.changed(student) { $0["givenName"] = .null }, "StudentSummary", "/givenName", "string"),
            (
                Self.changed(student) { $0["nickname"] = .string("Z") }, "StudentSummary", "/nickname",
                "not in the schema"
            ),
            (Self.changed(student) { $0["id"] = .string("42") }, "StudentSummary", "/id", "uuid"),
            (
                Self.changed(student) { $0["supports"] = .object(["specialNeeds": .string("yes")]) }, "StudentSummary",
                "/supports/specialNeeds", "boolean"
            ),
            (Self.changed(meeting) { $0["state"] = .string("open") }, "MeetingSummary", "/state", "not one of"),
            (
                Self.changed(meeting) { $0["startsAt"] = .string("next Tuesday") }, "MeetingSummary", "/startsAt",
                "date-time"
            ),
            (
                Self.changed(meeting) { $0["studentIds"] = .array([.integer(1)]) }, "MeetingSummary", "/studentIds/0",
                "string"
            ),
        ]
        for (value, schema, place, words) in cases {
            let found = try Self.problems(value, schema)
            #expect(found.contains { $0.hasPrefix(place + ":") && $0.contains(words) }, "\(place) \(words): \(found)")
        }
        let unknownKeyword = SchemaCheck(document: .null)
            .problems(.string("a"), .object(["type": .string("string"), "pattern": .string("^b")]))
        #expect(unknownKeyword.first?.contains("does not know") == true)
    }

    @Test("The response check wants a documented status, content type and body")
    func responseCheckCatches() throws {
        let path = "/api/v1/students/7A1F0C3E-5B9D-4E61-9A43-1D2B3C4D5E6F"
        func problems(
            _ status: Int, _ type: HTTPMediaType?, _ body: String, _ method: HTTPMethod = .GET, _ at: String? = nil
        )
            throws -> [String]
        {
            var headers = HTTPHeaders()
            if let type { headers.contentType = type }
            return try OpenAPIContract.problems(
                status: status, headers: headers, body: Data(body.utf8), method: method, path: at ?? path
            ).1
        }
        let problem = HTTPMediaType(type: "application", subType: "problem+json")
        let notFound =
            #"{"type": "about:blank", "title": "Not found", "status": 404, "detail": "d", "code": "not_found", "requestId": "r"}"#
        let summary = "/api/v1/students"
        let page = #"{"items": [\#(Self.student)], "page": 1, "pageSize": 50, "total": 1}"#
        #expect(try problems(404, problem, notFound) == [])
        #expect(try problems(200, .json, page, .GET, summary) == [])
        #expect(try problems(418, problem, notFound).first?.contains("not documented") == true)
        #expect(try problems(404, .html, notFound).first?.contains("content type") == true)
        #expect(try problems(404, problem, "<html>").first?.contains("not JSON") == true)
        #expect(try problems(404, problem, #"{"code": "not_found"}"#).contains { $0.contains("/title") })
        #expect(try problems(200, .json, #"{"items": []}"#, .GET, summary).contains { $0.hasPrefix("body/total") })
        // A path the document does not have may only say so.
        #expect(try problems(405, problem, notFound, .DELETE) == [])
        #expect(
            try problems(200, .json, "{}", .GET, "/api/v1/elsewhere").first?.contains("not in the document") == true)
        #expect(OpenAPIContract.template(for: path + "?x=1", among: ["/api/v1/students/{studentID}"]) != nil)
    }
}
