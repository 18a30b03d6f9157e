import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Many people at once, over real sockets: nothing is refused for being at the same time,
/// and nothing acknowledged goes missing.
@Suite("Concurrent use")
struct ConcurrencyTests {
    @Test("Sixteen writers at once: none answers 5xx and every acknowledged write is kept", arguments: TestDatabase.all)
    func parallelWrites(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let token = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            try await withLiveServer(app) { server in
                let headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
                // Two rounds, so that the second meets connections the first left warm.
                for round in 0..<2 {
                    let answers = try await server.parallel(16) { index in
                        try await server.send(
                            .POST, "/api/v1/students", headers: headers,
                            json:
                                #"{"givenName": "Writer\#(round)-\#(index)", "familyName": "Parallel", "yearGroup": 7}"#
                        )
                    }
                    #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                    #expect(answers.allSatisfy { $0.status == .created })
                }
            }
            let kept = try await Student.query(on: app.db).filter(\.$legalFamilyName == "Parallel").all()
            #expect(kept.count == 32)
        }
    }

    @Test(
        "Sixteen agenda items added at once, each read-then-write: none answers 5xx and all are kept",
        arguments: TestDatabase.all)
    func parallelAgenda(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let token = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)
            let made = try await APIWriteTests.send(
                app, .POST, "/api/v1/students/\(s.zoe.id!)/meetings", token: token,
                json: #"{"type": "progress_review"}"#)
            #expect(made.status == .created)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            try await withLiveServer(app) { server in
                let headers: HTTPHeaders = ["Authorization": "Bearer \(token)"]
                let answers = try await server.parallel(16) { index in
                    try await server.send(
                        .POST, "/api/v1/meetings/\(meeting.id!)/agenda", headers: headers,
                        json: #"{"title": "Point \#(index)", "minutes": 5}"#)
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.allSatisfy { $0.status == .created })
            }
            let items = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meeting.id!).all()
            #expect(items.filter { $0.title.hasPrefix("Point ") }.count == 16)
        }
    }

    @Test(
        "Share pressed eight times at once: the meeting is shared once and each person gets one invitation",
        arguments: TestDatabase.all)
    func parallelShare(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await InvitationTests.ready(app, people, s)
            try await teacher.submit(
                path + "/invitation?language=en", ["body": "We would like to talk about lunchtimes."],
                from: path + "/invitation")
            _ = try await teacher.get(path + "/share")
            let token = try #require(teacher.csrfToken)
            let cookies = Self.cookieHeader(teacher)
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(8) { _ in
                    try await server.send(.POST, path + "/share", headers: cookies, form: ["_csrf": token])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.filter { $0.status == .ok }.count == 1, "\(answers.map(\.status.code))")
            }
            let invitations = try await OutboxMessage.query(on: app.db).all()
            #expect(!invitations.isEmpty)
            #expect(Set(invitations.map(\.toEmail)).count == invitations.count, "someone was invited twice")
            #expect(try await Self.audited(.meetingShared, on: app) == 1)
        }
    }

    static func cookieHeader(_ browser: TestBrowser) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        return headers
    }

    static func audited(_ action: AuditAction, on app: Application) async throws -> Int {
        try await AuditEvent.query(on: app.db).filter(\.$action == action.rawValue).count()
    }

    @Test(
        "Fifty wrong passwords at once: no 5xx, five are checked, the rest wait, each is audited",
        arguments: TestDatabase.all)
    func parallelWrongPasswords(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let browser = TestBrowser(app)
            try await browser.get("/sign-in")
            let headers = Self.cookieHeader(browser)
            let csrf = browser.csrfToken ?? ""
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(50) { _ in
                    try await server.send(
                        .POST, "/sign-in", headers: headers,
                        form: ["email": people.primaryStaff.email, "password": "not-the-password", "_csrf": csrf])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.filter { $0.status == .unprocessableEntity }.count == 5)
                #expect(answers.filter { $0.status == .tooManyRequests }.count == 45)
            }
            #expect(try await Self.audited(.signInFailed, on: app) == 5)
            #expect(try await Self.audited(.signInThrottled, on: app) == 45)
            let account = try await SignInThrottleRecord.find(
                "account:" + TokenHash.of(people.primaryStaff.email), on: app.db)
            #expect(account?.failures == 5 && account?.blockedUntil != nil)
            // The right password waits too: the pause is the account's, not the guesser's.
            let owner = TestBrowser(app)
            let paused = try await owner.submit(
                "/sign-in", ["email": people.primaryStaff.email, "password": Fixtures.password])
            #expect(paused.status == .tooManyRequests)
        }
    }

    @Test("Thirty wrong email codes at once: at most five are compared", arguments: TestDatabase.all)
    func parallelWrongCodes(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let school = try #require(try await School.query(on: app.db).first())
            school.participantCodeRequired = true
            try await school.save(on: app.db)
            let visitor = TestBrowser(app)
            try await visitor.get(page)
            try await visitor.post(page + "/code")
            let email = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example")
                    .filter(\.$calendar == nil).first())
            let codeRange = try #require(email.body.range(of: #"[0-9]{3} [0-9]{3}"#, options: .regularExpression))
            let wrongCode = String(email.body[codeRange]) == "000 000" ? "111 111" : "000 000"
            try await visitor.get(page)
            let headers = Self.cookieHeader(visitor)
            let csrf = visitor.csrfToken ?? ""
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(30) { _ in
                    try await server.send(
                        .POST, page + "/verify", headers: headers, form: ["code": wrongCode, "_csrf": csrf])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.allSatisfy { $0.status == .unprocessableEntity })
            }
            #expect(try await Self.audited(.participantCodeRefused, on: app) == ParticipantCode.maxAttempts)
            let code = try #require(try await ParticipantCodeRecord.query(on: app.db).first())
            #expect(code.attempts == ParticipantCode.maxAttempts)
        }
    }

    @Test(
        "Many wrong links from a shared address never stop a real link; the pause speaks the reader's language",
        arguments: TestDatabase.all)
    func sharedAddress(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let headers: HTTPHeaders = ["Accept-Language": "es-ES,es;q=0.9"]
            var statuses: [HTTPStatus] = []
            for attempt in 0..<25 {
                let wrong = "/p/wrong-link-\(attempt)-abcdefghijklmnopqrstuvwxyz"
                let response = try await app.testing().sendRequest(.GET, wrong, headers: headers)
                statuses.append(response.status)
                if response.status == .tooManyRequests {
                    #expect(response.body.string.contains("Vuelva a intentarlo dentro de unos minutos"))
                    #expect(!response.body.string.contains("/sign-in"))
                    #expect(response.headers.first(name: .retryAfter) != nil)
                }
            }
            #expect(statuses.prefix(19).allSatisfy { $0 == .notFound })
            #expect(statuses.suffix(5).allSatisfy { $0 == .tooManyRequests })
            // The parent's own link, from the same address, opens as always.
            let parent = try await app.testing().sendRequest(.GET, page, headers: headers)
            #expect(parent.status == .ok)
            #expect(parent.body.string.contains("Zoë"))
        }
    }

    @Test(
        "One link sends at most three open requests, even all at once, and is told so kindly",
        arguments: TestDatabase.all)
    func requestLimits(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            try await parent.get(page)
            let headers = Self.cookieHeader(parent)
            let csrf = parent.csrfToken ?? ""
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(20) { index in
                    try await server.send(
                        .POST, page + "/request", headers: headers,
                        form: ["request_topic": "Topic \(index)", "urgency": "routine", "_csrf": csrf])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.filter { $0.status == .seeOther }.count == RequestLimits.maxOpen)
                #expect(answers.filter { $0.status == .tooManyRequests }.count == 20 - RequestLimits.maxOpen)
                let refused = try #require(answers.first { $0.status == .tooManyRequests })
                // Amira reads her page in Arabic.
                #expect(refused.text.contains("لدى المدرسة بالفعل 3 من طلباتكم"))
            }
            #expect(try await MeetingRequest.query(on: app.db).count() == RequestLimits.maxOpen)
        }
    }

    @Test(
        "A family's request accepted and answered by several presses at once plans one meeting and nothing else",
        arguments: TestDatabase.all)
    func parallelAccept(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            try await parent.get(page)
            try await parent.post(page + "/request", ["request_topic": "Her reading at home", "urgency": "soon"])
            let request = try #require(try await MeetingRequest.query(on: app.db).first())
            let before = try await Meeting.query(on: app.db).count()
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            try await teacher.get("/requests")
            let token = try #require(teacher.csrfToken)
            let cookies = Self.cookieHeader(teacher)
            let path = "/requests/\(request.id!)"
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(10) { index in
                    index.isMultiple(of: 3)
                        ? try await server.send(
                            .POST, path + "/answer", headers: cookies,
                            form: ["_csrf": token, "answer": "We will call you on Friday."])
                        : try await server.send(.POST, path + "/accept", headers: cookies, form: ["_csrf": token])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                #expect(answers.filter { $0.status == .seeOther }.count == 1, "\(answers.map(\.status.code))")
                #expect(answers.filter { $0.status == .badRequest }.count == 9)
            }
            let settled = try #require(try await MeetingRequest.find(request.id, on: app.db))
            let planned = try await Meeting.query(on: app.db).count() - before
            switch settled.status {
            case .accepted:
                #expect(planned == 1)
                #expect(settled.$meeting.id != nil && settled.answer == nil)
            case .answered:
                #expect(planned == 0)
                #expect(settled.answer == "We will call you on Friday." && settled.$meeting.id == nil)
                #expect(try await Self.audited(.meetingRequestAnswered, on: app) == 1)
            case .open:
                Issue.record("the request was left open")
            }
        }
    }

    @Test("The staff queue pages instead of dropping requests", arguments: TestDatabase.all)
    func queuePages(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            try await parent.get(page)
            try await parent.post(page + "/request", ["request_topic": "The very first request", "urgency": "routine"])
            let first = try #require(try await MeetingRequest.query(on: app.db).first())
            first.status = .answered
            first.answer = "Done"
            try await first.save(on: app.db)
            for index in 0..<119 {
                let request = MeetingRequest()
                request.$school.id = first.$school.id
                request.$student.id = first.$student.id
                request.$familyMember.id = first.$familyMember.id
                request.$participant.id = first.$participant.id
                request.topic = "Request number \(index)"
                request.urgency = .routine
                request.status = .open
                try await request.create(on: app.db)
            }
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let one = try await teacher.get("/requests")
            #expect(one.text.contains("Page 1 of 3"))
            #expect(one.text.components(separatedBy: "asks to meet about").count - 1 == 50)
            let three = try await teacher.get("/requests?page=3")
            #expect(three.text.components(separatedBy: "asks to meet about").count - 1 == 20)
            // Answered ones come after every open one, so the first request is on the last page.
            #expect(three.text.contains("The very first request"))
            #expect(try await teacher.get("/meetings").text.contains("(119 waiting)"))
        }
    }
}
