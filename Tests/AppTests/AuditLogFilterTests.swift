import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// "An audit log people can use" (issue 15): search by member of staff, student, kind of event
/// and date; a hundred a page; the same rows as a CSV file, whose download is itself recorded.
@Suite("The audit log's search and download")
struct AuditLogFilterTests {
    /// Events at the primary school, each with a marker in its summary to look for.
    static func record(
        _ app: Application, _ people: Fixtures, _ action: AuditAction, by actor: User, _ marker: String,
        daysAgo: Double = 0, about subject: (String, UUID)? = nil
    ) async throws {
        let context = AuditContext(
            now: app.roundtable.now.addingTimeInterval(-daysAgo * 86_400), actorID: actor.id, actorName: actor.name,
            organisationID: people.oak.id, schoolID: people.oakPrimary.id)
        try await AuditLog.record(
            action, on: app.db, context: context, subjectType: subject?.0, subjectID: subject?.1, summary: marker)
    }

    @Test("Each filter narrows the page, and the CSV holds the same rows", arguments: TestDatabase.all)
    func filters(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let by = try await StaffContext.of(people.primaryStaff, on: app.db)
            let meeting = try await Meetings.create(
                .behaviourConcern, for: s.zoe, by: by, context: AuditContext(now: app.roundtable.now), on: app.db)
            try await Self.record(
                app, people, .studentViewed, by: people.primaryStaff, "EV-ZOE", about: ("student", s.zoe.id!))
            try await Self.record(
                app, people, .studentViewed, by: people.primaryLeader, "EV-OMAR", about: ("student", s.omar.id!))
            try await Self.record(
                app, people, .meetingViewed, by: people.primaryStaff, "EV-MEETING", daysAgo: 3,
                about: ("meeting", meeting.id!))
            try await Self.record(app, people, .roleChanged, by: people.primaryLeader, "EV-ROLE", daysAgo: 10)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let all = try await leader.get("/audit")
            for marker in ["EV-ZOE", "EV-OMAR", "EV-MEETING", "EV-ROLE"] { #expect(all.text.contains(marker)) }
            // An event about a meeting names its student for a leader, who sees every student.
            #expect(all.text.contains("About <bdi>Zoë Ångström</bdi>") || all.text.contains("About Zoë Ångström"))

            func shows(_ query: String) async throws -> Set<String> {
                let page = try await leader.get("/audit?" + query)
                #expect(page.status == .ok, "\(query)")
                return Set(["EV-ZOE", "EV-OMAR", "EV-MEETING", "EV-ROLE"].filter { page.text.contains($0) })
            }
            #expect(try await shows("staff=\(people.primaryStaff.id!)") == ["EV-ZOE", "EV-MEETING"])
            #expect(try await shows("student=zo") == ["EV-ZOE", "EV-MEETING"])
            #expect(try await shows("student=haddad") == ["EV-OMAR"])
            #expect(try await shows("kind=looked_at") == ["EV-ZOE", "EV-OMAR", "EV-MEETING"])
            #expect(try await shows("kind=staff_accounts") == ["EV-ROLE"])
            let day = { (ago: Double) in
                StudentForm.inputValue(app.roundtable.now.addingTimeInterval(-ago * 86_400))
            }
            #expect(try await shows("from=\(day(5))") == ["EV-ZOE", "EV-OMAR", "EV-MEETING"])
            #expect(try await shows("from=\(day(11))&to=\(day(2))") == ["EV-MEETING", "EV-ROLE"])
            #expect(
                try await shows("staff=\(people.primaryStaff.id!)&kind=looked_at&student=zoe&to=\(day(1))") == [
                    "EV-MEETING"
                ])

            // A changed address is refused, saying what to put right, not shown unfiltered.
            let bad = try await leader.get("/audit?kind=picnics&from=soon")
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Choose a kind of event from the list"))
            #expect(!bad.text.contains("EV-ROLE"))

            // The download: the filtered rows only, as text a spreadsheet will not run.
            let file = try await leader.get("/audit/export.csv?kind=looked_at&student=zo")
            #expect(file.status == .ok)
            #expect(file.headers.contentType?.subType == "csv")
            #expect(file.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let lines = file.text.split(separator: "\r\n").map(String.init)
            #expect(file.text.hasPrefix("\u{FEFF}"))
            #expect(lines.first?.dropFirst() == #""When","Who","What","About","Details","Network address""#)
            #expect(lines.count == 3)
            #expect(file.text.contains("EV-ZOE") && file.text.contains("EV-MEETING"))
            #expect(!file.text.contains("EV-OMAR") && !file.text.contains("EV-ROLE"))
            #expect(file.text.contains(#""Zoë Ångström""#))

            // And the download is in the log, saying what was downloaded.
            let exports = try await AuditEvent.query(on: app.db).filter(\.$action == AuditAction.auditExported.rawValue)
                .all()
            #expect(exports.count == 1)
            #expect(exports.first?.actorID == people.primaryLeader.id)
            #expect(exports.first?.schoolID == people.oakPrimary.id)
            #expect(exports.first?.summary == #"Oak Primary, student "zo", opening a student or a meeting: 2 events"#)
            #expect(try await shows("kind=downloads").isEmpty)
            #expect(try await leader.get("/audit?kind=downloads").text.contains("Downloaded the audit log"))
            // Staff who may not read the log may not download it either.
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            #expect(try await teacher.get("/audit/export.csv").status == .notFound)
        }
    }

    @Test(
        "What families do from their links is in the school's and the organisation's log; their lines match the student",
        arguments: TestDatabase.all)
    func participantLines(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            // A link knows its school, not the organisation: recorded without one.
            try await AuditLog.record(
                .participantReplied, on: app.db, context: AuditContext(now: app.roundtable.now),
                schoolID: people.oakPrimary.id, subjectType: "family_member", subjectID: s.mother.id,
                summary: "EV-FAMILY")
            for user in [people.primaryLeader, people.oakAdmin] {
                let browser = TestBrowser(app)
                try await browser.signIn(user)
                let school = "school=\(people.oakPrimary.id!)"
                #expect(try await browser.get("/audit?\(school)&kind=participants").text.contains("EV-FAMILY"))
                #expect(try await browser.get("/audit?\(school)&student=zo").text.contains("EV-FAMILY"))
            }
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            #expect(try await admin.get("/audit").text.contains("EV-FAMILY"))
        }
    }

    @Test("A hundred events a page; the rest on page two, filter kept", arguments: TestDatabase.all)
    func pages(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            for n in 0..<105 {
                try await Self.record(
                    app, people, .roleChanged, by: people.primaryStaff, String(format: "PG-%03d", n),
                    daysAgo: Double(n) / 1000 + 1)
            }
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let first = try await leader.get("/audit?kind=staff_accounts")
            #expect(first.text.contains("PG-000") && first.text.contains("PG-099"))
            #expect(!first.text.contains("PG-100"))
            // The link to the next page keeps the school and the filter.
            #expect(first.text.contains("&amp;kind=staff_accounts&amp;page=2\""))
            let second = try await leader.get("/audit?kind=staff_accounts&page=2")
            #expect(second.text.contains("PG-100") && second.text.contains("PG-104"))
            #expect(!second.text.contains("PG-099"))
            #expect(!second.text.contains("Older events"))
            let file = try await leader.get("/audit/export.csv?kind=staff_accounts")
            #expect(file.text.split(separator: "\r\n").count == 106)
        }
    }

    @Test("A meeting's student is named only to a viewer StudentScope lets see them", arguments: TestDatabase.all)
    func names(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let by = try await StaffContext.of(people.primaryStaff, on: app.db)
            let meeting = try await Meetings.create(
                .behaviourConcern, for: s.zoe, by: by, context: AuditContext(now: app.roundtable.now), on: app.db)
            let row = AuditLogPage.Row(
                id: UUID(), occurred_at: app.roundtable.now, actor_name: nil,
                action: AuditAction.meetingViewed.rawValue,
                summary: nil, ip_address: nil, subject_type: "meeting", subject_id: meeting.id)
            func named(for user: User) async throws -> String? {
                let staff = try await StaffContext.of(user, on: app.db)
                let scope = AuditLogPage.Scope(
                    organisationID: people.oak.id!, schoolID: people.oakPrimary.id,
                    students: StudentDirectory.scope(for: staff), userID: user.id!)
                return try await AuditLogPage.students(of: [row], scope, on: try app.db.sql())[meeting.id!]
            }
            #expect(try await named(for: people.primaryLeader) == "Zoë Ångström")
            #expect(try await named(for: people.primaryStaff) == "Zoë Ångström")
            // The head of Year 8 does not reach Zoë (Year 7), nor does another school's leader.
            #expect(try await named(for: s.headOfYear) == "a student")
            #expect(try await named(for: people.secondaryLeader) == "a student")
        }
    }
}
