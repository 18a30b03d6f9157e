import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App

/// One walk through the API that meets every path, method and status the document lists,
/// each answer checked against it. Other tests' answers are checked too, but which of them
/// run is up to the filter; this one alone decides coverage.
extension OpenAPITests {
    final class Tour {
        let app: Application
        private(set) var seen: Set<OpenAPIContract.Exercised> = []

        init(_ app: Application) { self.app = app }

        @discardableResult
        func send(
            _ method: HTTPMethod, _ path: String, token: String?, body: String? = nil, expect status: HTTPStatus,
            sourceLocation: SourceLocation = #_sourceLocation
        ) async throws -> TestingHTTPResponse {
            var headers = HTTPHeaders()
            if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
            if body != nil { headers.contentType = .json }
            let response = try await app.testing().sendRequest(
                method, path, headers: headers, body: body.map { ByteBuffer(string: $0) })
            #expect(response.status == status, "\(method) \(path)", sourceLocation: sourceLocation)
            if let exercised = try OpenAPIContract.check(response, method, path) { seen.insert(exercised) }
            return response
        }
    }

    @Test("Every documented path, method and status is met by a checked response", arguments: TestDatabase.all)
    func tour(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let closed = try await SummaryTests.closed(app, people, s).meeting.requireID()
            // Pat leads the closed meeting, so reads every entry of its record.
            let lead = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let leader = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let admin = try await APITests.token(for: people.oakAdmin, admin: people.oakAdmin, app: app)
            let tour = Tour(app)

            let nobody = UUID().uuidString
            for operation in try OpenAPIContract.operations().sorted() {
                let parts = operation.split(separator: " ").map(String.init)
                let method = HTTPMethod(rawValue: parts[0])
                let path = parts[1].replacingOccurrences(of: #"\{[^}]+\}"#, with: nobody, options: .regularExpression)
                let open = operation == "GET /api/v1/openapi.json"
                try await tour.send(method, path, token: nil, body: "{}", expect: open ? .ok : .unauthorized)
                if path != parts[1] {
                    try await tour.send(method, path, token: leader, body: "{}", expect: .notFound)
                }
            }

            let zoe = "/api/v1/students/\(s.zoe.id!)"
            try await tour.send(.GET, "/api/v1/students", token: lead, expect: .ok)
            let student = #"{"givenName": "Noor", "familyName": "Al-Amin", "yearGroup": 7, "homeLanguages": ["ar"]}"#
            try await tour.send(.POST, "/api/v1/students", token: leader, body: student, expect: .created)
            try await tour.send(.POST, "/api/v1/students", token: lead, body: student, expect: .notFound)
            try await tour.send(
                .POST, "/api/v1/students", token: leader, body: #"{"yearGroup": 40}"#, expect: .unprocessableEntity)
            try await tour.send(.POST, "/api/v1/students", token: leader, body: "{", expect: .badRequest)
            try await tour.send(.GET, zoe, token: lead, expect: .ok)
            try await tour.send(.PATCH, zoe, token: leader, body: #"{"preferredName": "Zo"}"#, expect: .ok)
            try await tour.send(.PATCH, zoe, token: leader, body: #"{"yearGroup": 40}"#, expect: .unprocessableEntity)
            try await tour.send(.PATCH, zoe, token: leader, body: "[]", expect: .badRequest)

            try await tour.send(.GET, zoe + "/family", token: lead, expect: .ok)
            let aunt =
                #"{"givenName": "Salma", "familyName": "Haddad", "relationship": "aunt", "parentalResponsibility": false, "livesWithStudent": false, "contact": {"email": "salma@mail.example", "preferredLanguage": "ar", "needsInterpreter": true, "interpreterLanguage": "ar"}}"#
            try await tour.send(.POST, zoe + "/family", token: leader, body: aunt, expect: .created)
            try await tour.send(
                .POST, zoe + "/family", token: leader, body: #"{"relationship": "aunt"}"#, expect: .unprocessableEntity)
            try await tour.send(.POST, zoe + "/family", token: leader, body: "{", expect: .badRequest)

            let created = try await tour.send(
                .POST, zoe + "/meetings", token: lead, body: #"{"type": "transition"}"#, expect: .created)
            try await tour.send(
                .POST, zoe + "/meetings", token: lead, body: #"{"type": "picnic"}"#, expect: .unprocessableEntity)
            try await tour.send(.POST, zoe + "/meetings", token: lead, body: "{", expect: .badRequest)
            let draft = try created.content.decode(APIController.MeetingDetail.self).meeting.id
            let agenda = "/api/v1/meetings/\(draft)/agenda"
            try await tour.send(
                .POST, agenda, token: lead, body: #"{"title": "Sleep", "minutes": 5}"#, expect: .created)
            try await tour.send(.POST, agenda, token: lead, body: #"{"title": "Sleep"}"#, expect: .unprocessableEntity)
            // Once a meeting has started, its plan no longer changes.
            try await tour.send(
                .POST, "/api/v1/meetings/\(closed)/agenda", token: lead, body: #"{"title": "Sleep", "minutes": 5}"#,
                expect: .badRequest)

            try await tour.send(.GET, "/api/v1/meetings", token: lead, expect: .ok)
            for read in ["", "/record", "/summary", "/feedback"] {
                try await tour.send(.GET, "/api/v1/meetings/\(closed)\(read)", token: lead, expect: .ok)
            }
            let action = try await GoalProgressTests.entry("ACTION-SHARED", app)
            let status = "/api/v1/meetings/\(closed)/record/entries/\(action.id)/status"
            try await tour.send(.POST, status, token: lead, body: #"{"status": "done"}"#, expect: .created)
            try await tour.send(.POST, status, token: lead, body: #"{"status": "maybe"}"#, expect: .unprocessableEntity)
            try await tour.send(.POST, status, token: lead, body: "{", expect: .badRequest)
            try await tour.send(.GET, "/api/v1/staff", token: leader, expect: .ok)
            try await tour.send(.GET, "/api/v1/staff", token: lead, expect: .notFound)
            // An administrator belongs to no one school, so must name one.
            try await tour.send(.GET, "/api/v1/staff", token: admin, expect: .badRequest)

            // A feedback alert on the closed meeting, owned by its lead (issue 14).
            let meeting = try #require(try await Meeting.find(closed, on: app.db))
            let alert = try await AccessMatrixTests.alert(on: meeting, app)
            try await tour.send(.GET, "/api/v1/feedback-alerts", token: lead, expect: .ok)
            try await tour.send(.GET, "/api/v1/feedback-alerts?state=maybe", token: lead, expect: .unprocessableEntity)
            try await tour.send(.GET, "/api/v1/feedback-alerts/\(alert)", token: lead, expect: .ok)

            let documented = try OpenAPIContract.responses()
            let unmet = documented.subtracting(tour.seen).map(\.description).sorted()
            #expect(unmet.isEmpty, "documented, and never met: \(unmet)")
            #expect(Set(tour.seen.map(\.operation)) == (try OpenAPIContract.operations()))
        }
    }
}
