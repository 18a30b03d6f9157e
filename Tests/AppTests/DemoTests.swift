import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("The demo school")
struct DemoTests {
    @Test(
        "It fills an empty database with students, families and staff one can sign in as", arguments: TestDatabase.all)
    func demo(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let hash = try app.roundtable.passwords.hash(Fixtures.password)
            let summary = try await DemoSchool.create(
                students: 150, seed: 7, passwordHash: hash, on: app.db, now: app.roundtable.now)
            #expect(summary.students == 150)
            let students = try await Student.query(on: app.db).all()
            #expect(students.count == 150)
            #expect(Set(students.map(\.yearGroup)) == Set(7...11))
            #expect(Set(students.flatMap(\.homeLanguages)).count >= 4)

            // Every student has at least one adult with parental responsibility, and no
            // restricted adult is the only one.
            let links = try await StudentFamilyLink.query(on: app.db).with(\.$familyMember).all()
            let byStudent = Dictionary(grouping: links, by: { $0.$student.id })
            #expect(byStudent.count == 150)
            for (_, adults) in byStudent {
                #expect(adults.contains { $0.hasParentalResponsibility && !$0.familyMember.isRestricted })
            }
            // Siblings share one record for each parent.
            #expect(links.count > Set(links.map { $0.$familyMember.id }).count)

            // Setup is done, and a demo leader can sign in and see the staff list.
            #expect(try await FirstRunSetup.isDone(on: app.db))
            let head = try await User.query(on: app.db).filter(\.$email == "head@larkfield.example").first()
            let browser = TestBrowser(app)
            try await browser.signIn(try #require(head))
            let staffPage = try await browser.get("/staff")
            #expect(staffPage.text.contains("Anika Rahman"))

            // Two meetings to look at: one ready to run, one held with its record and summary,
            // and no email sent for either.
            // (The term of closed meetings behind Insight is left out.)
            let meetings = try await Meeting.query(on: app.db).filter(\.$state != .closed).sort(\.$startsAt).all()
            #expect(meetings.map(\.state) == [.recordShared, .shared])
            let lead = try #require(
                try await User.query(on: app.db).filter(\.$email == "year7@larkfield.example").first())
            let fiona = TestBrowser(app)
            try await fiona.signIn(lead)
            #expect(try await fiona.get("/meetings/\(meetings[1].id!)/run").text.contains("Start the meeting"))
            let record = try await fiona.get("/meetings/\(meetings[0].id!)/record")
            #expect(record.text.contains("Reading group moves to Tuesday mornings"))
            let shared = try await MeetingSummaries.summary(of: meetings[0], on: app.db)
            #expect(shared.goals.count == 1)
            #expect(shared.actions.count == 2)
            #expect(shared.decisions.count == 1)
            #expect(!shared.additions.contains { $0.contains("reading assessment") })
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)

            // A second run refuses to touch a database that is in use.
            await #expect(throws: FirstRunSetup.Failure.self) {
                _ = try await DemoSchool.create(
                    students: 5, seed: 1, passwordHash: hash, on: app.db, now: app.roundtable.now)
            }
        }
    }

    @Test("The same seed makes the same school")
    func deterministic() {
        var first = SeededRandom(seed: 42)
        var second = SeededRandom(seed: 42)
        #expect((0..<50).map { _ in first.next() } == (0..<50).map { _ in second.next() })
    }
}
