import Fluent
import Foundation
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("The JSON API")
struct APITests {
    /// Makes a token through the administrators' page, as a person would, and returns it.
    static func token(for owner: User, admin: User, app: Application) async throws -> String {
        let browser = TestBrowser(app)
        try await browser.signIn(admin)
        let ready = try await browser.submit("/api-tokens", ["name": "Test sync", "owner": owner.id!.uuidString])
        #expect(ready.status == .created)
        let range = try #require(ready.text.range(of: #"rt_[A-Za-z0-9_-]{43}"#, options: .regularExpression))
        return String(ready.text[range])
    }

    static func get(_ app: Application, _ path: String, token: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        return try await app.testing().sendRequest(.GET, path, headers: headers)
    }

    @Test("A token reads exactly what its owner may see", arguments: TestDatabase.all)
    func reach(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let staffToken = try await Self.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let stored = try await APIToken.query(on: app.db).first()
            #expect(stored?.tokenHash == TokenHash.of(staffToken))

            let list = try await Self.get(app, "/api/v1/students", token: staffToken)
            #expect(list.status == .ok)
            let page = try list.content.decode(APIController.StudentPage.self)
            #expect(page.items.map(\.givenName) == ["Zoë"])
            #expect(page.total == 1)
            #expect(try await Self.get(app, "/api/v1/students/\(s.omar.id!)", token: staffToken).status == .notFound)
            // Staff do not list colleagues.
            #expect(try await Self.get(app, "/api/v1/staff", token: staffToken).status == .notFound)

            let detail = try await Self.get(app, "/api/v1/students/\(s.zoe.id!)", token: staffToken)
            #expect(detail.status == .ok)
            let student = try detail.content.decode(APIController.StudentDetail.self)
            #expect(student.dateOfBirth == "2014-05-13")
            let father = try #require(student.family.first { $0.givenName == "Karim" })
            #expect(father.restricted)
            #expect(father.contact == nil)
            let mother = try #require(student.family.first { $0.givenName == "Amira" })
            #expect(mother.contact?.needsInterpreter == true)
            let views = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.studentViewed.rawValue)
                .all()
            #expect(views.map(\.actorID) == [people.primaryStaff.id])

            let leaderToken = try await Self.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let staffList = try await Self.get(app, "/api/v1/staff", token: leaderToken)
            #expect(staffList.status == .ok)
            let names = try staffList.content.decode([APIController.StaffMember].self).map(\.name)
            #expect(names.contains("Pat Staff") && !names.contains("Sol Staff"))
        }
    }

    @Test("Missing, wrong and revoked tokens get a 401 problem, and cookies are ignored", arguments: TestDatabase.all)
    func refused(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let token = try await Self.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            #expect(try await Self.get(app, "/api/v1/students", token: token).status == .ok)
            for attempt in [nil, "rt_wrong", "Basic abc"] {
                let response = try await Self.get(app, "/api/v1/students", token: attempt)
                #expect(response.status == .unauthorized)
                #expect(response.headers.contentType?.subType == "problem+json")
                #expect(response.headers.first(name: .wwwAuthenticate) == #"Bearer realm="Roundtable""#)
            }
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            #expect(try await admin.get("/api/v1/students").status == .unauthorized)
            let tokenID = try #require(try await APIToken.query(on: app.db).first()?.id)
            try await admin.get("/api-tokens")
            let revoked = try await admin.post("/api-tokens/\(tokenID)/revoke")
            #expect(revoked.location == "/api-tokens?notice=token-revoked")
            #expect(try await Self.get(app, "/api/v1/students", token: token).status == .unauthorized)
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.apiTokenCreated.rawValue))
            #expect(actions.contains(AuditAction.apiTokenRevoked.rawValue))
        }
    }
}

@Suite("Writing through the JSON API")
struct APIWriteTests {
    static func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, token: String, json: String
    ) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        headers.add(name: .authorization, value: "Bearer \(token)")
        headers.contentType = .json
        return try await app.testing().sendRequest(method, path, headers: headers, body: ByteBuffer(string: json))
    }

    @Test("Leaders' tokens add and change students, checked as the web checks", arguments: TestDatabase.all)
    func students(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let leader = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let staff = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)

            let wrong = try await Self.send(
                app, .POST, "/api/v1/students", token: leader, json: #"{"givenName": "Noor", "yearGroup": 40}"#)
            #expect(wrong.status == .unprocessableEntity)
            let problem = try JSONDecoder().decode(APIProblem.self, from: Data(wrong.body.readableBytesView))
            #expect(problem.code == "invalid")
            #expect(problem.errors?.map(\.field) == ["familyName", "yearGroup"])

            let body =
                #"{"givenName": "Noor", "familyName": "Al-Amin", "yearGroup": 7, "dateOfBirth": "2014-09-03", "homeLanguages": ["ar", "en", "fr"], "supports": {"specialNeeds": true}}"#
            #expect(try await Self.send(app, .POST, "/api/v1/students", token: staff, json: body).status == .notFound)
            let created = try await Self.send(app, .POST, "/api/v1/students", token: leader, json: body)
            #expect(created.status == .created)
            let summary = try created.content.decode(APIController.StudentSummary.self)
            #expect(created.headers.first(name: .location) == "/api/v1/students/\(summary.id)")
            #expect(summary.schoolId == people.oakPrimary.id && summary.supports.specialNeeds)
            #expect(try await Student.find(summary.id, on: app.db)?.homeLanguages == ["ar", "en", "fr"])

            let patched = try await Self.send(
                app, .PATCH, "/api/v1/students/\(s.zoe.id!)", token: leader, json: #"{"preferredName": "Zo"}"#)
            #expect(patched.status == .ok)
            let zoe = try #require(try await Student.find(s.zoe.id, on: app.db))
            #expect(zoe.preferredName == "Zo" && zoe.yearGroup == 7 && zoe.dateOfBirth != nil)
            #expect(
                try await Self.send(
                    app, .PATCH, "/api/v1/students/\(s.zoe.id!)", token: staff, json: #"{"preferredName": "Z"}"#
                ).status == .notFound)
            // Another school's student answers as if it did not exist.
            #expect(
                try await Self.send(
                    app, .PATCH, "/api/v1/students/\(s.sol.id!)", token: leader, json: #"{"preferredName": "S"}"#
                ).status == .notFound)
        }
    }

    @Test(
        "Family through the API: restricted people stay unreachable, siblings share a record",
        arguments: TestDatabase.all)
    func family(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let leader = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let family = try await APITests.get(app, "/api/v1/students/\(s.zoe.id!)/family", token: leader)
            let entries = try family.content.decode([APIController.FamilyEntry].self)
            #expect(entries.count == 2)
            #expect(entries.first { $0.restricted }?.contact == nil)

            let missing = try await Self.send(
                app, .POST, "/api/v1/students/\(s.omar.id!)/family", token: leader,
                json: #"{"givenName": "Bilal", "relationship": "father", "livesWithStudent": true}"#)
            #expect(missing.status == .unprocessableEntity)
            #expect(
                try JSONDecoder().decode(APIProblem.self, from: Data(missing.body.readableBytesView)).errors?.map(
                    \.field)
                    == ["familyName", "parentalResponsibility", "contact.email"])

            let added = try await Self.send(
                app, .POST, "/api/v1/students/\(s.omar.id!)/family", token: leader,
                json:
                    #"{"existingId": "\#(s.mother.id!)", "relationship": "aunt", "parentalResponsibility": false, "livesWithStudent": false}"#
            )
            #expect(added.status == .created)
            #expect(try added.content.decode(APIController.FamilyEntry.self).relationship == "aunt")
            #expect(try await FamilyMember.query(on: app.db).count() == 2)
        }
    }

    @Test("A known address with the wrong method says which methods it takes", arguments: TestDatabase.all)
    func methodNotAllowed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let token = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let response = try await Self.send(app, .DELETE, "/api/v1/students", token: token, json: "{}")
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET, POST")
            #expect(try await Self.send(app, .GET, "/api/v1/nothing", token: token, json: "").status == .notFound)
        }
    }
}

@Suite("Meetings through the JSON API")
struct APIMeetingTests {
    @Test(
        "A token plans a meeting, reads it and adds to its agenda, within its owner's reach",
        arguments: TestDatabase.all)
    func meetings(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let other = try await APITests.token(for: people.secondaryLeader, admin: people.oakAdmin, app: app)
            let created = try await APIWriteTests.send(
                app, .POST, "/api/v1/students/\(s.zoe.id!)/meetings", token: teacher,
                json: #"{"type": "wellbeing_check_in"}"#)
            #expect(created.status == .created)
            let detail = try created.content.decode(APIController.MeetingDetail.self)
            #expect(detail.meeting.state == "draft" && detail.agenda.count == 5)
            #expect(!detail.participants.contains { $0.personId == s.restrictedFather.id })
            let id = detail.meeting.id
            #expect(created.headers.first(name: .location) == "/api/v1/meetings/\(id)")

            let list = try await APITests.get(app, "/api/v1/meetings", token: teacher)
            #expect(try list.content.decode([APIController.MeetingSummary].self).map(\.id) == [id])
            #expect(try await APITests.get(app, "/api/v1/meetings/\(id)", token: other).status == .notFound)

            let bad = try await APIWriteTests.send(
                app, .POST, "/api/v1/meetings/\(id)/agenda", token: teacher, json: #"{"title": "Sleep"}"#)
            #expect(bad.status == .unprocessableEntity)
            let added = try await APIWriteTests.send(
                app, .POST, "/api/v1/meetings/\(id)/agenda", token: teacher, json: #"{"title": "Sleep", "minutes": 5}"#)
            #expect(added.status == .created)
            #expect(try added.content.decode(APIController.AgendaEntry.self).position == 5)
            #expect(
                try await APIWriteTests.send(
                    app, .POST, "/api/v1/students/\(s.zoe.id!)/meetings", token: other, json: #"{"type": "transition"}"#
                ).status == .notFound)
        }
    }
}

@Suite("The OpenAPI document")
struct OpenAPITests {
    static func document() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bundled().json.utf8)) as? [String: Any])
    }

    @Test("It lists exactly the routes the server answers under /api/v1", arguments: TestDatabase.all)
    func routes(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let paths = try #require(try Self.document()["paths"] as? [String: [String: Any]])
            let documented = Set(
                paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
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
            #expect(documented == served)
            let answer = try await app.testing().sendRequest(.GET, "/api/v1/openapi.json")
            #expect(answer.status == .ok)
            #expect(answer.body.string == (try OpenAPIDocument.bundled().json))
        }
    }

    /// The fields a value encodes to must be the schema's, and include its required ones.
    func check<T: Encodable>(_ value: T, against schema: String) throws {
        let schemas = try #require(
            (try Self.document()["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]])
        let properties = Set((schemas[schema]?["properties"] as? [String: Any] ?? [:]).keys)
        let required = Set(schemas[schema]?["required"] as? [String] ?? [])
        let encoded = try #require(
            JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any])
        #expect(Set(encoded.keys).isSubset(of: properties), "\(schema): \(Set(encoded.keys).subtracting(properties))")
        #expect(required.isSubset(of: Set(encoded.keys)), "\(schema): missing \(required.subtracting(encoded.keys))")
    }

    @Test("Its schemas match what the API encodes")
    func schemas() throws {
        let supports = APIController.Supports(
            specialNeeds: true, disadvantaged: false, englishAsAdditionalLanguage: true)
        let summary = APIController.StudentSummary(
            id: UUID(), schoolId: UUID(), sourcedId: "st1", givenName: "Zoë", familyName: "Ångström",
            preferredName: "Zo", yearGroup: 7, supports: supports)
        let contact = APIController.Contact(
            email: "a@b.example", phone: "1", preferredLanguage: "ar", needsInterpreter: true,
            interpreterLanguage: "ar", preferredContact: "email", preferredMeetingMode: "video",
            accessibilityNeeds: "x")
        let family = APIController.FamilyEntry(
            id: UUID(), givenName: "A", familyName: "B", relationship: "mother", parentalResponsibility: true,
            livesWithStudent: true, restricted: false, restriction: "r", contact: contact)
        let staff = APIController.StaffEntry(id: UUID(), name: "N", jobRole: "teacher")
        let agency = APIController.AgencyEntry(
            id: UUID(), agency: "A", name: "N", role: "r", email: "e", phone: "p", consentFrom: "M",
            consentDate: "2026-11-02")
        try check(supports, against: "Supports")
        try check(summary, against: "StudentSummary")
        try check(contact, against: "Contact")
        try check(family, against: "FamilyEntry")
        try check(staff, against: "StaffEntry")
        try check(
            APIController.StudentPage(items: [summary], page: 1, pageSize: 50, total: 1), against: "StudentPage")
        try check(
            APIController.StudentDetail(
                student: summary, dateOfBirth: "2014-03-04", homeLanguages: ["ar"], whatHelpsMe: "x", family: [family],
                staff: [staff], agencies: [agency]), against: "StudentDetail")
        try check(agency, against: "AgencyEntry")
        let summaryOfMeeting = APIController.MeetingSummary(
            id: UUID(), schoolId: UUID(), type: "behaviour_concern", state: "draft", purpose: "p",
            startsAt: "2031-03-04T15:30:00Z", lengthMinutes: 40, format: "in_person", studentIds: [UUID()])
        let item = APIController.AgendaEntry(
            id: UUID(), position: 0, title: "t", minutes: 5, notes: "n", proposedBy: "School", addedAfterSharing: false)
        let person = APIController.ParticipantEntry(
            id: UUID(), kind: "family", name: "n", role: "Mother", personId: UUID(), contactRestricted: false)
        try check(summaryOfMeeting, against: "MeetingSummary")
        try check(item, against: "AgendaEntry")
        try check(person, against: "ParticipantEntry")
        try check(
            APIController.MeetingDetail(
                meeting: summaryOfMeeting, requestedBy: "school", urgency: "soon", videoLink: "l", fallbackPlan: "f",
                space: "s", groundRules: ["r"], agenda: [item], participants: [person]), against: "MeetingDetail")
        try check(
            APIController.StudentInput(
                schoolId: UUID(), givenName: "Zoë", familyName: "Ångström", preferredName: "Zo",
                dateOfBirth: "2014-03-04", yearGroup: 7, homeLanguages: ["sv"],
                supports: .init(specialNeeds: true, disadvantaged: nil, englishAsAdditionalLanguage: nil),
                whatHelpsMe: "x"), against: "StudentInput")
        try check(
            APIController.FamilyInput(
                existingId: UUID(), givenName: "A", familyName: "B", relationship: "mother",
                parentalResponsibility: true, livesWithStudent: false, contact: .init(email: "a@b.example")),
            against: "FamilyInput")
        try check(
            APIController.StaffMember(
                id: UUID(), name: "N", email: "e", role: "staff", jobRole: "teacher", schoolId: UUID(), active: true,
                invited: false), against: "StaffMember")
        try check(
            APIProblem(
                type: "about:blank", title: "t", status: 422, detail: "d", code: "invalid", requestId: "r",
                errors: [.init(field: "givenName", message: "m")]),
            against: "Problem")
    }
}
