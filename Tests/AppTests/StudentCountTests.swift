import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App

/// The student list's "N students" comes from a count the database keeps on every write
/// (`AddSchoolStudentCounts`). It must always equal the students it counts.
@Suite("Each school's count of students")
struct StudentCountTests {
    struct Row: Decodable, Equatable {
        var school_id: UUID
        var active: Int
    }

    static func kept(on db: any SQLDatabase) async throws -> [UUID: Int] {
        let rows = try await db.raw("SELECT school_id, active FROM school_student_counts").all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.school_id, $0.active) }.filter { $0.1 != 0 })
    }

    static func counted(on db: any SQLDatabase) async throws -> [UUID: Int] {
        let rows = try await db.raw(
            "SELECT school_id, COUNT(*) AS active FROM students WHERE is_active = \(bind: true) GROUP BY school_id"
        ).all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.school_id, $0.active) })
    }

    @Test(
        "Adding, leaving, returning, moving school, deleting and many writers at once all keep the count exact",
        arguments: TestDatabase.all)
    func keptExact(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let sql = try app.db.sql()
            #expect(try await Self.kept(on: sql) == Self.counted(on: sql))
            #expect(!(try await Self.kept(on: sql)).isEmpty)

            s.zoe.isActive = false
            try await s.zoe.save(on: app.db)
            #expect(try await Self.kept(on: sql) == Self.counted(on: sql))
            s.zoe.isActive = true
            try await s.zoe.save(on: app.db)
            // A save that changes neither activity nor school leaves the count alone.
            s.zoe.yearGroup += 1
            try await s.zoe.save(on: app.db)
            #expect(try await Self.kept(on: sql) == Self.counted(on: sql))

            let primary = try #require(people.oakPrimary.id)
            let secondary = try #require(people.oakSecondary.id)
            let before = try await Self.kept(on: sql)
            s.zoe.$school.id = s.zoe.$school.id == primary ? secondary : primary
            try await s.zoe.save(on: app.db)
            let after = try await Self.kept(on: sql)
            #expect(try await after == Self.counted(on: sql))
            #expect(after[s.zoe.$school.id, default: 0] == before[s.zoe.$school.id, default: 0] + 1)

            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        let student = Student()
                        student.$school.id = index.isMultiple(of: 2) ? primary : secondary
                        student.setNames(given: "Pupil", family: "Number \(index)", preferred: nil)
                        student.yearGroup = 5
                        student.homeLanguages = ["en"]
                        student.hasSpecialNeeds = false
                        student.isDisadvantaged = false
                        student.learnsEnglishAsAdditionalLanguage = false
                        student.isActive = index != 7
                        try await student.create(on: app.db)
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Self.kept(on: sql) == Self.counted(on: sql))

            try await Student.query(on: app.db).filter(\.$legalFamilyName == "Number 3").delete()
            #expect(try await Self.kept(on: sql) == Self.counted(on: sql))

            // What a leader reads on the list is that count.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let total = try await Self.counted(on: sql)[primary, default: 0]
            #expect(try await leader.get("/students").text.contains("\(total) students"))
        }
    }

    @Test(
        "The migration reverts cleanly and, run again, counts the students already there", arguments: TestDatabase.all)
    func revertAndRerun(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            _ = try await StudentFixtures.make(people, on: app)
            let sql = try app.db.sql()
            try await AddSchoolStudentCounts().revert(on: app.db)
            // Without the triggers a write succeeds and nothing is counted.
            try await Student.query(on: app.db).filter(\.$legalGivenName == "Zoë").delete()
            try await AddSchoolStudentCounts().prepare(on: app.db)
            #expect(try await Self.kept(on: sql) == Self.counted(on: sql))
        }
    }
}
