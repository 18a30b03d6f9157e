import Fluent
import Foundation
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
}
