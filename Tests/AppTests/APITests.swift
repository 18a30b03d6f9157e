import Fluent
import Foundation
import RoundtableViews
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

    /// Every response is checked against openapi.json, so a test that reads the API also
    /// keeps its description honest.
    static func get(_ app: Application, _ path: String, token: String?) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.add(name: .authorization, value: "Bearer \(token)") }
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        try OpenAPIContract.check(response, .GET, path)
        return response
    }

    @Test("A governor is not offered as a token's owner: they see figures only", arguments: TestDatabase.all)
    func noGovernorTokens(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let governor = try await people.governor(school: people.oakPrimary, on: app)
            let browser = TestBrowser(app)
            try await browser.signIn(people.oakAdmin)
            let page = try await browser.get("/api-tokens")
            #expect(page.text.contains(people.primaryStaff.name) && !page.text.contains("Gwen Hartley"))
            let refused = try await browser.post("/api-tokens", ["name": "Board", "owner": governor.id!.uuidString])
            #expect(refused.status == .unprocessableEntity)
            #expect(try await APIToken.query(on: app.db).count() == 0)
        }
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
            let withCookie = try await admin.get("/api/v1/students")
            #expect(withCookie.status == .unauthorized)
            try OpenAPIContract.check(withCookie, .GET, "/api/v1/students")
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
        let response = try await app.testing().sendRequest(
            method, path, headers: headers, body: ByteBuffer(string: json))
        try OpenAPIContract.check(response, method, path)
        return response
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
