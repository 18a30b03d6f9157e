import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting
import ZIPFoundation

@testable import App
@testable import RoundtableCore

@Suite("Importing a OneRoster export")
struct RosterImportTests {
    static let orgs = """
        sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
        d1,active,2026-09-01,Oak Trust,district,,
        s1,active,2026-09-01,Oak Primary,school,,d1

        """

    static func users(zoeFamily: String = "Ångström", zoeStatus: String = "active", extra: String = "") -> String {
        """
        sourcedId,status,orgSourcedIds,role,givenName,familyName,preferredGivenName,email,phone,agentSourcedIds,grades
        st1,\(zoeStatus),s1,student,Zoë,\(zoeFamily),Zo,,,"p1,p2",07
        st2,active,s1,student,ليلى,الحسيني,,,,p1,08
        p1,active,s1,parent,Amira,"Ångström, Sr.",,amira@mail.example,07700 900001,,
        p2,active,s1,guardian,Karim,Haddad,,,07700 900002,,
        t1,active,s1,teacher,Tess,Teacher,,tess@oak.example,,,
        t2,active,s1,teacher,Ned,NoEmail,,,,,
        \(extra)
        """
    }

    static let classes = """
        sourcedId,status,title,schoolSourcedId
        c1,active,Maths 7,s1
        c2,active,Art 8,s1

        """

    static let enrollments = """
        sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role
        e1,active,c1,s1,st1,student
        e2,active,c1,s1,t1,teacher
        e3,active,c2,s1,st2,student

        """

    static func folder(users: String, enrollments: String = Self.enrollments) throws -> URL {
        try makeRosterFolder([
            "orgs.csv": orgs, "users.csv": users, "classes.csv": classes, "enrollments.csv": enrollments,
            "demographics.csv": "sourcedId,birthDate\nst1,2014-03-04\n",
        ])
    }

    static func importRoster(
        _ url: URL, into school: School, app: Application, dryRun: Bool = false, skipInvalid: Bool = false
    ) async throws -> RosterImport.Summary {
        try await RosterImport.run(
            try OneRosterReader.read(folder: url), into: school, rosterSchool: nil, skipInvalid: skipInvalid,
            dryRun: dryRun, context: .commandLine(at: app.roundtable.now), on: app.db, now: app.roundtable.now)
    }

    @Test(
        "An import creates students, families and staff, and the same files twice change nothing",
        arguments: TestDatabase.all)
    func importTwice(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let url = try Self.folder(users: Self.users())
            let first = try await Self.importRoster(url, into: people.oakPrimary, app: app)
            #expect(first.applied)
            #expect(first.students.created == 2)
            #expect(first.familyMembers.created == 2)
            #expect(first.staff.created == 1)
            #expect(first.staffWithoutEmail == 1)
            #expect(first.familyLinks.created == 3)
            #expect(first.staffLinks.created == 1)

            // What was written reads back through the models, dates and lists included.
            let zoeFound = try await Student.query(on: app.db).filter(\.$sourcedID == "st1").first()
            let zoe = try #require(zoeFound)
            #expect(zoe.displayName == "Zo Ångström")
            #expect(zoe.yearGroup == 7)
            #expect(zoe.homeLanguages == [])
            #expect(zoe.dateOfBirth.map { DateText.birthday($0).hasPrefix("4 March 2014") } == true)
            let laila = try await Student.query(on: app.db).filter(\.$sourcedID == "st2").first()
            #expect(laila?.legalGivenName == "ليلى")
            let amira = try await FamilyMember.query(on: app.db).filter(\.$sourcedID == "p1").first()
            #expect(amira?.familyName == "Ångström, Sr.")
            #expect(amira?.email == "amira@mail.example")
            let tess = try await User.query(on: app.db).filter(\.$email == "tess@oak.example").first()
            #expect(tess?.isPending == true)
            #expect(tess?.role == .staff)
            #expect(tess?.jobRole == .teacher)
            #expect(people.oakPrimary.sourcedID == "s1")

            let second = try await Self.importRoster(url, into: people.oakPrimary, app: app)
            #expect(second.students == RosterImport.Counts(unchanged: 2))
            #expect(second.familyMembers == RosterImport.Counts(unchanged: 2))
            #expect(second.staff == RosterImport.Counts(unchanged: 1))
            #expect(second.familyLinks == RosterImport.Counts(unchanged: 3))
            #expect(second.staffLinks == RosterImport.Counts(unchanged: 1))
            #expect(try await Student.query(on: app.db).count() == 2)

            // The imported student is searchable and visible to the teacher's leader.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            #expect(
                try await leader.get("/students?q=zoe").text.contains(
                    "<bdi>Ångström</bdi>, <bdi>Zoë</bdi> (<bdi>Zo</bdi>)"))
        }
    }

    @Test("A later export updates what changed and switches off who left, keeping history", arguments: TestDatabase.all)
    func laterExport(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            _ = try await Self.importRoster(try Self.folder(users: Self.users()), into: people.oakPrimary, app: app)
            // A hand-made link survives; the roster's own link to a class that is gone is removed.
            let st2Found = try await Student.query(on: app.db).filter(\.$sourcedID == "st2").first()
            let st2 = try #require(st2Found)
            try await StaffStudentLink(userID: people.primaryStaff.id!, studentID: st2.id!, source: "manual")
                .create(on: app.db)
            let later = try await Self.importRoster(
                try Self.folder(
                    users: Self.users(zoeFamily: "Ångström-Okafor", extra: "st3,active,s1,student,New,Pupil,,,,,09"),
                    enrollments: "sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role\n"),
                into: people.oakPrimary, app: app)
            #expect(later.students.updated == 1)
            #expect(later.students.created == 1)
            #expect(later.staffLinks.deactivated == 1)
            #expect(try await StaffStudentLink.query(on: app.db).filter(\.$source == "manual").count() == 1)

            let gone = try await Self.importRoster(
                try Self.folder(users: Self.users(zoeStatus: "tobedeleted")), into: people.oakPrimary, app: app)
            #expect(gone.students.deactivated == 1)
            let zoe = try await Student.query(on: app.db).filter(\.$sourcedID == "st1").first()
            #expect(zoe?.isActive == false)
            #expect(try await Student.query(on: app.db).count() == 3)
        }
    }

    @Test("A roster with bad rows changes nothing, unless asked to skip them", arguments: TestDatabase.all)
    func badRows(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let url = try Self.folder(users: Self.users(extra: "st9,active,s1,student,Bad,Grade,,,,,XX"))
            let refused = try await Self.importRoster(url, into: people.oakPrimary, app: app)
            #expect(!refused.applied)
            #expect(
                refused.problems.map(\.description) == [
                    "users.csv, line 8: \"XX\" is not a grade (expected a number such as 07, or KG)"
                ])
            #expect(try await Student.query(on: app.db).count() == 0)

            let dryRun = try await Self.importRoster(
                url, into: people.oakPrimary, app: app, dryRun: true, skipInvalid: true)
            #expect(!dryRun.applied)
            #expect(dryRun.students.created == 2)
            #expect(try await Student.query(on: app.db).count() == 0)

            let skipped = try await Self.importRoster(url, into: people.oakPrimary, app: app, skipInvalid: true)
            #expect(skipped.applied)
            #expect(try await Student.query(on: app.db).count() == 2)
            #expect(try await StaffStudentLink.query(on: app.db).count() == 1)

            // Later, Zoë's own row has a problem and is skipped: her teacher keeps her.
            let broken = Self.users().replacingOccurrences(
                of: "Ångström,Zo,,,\"p1,p2\",07", with: "Ångström,Zo,,,\"p1,p2\",XX")
            let later = try await Self.importRoster(
                try Self.folder(users: broken), into: people.oakPrimary, app: app, skipInvalid: true)
            #expect(later.applied)
            #expect(later.staffLinks.deactivated == 0)
            #expect(try await StaffStudentLink.query(on: app.db).count() == 1)
            let audit = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.rosterImported.rawValue)
                .count()
            // Each applied import is audited once: the skip-invalid import and the later one.
            #expect(audit == 2)
        }
    }

    static let deltaManifest = """
        propertyName,value
        manifest.version,1.0
        oneroster.version,1.1
        file.academicSessions,absent
        file.orgs,absent
        file.users,delta
        file.classes,absent
        file.enrollments,delta
        file.demographics,absent

        """

    @Test(
        "A delta export changes only what it names, matches people imported before, and never deletes",
        arguments: TestDatabase.all)
    func delta(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            _ = try await Self.importRoster(try Self.folder(users: Self.users()), into: people.oakPrimary, app: app)
            // Zoë leaves her class and the school, a new pupil with a parent imported before joins
            // her class (whose teacher the delta does not name), a guardian's phone changes. No orgs.csv.
            let users = """
                sourcedId,status,dateLastModified,orgSourcedIds,role,givenName,familyName,phone,email,agentSourcedIds,grades
                st1,tobedeleted,2026-10-01,s1,student,Zoë,Ångström,,,,07
                st3,active,2026-10-01,s1,student,New,Pupil,,,p1,08
                p2,active,2026-10-01,s1,guardian,Karim,Haddad,07700 900009,,,

                """
            let enrollments = """
                sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role
                e7,active,2026-10-01,c1,s1,st3,student
                e1,tobedeleted,2026-10-01,c1,s1,st1,student

                """
            let url = try makeRosterFolder([
                "manifest.csv": Self.deltaManifest, "users.csv": users, "enrollments.csv": enrollments,
            ])
            let delta = try await Self.importRoster(url, into: people.oakPrimary, app: app)
            #expect(delta.applied)
            #expect(delta.problems.isEmpty, "\(delta.problems)")
            #expect(delta.delta == true)
            #expect(delta.students == RosterImport.Counts(created: 1, deactivated: 1))
            #expect(delta.familyMembers == RosterImport.Counts(updated: 1))
            #expect(delta.familyLinks == RosterImport.Counts(created: 1))
            // The new pupil works with the teacher of the class; Zoë's link to it ends.
            #expect(delta.staffLinks == RosterImport.Counts(created: 1, deactivated: 1))
            #expect(
                delta.notes?.map(\.description) == [
                    "users.csv, line 2: st1 has left: switched off, their meetings and records are kept"
                ])

            // Nothing is deleted: Zoë is switched off, Laila (not in the delta) is untouched.
            let zoe = try await Student.query(on: app.db).filter(\.$sourcedID == "st1").first()
            #expect(zoe?.isActive == false)
            let laila = try await Student.query(on: app.db).filter(\.$sourcedID == "st2").first()
            #expect(laila?.isActive == true)
            #expect(try await Student.query(on: app.db).count() == 3)
            let links = try await StaffStudentLink.query(on: app.db).all()
            let st3Found = try await Student.query(on: app.db).filter(\.$sourcedID == "st3").first()
            #expect(links.map { $0.$student.id } == [try #require(st3Found).id!])
            #expect(try await StudentFamilyLink.query(on: app.db).count() == 4)
            let karim = try await FamilyMember.query(on: app.db).filter(\.$sourcedID == "p2").first()
            #expect(karim?.phone == "07700 900009")

            // The same delta again changes nothing.
            let again = try await Self.importRoster(url, into: people.oakPrimary, app: app)
            #expect(again.students == RosterImport.Counts(unchanged: 2))
            #expect(again.familyLinks == RosterImport.Counts(unchanged: 1))
            #expect(again.staffLinks == RosterImport.Counts(unchanged: 1))

            // A delta into a school that never had a full import is refused, plainly.
            do {
                _ = try await Self.importRoster(url, into: people.oakSecondary, app: app)
                Issue.record("a delta into a school with no full import was applied")
            } catch let failure as RosterImport.Failure {
                #expect(failure.description.hasPrefix("This is a delta export"))
            }
        }
    }

    /// The shape small third-party systems write: every value quoted, empty statuses, no
    /// grades, a student enrolled as a teacher, classes naming courses and terms not exported.
    static func sparse(extraUser: String = "", extraEnrollment: String = "") throws -> URL {
        try makeRosterFolder([
            "orgs.csv": """
            "sourcedId","status","dateLastModified","name","type","identifier","parentSourcedId"
            "s1","","","Oak Primary","school","",""

            """,
            "users.csv": """
            "sourcedId","status","dateLastModified","enabledUser","orgSourcedIds","role","username","userIds","givenName","familyName","middleName","identifier","email","sms","phone","agentSourcedIds","grades","password"
            "us0001","","","true","s1","student","","","Ada","Lovelace","","","","","","us0101","",""
            "us0002","","","true","s1","student","","","Alan","Turing","","","","","","","",""
            "us0101","","","true","s1","parent","","","Anne","Lovelace","","","anne@mail.example","","","us0001","",""
            "us0201","","","true","s1","teacher","","","Grace","Hopper","","","grace@oak.example","","","","",""
            \(extraUser)
            """,
            "classes.csv": """
            "sourcedId","status","dateLastModified","title","grades","courseSourcedId","classCode","classType","location","schoolSourcedId","termSourcedIds","subjects"
            "cl01","","","Science","","co01","SCI","scheduled","","s1","te01",""
            "cl02","","","7 Oak","","","","homeroom","","s1","",""

            """,
            "enrollments.csv": """
            "sourcedId","status","dateLastModified","classSourcedId","schoolSourcedId","userSourcedId","role","primary","beginDate","endDate"
            "en01","","","cl01","s1","us0001","teacher","false","",""
            "en02","","","cl01","s1","us0002","student","false","",""
            "en03","","","cl01","s1","us0201","teacher","true","",""
            "en04","","","cl02","s1","us0002","student","false","",""
            \(extraEnrollment)
            """,
        ])
    }

    @Test(
        "A sparse export imports: no grades, a role conflict and problems that cascade are said plainly",
        arguments: TestDatabase.all)
    func sparse(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            // A bad row, and a row referring to it: the second says why.
            let broken = try Self.sparse(
                extraUser: #""us0009","","","true","s1","learner","","","Mo","Bad","","","","","","","","""#,
                extraEnrollment: #""en09","","","cl01","s1","us0009","student","false","","""#)
            let refused = try await Self.importRoster(broken, into: people.oakPrimary, app: app)
            #expect(!refused.applied)
            #expect(
                refused.problems.map(\.description) == [
                    "users.csv, line 6: unknown role \"learner\"",
                    "enrollments.csv, line 6: refers to us0009, whose row at users.csv line 6 has a problem",
                ])

            let summary = try await Self.importRoster(try Self.sparse(), into: people.oakPrimary, app: app)
            #expect(summary.applied)
            #expect(summary.problems.isEmpty, "\(summary.problems)")
            #expect(summary.students.created == 2)
            #expect(summary.familyMembers.created == 1)
            #expect(summary.staff.created == 1)
            #expect(summary.familyLinks.created == 1)
            // Grace teaches Alan; Ada's enrollment as a teacher is left out.
            #expect(summary.staffLinks.created == 1)
            #expect(
                summary.notes?.map(\.description) == [
                    "users.csv, line 2: the student us0001 has no grade: imported with the year group unknown",
                    "users.csv, line 3: the student us0002 has no grade: imported with the year group unknown",
                    "enrollments.csv, line 2: us0001 is a student in users.csv but enrolled as a teacher in cl01: "
                        + "imported as a student, this enrollment is left out",
                ])
            // The homeroom's title is Alan's form group.
            let alan = try await Student.query(on: app.db).filter(\.$sourcedID == "us0002").first()
            #expect(alan?.formGroup == "7 Oak")
            let adaFound = try await Student.query(on: app.db).filter(\.$sourcedID == "us0001").first()
            let ada = try #require(adaFound)
            #expect(ada.yearGroup == YearGroups.unknown)
            #expect(try await User.query(on: app.db).filter(\.$sourcedID == "us0001").count() == 0)

            // The student list and page say the year group is unknown, never "Year 0" or a number.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let list = try await leader.get("/students?q=lovelace").text
            #expect(list.contains("Year group unknown"))
            #expect(!list.contains("Year 99") && !list.contains("Year 0"))
            let page = try await leader.get(SiteRoute.student(StudentID(ada.id!), .show()).path).text
            #expect(page.contains("Year group unknown"))
            let edit = try await leader.get(SiteRoute.student(StudentID(ada.id!), .edit).path).text
            #expect(!edit.contains("value=\"99\""))

            // A later export with her grade sets it; one without keeps it.
            let graded = try makeRosterFolder([
                "orgs.csv": Self.orgs,
                "users.csv": """
                sourcedId,status,orgSourcedIds,role,givenName,familyName,grades
                us0001,active,s1,student,Ada,Lovelace,05

                """,
            ])
            _ = try await Self.importRoster(graded, into: people.oakPrimary, app: app)
            _ = try await Self.importRoster(try Self.sparse(), into: people.oakPrimary, app: app)
            let later = try await Student.query(on: app.db).filter(\.$sourcedID == "us0001").first()
            #expect(later?.yearGroup == 5)
        }
    }
}

@Suite("Uploading a roster in the browser")
struct RosterUploadTests {
    @Test("An administrator uploads a zip, follows the import, and sees what it did", arguments: TestDatabase.all)
    func upload(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let folder = try RosterImportTests.folder(users: RosterImportTests.users())
            let zip = FileManager.default.temporaryDirectory.appendingPathComponent("up-\(UUID().uuidString).zip")
            try FileManager.default.zipItem(at: folder, to: zip, shouldKeepParent: true)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            try await admin.get("/roster-import")

            let wrongType = try await admin.upload(
                "/roster-import", fields: ["school": people.oakPrimary.id!.uuidString],
                file: ("file", "users.csv", Data("x".utf8)))
            #expect(wrongType.status == .unprocessableEntity)
            #expect(wrongType.text.contains("Choose a .zip file"))

            let started = try await admin.upload(
                "/roster-import", fields: ["school": people.oakPrimary.id!.uuidString],
                file: ("file", "export.zip", try Data(contentsOf: zip)))
            #expect(started.status == .seeOther)
            let jobPath = try #require(started.location)
            var page = try await admin.get(jobPath)
            for _ in 0..<100 where page.text.contains("This page updates by itself") {
                try await Task.sleep(for: .milliseconds(50))
                page = try await admin.get(jobPath)
            }
            #expect(page.text.contains("Done:"))
            #expect(page.text.contains("export.zip"))
            #expect(try await Student.query(on: app.db).count() == 2)
            #expect(try await admin.get("/roster-import").text.contains("export.zip"))
        }
    }
}

@Suite("Roster zip files")
struct RosterArchiveTests {
    @Test("A zip with the files in a folder inside is unpacked and read; bad zips are named")
    func zip() throws {
        let folder = try RosterImportTests.folder(users: RosterImportTests.users())
        let zip = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString).zip")
        try FileManager.default.zipItem(at: folder, to: zip, shouldKeepParent: true)
        let (unpacked, cleanUp) = try RosterArchive.folder(for: zip)
        defer { cleanUp.map { try? FileManager.default.removeItem(at: $0) } }
        let roster = try OneRosterReader.read(folder: unpacked)
        #expect(roster.problems.isEmpty)
        #expect(roster.people.count == 6)

        // A delta may hold only its manifest and the files that changed.
        let delta = try makeRosterFolder([
            "manifest.csv": RosterImportTests.deltaManifest,
            "enrollments.csv":
                "sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role\ne7,active,c2,s1,st3,student\n",
        ])
        let deltaZip = FileManager.default.temporaryDirectory.appendingPathComponent("delta-\(UUID().uuidString).zip")
        try FileManager.default.zipItem(at: delta, to: deltaZip, shouldKeepParent: true)
        let (deltaFolder, deltaCleanUp) = try RosterArchive.folder(for: deltaZip)
        defer { deltaCleanUp.map { try? FileManager.default.removeItem(at: $0) } }
        let deltaRoster = try OneRosterReader.read(folder: deltaFolder)
        #expect(deltaRoster.isDelta && deltaRoster.problems.isEmpty && deltaRoster.enrollments.count == 1)

        let notZip = FileManager.default.temporaryDirectory.appendingPathComponent("fake-\(UUID().uuidString).zip")
        try Data("not a zip".utf8).write(to: notZip)
        #expect(throws: RosterArchive.Failure.self) { try RosterArchive.folder(for: notZip) }

        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: empty.appendingPathComponent("readme.txt"))
        let emptyZip = empty.appendingPathExtension("zip")
        try FileManager.default.zipItem(at: empty, to: emptyZip)
        #expect {
            try RosterArchive.folder(for: emptyZip)
        } throws: { error in
            (error as? RosterArchive.Failure)?.description == "the zip file has no users.csv in it"
        }
    }
}

/// Shared with the reader tests: a temporary folder of files.
func makeRosterFolder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in files {
        try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return url
}
