import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("A form is read only through a call that checks its token")
struct FormTokenTests {
    /// Every handler reads forms with `formFields` (refuses a bad token) or `reshowableFields`
    /// (re-shows the form, saving nothing). Reading `content.decode` directly would let a
    /// handler act on a forged form, as the voice form once did. JSON under /api has no forms.
    @Test("No controller decodes a form by itself")
    func noDirectDecoding() throws {
        let controllers = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/App/Controllers")
        let files = try FileManager.default.contentsOfDirectory(atPath: controllers.path)
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("APIController") }
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: controllers.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("content.decode("), "\(file) reads a form without the token check")
        }
    }

    @Test("The thoughts form with a bad token saves nothing and keeps what they wrote", arguments: TestDatabase.all)
    func voice(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            _ = try await parent.get(page)
            let forged = try await parent.post(page + "/voice", ["worries": "FORGED-WORRY"], csrf: false)
            #expect(forged.status == .unprocessableEntity)
            #expect(forged.text.contains("FORGED-WORRY"))
            #expect(try await ParticipantVoice.query(on: app.db).count() == 0)
        }
    }
}

@Suite("Staff opening the same meeting at once")
struct MeetingViewRaceTests {
    @Test("Several first views of a meeting at once all open it", arguments: TestDatabase.all)
    func parallelFirstViews(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await MeetingTests.start(teacher, student: s.zoe)
            try await MeetingView.query(on: app.db).delete()
            try await withLiveServer(app) { server in
                let headers = ConcurrencyTests.cookieHeader(teacher)
                let answers = try await server.parallel(8) { _ in try await server.send(.GET, path, headers: headers) }
                #expect(answers.allSatisfy { $0.status == .ok }, "\(answers.map(\.status.code))")
            }
            #expect(try await MeetingView.query(on: app.db).count() == 1)
        }
    }
}
