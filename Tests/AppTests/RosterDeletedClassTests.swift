import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("A roster delta that deletes a class")
struct RosterDeletedClassTests {
    static let classes = """
        sourcedId,status,title,classType,schoolSourcedId
        c1,active,Maths 7,scheduled,s1
        c3,active,7A,homeroom,s1

        """

    static let enrollments = """
        sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role
        e1,active,c1,s1,st1,student
        e2,active,c1,s1,t1,teacher
        e4,active,c3,s1,st1,student
        e5,active,c3,s1,st2,student
        e6,active,c3,s1,t3,teacher

        """

    static let manifest = """
        propertyName,value
        manifest.version,1.0
        oneroster.version,1.1
        file.orgs,absent
        file.users,absent
        file.classes,delta
        file.enrollments,absent

        """

    @Test(
        "Its list ends: the form it gave, its enrollments and the teacher links that came from it",
        arguments: TestDatabase.all)
    func clears(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let full = try makeRosterFolder([
                "orgs.csv": RosterImportTests.orgs,
                "users.csv": RosterImportTests.users(extra: "t3,active,s1,teacher,Hana,Homeroom,,hana@oak.example,,,"),
                "classes.csv": Self.classes, "enrollments.csv": Self.enrollments,
            ])
            let first = try await RosterImportTests.importRoster(full, into: people.oakPrimary, app: app)
            #expect(first.applied && first.problems.isEmpty, "\(first.problems)")
            func form(_ id: String) async throws -> String? {
                try await Student.query(on: app.db).filter(\.$sourcedID == id).first()?.formGroup
            }
            func teachers(of id: String) async throws -> Set<String> {
                let student = try #require(try await Student.query(on: app.db).filter(\.$sourcedID == id).first())
                let links = try await StaffStudentLink.query(on: app.db).filter(\.$student.$id == student.id!).all()
                let users = try await User.query(on: app.db).filter(\.$id ~~ links.map { $0.$user.id }).all()
                return Set(users.map(\.name))
            }
            #expect(try await form("st1") == "7A")
            #expect(try await form("st2") == "7A")
            #expect(try await teachers(of: "st2") == ["Hana Homeroom"])

            let delta = try makeRosterFolder([
                "manifest.csv": Self.manifest,
                "classes.csv": """
                sourcedId,status,dateLastModified,title,classType,schoolSourcedId
                c3,tobedeleted,2026-10-01,7A,homeroom,s1

                """,
            ])
            let applied = try await RosterImportTests.importRoster(delta, into: people.oakPrimary, app: app)
            #expect(applied.applied && applied.problems.isEmpty, "\(applied.problems)")
            #expect(try await form("st1") == nil)
            #expect(try await form("st2") == nil)
            let rows = try await (app.db as! any SQLDatabase).raw(
                "SELECT class_sourced_id FROM roster_enrollments WHERE class_sourced_id = 'c3'"
            ).all()
            #expect(rows.isEmpty, "the class list is gone")
            // The class's teacher no longer works with its pupils through it; Maths 7 still links.
            #expect(try await teachers(of: "st2").isEmpty)
            #expect(try await teachers(of: "st1") == ["Tess Teacher"])
            // Imported again, nothing more changes.
            let again = try await RosterImportTests.importRoster(delta, into: people.oakPrimary, app: app)
            #expect(again.staffLinks == RosterImport.Counts(unchanged: 1), "\(again.staffLinks)")
            #expect(
                try await Student.query(on: app.db).filter(\.$isActive == true).count() == 2, "nobody is switched off")
        }
    }
}
