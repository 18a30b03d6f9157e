import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

extension MeetingRunTests {
    @Test(
        "A change to a closed record over the limit is refused with what was typed; a long old entry takes a new label",
        arguments: TestDatabase.all)
    func recordEditLimits(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, _) = try await Self.shared(app, people, s)
            try await lead.get(path + "/run")
            try await lead.post(path + "/run/start")
            try await lead.get(path + "/run")
            try await lead.post(
                path + "/record/entries",
                [
                    "kind": "decision", "decision_what": "Lunch in the library on Tuesdays",
                    "decision_reason": "Zoë finds the hall too loud",
                ])
            try await lead.get(path + "/run")
            try await lead.close(path)
            let decision = try #require(try await RecordEntry.query(on: app.db).first())
            let suffix = "-" + decision.id!.uuidString.prefix(8)

            let typed = "Lunch in the library, " + String(repeating: "every day ", count: 100)
            try await lead.get(path + "/record")
            let tooLong = try await lead.post(
                path + "/record/entries/\(decision.id!)",
                ["text" + suffix: typed, "reason" + suffix: "Mrs Haddad remembered it differently"])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("Use \(RecordLimit.statement) characters or fewer"))
            #expect(tooLong.text.contains(##"href="#text"## + suffix + #"""#))
            #expect(tooLong.text.contains(typed.trimmingCharacters(in: .whitespaces)))
            #expect(tooLong.text.contains("Mrs Haddad remembered it differently"))
            #expect(try await RecordEntry.find(decision.id, on: app.db)?.text == "Lunch in the library on Tuesdays")
            #expect(try await RecordRevision.query(on: app.db).count() == 0)

            // An entry from before the limits were shared is longer than capture allows now.
            let long = "Lunch in the library.\n" + String(repeating: "Agreed after a long talk. ", count: 100)
            decision.text = long
            try await decision.save(on: app.db)
            try await lead.get(path + "/record")
            let relabelled = try await lead.post(
                path + "/record/entries/\(decision.id!)",
                [
                    "text" + suffix: long.replacingOccurrences(of: "\n", with: "\r\n"), "label" + suffix: "shared",
                    "reason" + suffix: "The family should see this decision",
                ])
            #expect(relabelled.status == .seeOther)
            let saved = try #require(try await RecordEntry.find(decision.id, on: app.db))
            #expect(saved.label == .shared)
            #expect(saved.text == long)
            #expect(try await RecordRevision.query(on: app.db).count() == 1)
        }
    }
}
