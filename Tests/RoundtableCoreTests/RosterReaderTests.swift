import Foundation
import Testing

@testable import RoundtableCore

@Suite("Reading OneRoster files")
struct RosterReaderTests {
    /// A fresh folder with the given files.
    static func folder(_ files: [String: String], bom: Bool = false, crlf: Bool = false) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("roster-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            var body = crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
            if bom { body = "\u{FEFF}" + body }
            try body.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return url
    }

    static let orgs = """
        sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
        d1,active,2026-09-01,Harbour Trust,district,,
        s1,active,2026-09-01,Harbour Primary,school,,d1

        """

    static let users11 = """
        sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,x_custom
        st1,active,,true,s1,student,,,Zoë,"Ångström, Jr.",,,,,,"p1,p2",07,,extra
        st2,active,,true,s1,student,,,ليلى,الحسيني,,,,,,p1,KG,,
        st3,tobedeleted,,true,s1,student,,,王,芳,,,,,,,10,,
        p1,active,,true,s1,parent,,,Amira,"O""Neil",,,amira@mail.example,,07700 900001,st1,,,
        p2,active,,true,s1,guardian,,,Karim,Haddad,,,,,,,,,
        t1,active,,true,s1,teacher,,,Tess,Teacher,,,tess@harbour.example,,,,,,

        """

    @Test("A real-looking 1.1 export reads completely: BOM, CRLF, quotes, commas, any script, extra columns")
    func readsTolerantly() throws {
        let url = try Self.folder(
            [
                "orgs.csv": Self.orgs, "users.csv": Self.users11,
                "manifest.csv": "propertyName,value\noneroster.version,1.1\n",
            ],
            bom: true, crlf: true)
        let roster = try OneRosterReader.read(folder: url)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.schools.map(\.name) == ["Harbour Primary"])
        #expect(roster.people.count == 6)
        let zoe = try #require(roster.people.first { $0.sourcedID == "st1" })
        #expect(zoe.givenName == "Zoë")
        #expect(zoe.familyName == "Ångström, Jr.")
        #expect(zoe.agentSourcedIDs == ["p1", "p2"])
        #expect(zoe.yearGroup == 7)
        let laila = try #require(roster.people.first { $0.sourcedID == "st2" })
        #expect(laila.givenName == "ليلى")
        #expect(laila.yearGroup == 0)
        #expect(roster.people.first { $0.sourcedID == "st3" }?.status == .toBeDeleted)
        #expect(roster.people.first { $0.sourcedID == "p1" }?.familyName == #"O"Neil"#)
        #expect(roster.people.first { $0.sourcedID == "p2" }?.role == .guardian)
    }

    @Test("A homeroom class gives its students their form group; other classes do not")
    func homerooms() throws {
        let classes = """
            sourcedId,status,title,classType,schoolSourcedId,courseSourcedId
            h7a,active,7A,homeroom,s1,
            m7,active,Maths 7,scheduled,s1,
            h7b,active, 7B ,Homeroom,s1,

            """
        let enrollments = """
            sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role
            e1,active,h7a,s1,st1,student
            e2,active,m7,s1,st2,student
            e3,active,h7b,s1,t1,teacher
            e4,active,h7b,s1,st2,student

            """
        let url = try Self.folder([
            "orgs.csv": Self.orgs, "users.csv": Self.users11, "classes.csv": classes, "enrollments.csv": enrollments,
        ])
        let roster = try OneRosterReader.read(folder: url)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.people.first { $0.sourcedID == "st1" }?.formGroup == "7A")
        #expect(roster.people.first { $0.sourcedID == "st2" }?.formGroup == "7B")
        // A teacher of a homeroom is not given a form group.
        #expect(roster.people.first { $0.sourcedID == "t1" }?.formGroup == nil)
    }

    @Test("Every bad row is reported with its file, line and reason")
    func reportsBadRows() throws {
        let users = """
            sourcedId,status,orgSourcedIds,role,givenName,familyName,grades,agentSourcedIds
            st1,active,s1,student,Zoë,Ångström,07,p9
            st1,active,s1,student,Again,Twice,07,
            st2,active,s1,student,,Nameless,07,
            st3,active,s1,student,No,Grade,,
            st4,active,s1,student,Bad,Grade,year seven,
            st5,active,s9,student,Lost,School,07,
            x1,active,s1,wizard,Merlin,Ambrosius,,

            """
        let demographics = "sourcedId,birthDate\nst1,2014-02-30\nghost,2014-01-01\nst4,2014-01-01\n"
        let url = try Self.folder(["orgs.csv": Self.orgs, "users.csv": users, "demographics.csv": demographics])
        let roster = try OneRosterReader.read(folder: url)
        let described = roster.problems.map(\.description)
        #expect(described.contains("users.csv, line 3: the sourcedId st1 appears twice"))
        #expect(described.contains("users.csv, line 4: givenName is empty"))
        // No grade is allowed in OneRoster 1.1: a warning, and the student is kept.
        #expect(
            roster.warnings.map(\.description) == [
                "users.csv, line 5: the student st3 has no grade: imported with the year group unknown"
            ])
        #expect(described.contains { $0.hasPrefix("users.csv, line 6: \"year seven\" is not a grade") })
        #expect(described.contains("users.csv, line 7: the org s9 is not in orgs.csv"))
        #expect(described.contains("users.csv, line 8: unknown role \"wizard\""))
        #expect(described.contains("users.csv, line 2: the agent p9 is not in users.csv"))
        #expect(described.contains { $0.hasPrefix("demographics.csv, line 2: \"2014-02-30\" is not a date") })
        #expect(described.contains("demographics.csv, line 3: the user ghost is not in users.csv"))
        // A row referring to a row with a problem says so, rather than "not in users.csv".
        #expect(
            described.contains("demographics.csv, line 4: refers to st4, whose row at users.csv line 6 has a problem"))
        #expect(roster.problemCount == roster.problems.count)
        // Only good rows are kept.
        #expect(roster.people.map(\.sourcedID) == ["st1", "st3"])
        #expect(roster.people.last?.yearGroup == nil)
    }

    @Test("OneRoster 1.2 takes roles from roles.csv and preferred names from users.csv")
    func version12() throws {
        let users = """
            sourcedId,status,enabledUser,username,givenName,familyName,preferredGivenName,grades,agentSourcedIds,primaryOrgSourcedId
            st1,active,true,,Alexandra,Marsh,Sasha,09,,s1
            p1,active,true,,Helen,Marsh,,,st1,s1

            """
        let roles = """
            sourcedId,status,userSourcedId,roleType,role,orgSourcedId
            r1,active,st1,primary,student,s1
            r2,active,p1,primary,parent,s1

            """
        let url = try Self.folder([
            "orgs.csv": Self.orgs, "users.csv": users, "roles.csv": roles,
            "manifest.csv": "propertyName,value\noneroster.version,1.2\n",
        ])
        let roster = try OneRosterReader.read(folder: url)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.version == "1.2")
        #expect(roster.people.first?.preferredGivenName == "Sasha")
        #expect(roster.people.first?.orgSourcedIDs == ["s1"])
        #expect(roster.people.last?.role == .parent)
    }

    @Test("A delta export reads without orgs.csv and refers to people imported before")
    func delta() throws {
        let users = """
            sourcedId,status,dateLastModified,orgSourcedIds,role,givenName,familyName,agentSourcedIds,grades
            st1,active,2026-10-01,s1,student,Zoë,Ångström-Okafor,,07
            st3,tobedeleted,2026-10-01,s1,student,Wang,Fang,,10
            st4,active,2026-10-01,s1,student,New,Pupil,p1,08

            """
        let enrollments = """
            sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role
            e9,active,2026-10-01,c1,s1,st4,student
            e1,tobedeleted,2026-10-01,c1,s1,st1,student

            """
        let manifest = """
            propertyName,value
            manifest.version,1.0
            oneroster.version,1.1
            file.orgs,absent
            file.users,delta
            file.enrollments,delta
            file.classes,absent

            """
        let roster = try OneRosterReader.read(
            folder: try Self.folder(["manifest.csv": manifest, "users.csv": users, "enrollments.csv": enrollments]))
        #expect(roster.isDelta)
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.people.map(\.sourcedID) == ["st1", "st3", "st4"])
        #expect(roster.people[1].status == .toBeDeleted)
        // p1 was imported before: not a problem in a delta. The class comes from the enrollment.
        #expect(roster.people[2].agentSourcedIDs == ["p1"])
        #expect(roster.enrollments == [Roster.Enrollment(classSourcedID: "c1", userSourcedID: "st4", role: "student")])
        #expect(roster.classes["c1"] == "s1")
        #expect(
            roster.leftEnrollments == [Roster.Enrollment(classSourcedID: "c1", userSourcedID: "st1", role: "student")])

        // The same files as a bulk export are refused for what is missing.
        #expect(throws: OneRosterReader.Failure.missingFile("orgs.csv")) {
            try OneRosterReader.read(folder: try Self.folder(["users.csv": users, "enrollments.csv": enrollments]))
        }
    }

    @Test("A delta's class marked tobedeleted is read as gone, with the form it gave; its enrollments are not kept")
    func deletedClass() throws {
        let classes = """
            sourcedId,status,dateLastModified,title,classType,schoolSourcedId
            c3,tobedeleted,2026-10-01,7A,homeroom,s1
            c4,tobedeleted,2026-10-01,,scheduled,s1

            """
        let enrollments = """
            sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role
            e9,active,2026-10-01,c3,s1,st4,student

            """
        let manifest = """
            propertyName,value
            manifest.version,1.0
            oneroster.version,1.1
            file.orgs,absent
            file.users,absent
            file.classes,delta
            file.enrollments,delta

            """
        let roster = try OneRosterReader.read(
            folder: try Self.folder(["manifest.csv": manifest, "classes.csv": classes, "enrollments.csv": enrollments]))
        #expect(roster.problems.isEmpty, "\(roster.problems)")
        #expect(roster.deletedClasses["c3"] == Roster.DeletedClass(schoolSourcedID: "s1", title: "7A"))
        #expect(roster.deletedClasses["c4"] == Roster.DeletedClass(schoolSourcedID: "s1", title: nil))
        #expect(roster.classes.isEmpty && roster.homerooms.isEmpty)
        // An active row in a class that is going does not bring it back.
        #expect(roster.enrollments.isEmpty)
    }

    @Test("A missing file or column is named")
    func missingPieces() throws {
        #expect(throws: OneRosterReader.Failure.missingFile("users.csv")) {
            try OneRosterReader.read(folder: try Self.folder(["orgs.csv": Self.orgs]))
        }
        #expect(throws: OneRosterReader.Failure.missingColumns(file: "orgs.csv", columns: ["type"])) {
            try OneRosterReader.read(
                folder: try Self.folder(["orgs.csv": "sourcedId,name\ns1,School\n", "users.csv": Self.users11]))
        }
    }

    @Test("Quoted fields may hold line breaks, and an unclosed quote is reported")
    func csvEdges() throws {
        let url = try Self.folder(["a.csv": "a,b\n\"line one\nline two\",x\n\"open,y\n"])
        var records: [CSVReader.Record] = []
        #expect(throws: CSVReader.Failure.unclosedQuote(line: 4)) {
            try CSVReader(url: url.appendingPathComponent("a.csv")).forEach { records.append($0) }
        }
        #expect(records.count == 2)
        #expect(records[1].fields == ["line one\nline two", "x"])
        #expect(records[1].line == 2)
    }

    @Test("Grades map to year groups", arguments: [("07", 7), ("7", 7), ("KG", 0), ("PK", -1), ("13", 13)])
    func grades(grade: String, year: Int) {
        #expect(RosterGrades.yearGroup(grade) == year)
    }
}
