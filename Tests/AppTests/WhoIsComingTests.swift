import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Issue 13, "who is coming": a colleague from anywhere in the school, for part of the
/// meeting, and someone the family brings.
@Suite("Who is coming")
struct WhoIsComingTests {
    /// The teacher plans a meeting about Zoë and invites the special needs coordinator, who
    /// does not otherwise reach her.
    static func inviteSENCO(
        _ app: Application, _ people: Fixtures, _ s: StudentFixtures
    ) async throws
        -> (teacher: TestBrowser, path: String)
    {
        let teacher = TestBrowser(app)
        try await teacher.signIn(people.primaryStaff)
        let path = try await MeetingTests.start(teacher, student: s.zoe)
        let form = try await teacher.get(path + "/participants")
        #expect(form.text.contains("Invite someone else from the school"))
        #expect(form.text.contains("value=\"staff:\(s.senco.id!)\""))
        let saved = try await teacher.post(
            path + "/participants", ["invite[]": "student:\(s.zoe.id!)", "colleague": "staff:\(s.senco.id!)"])
        #expect(saved.status == .seeOther)
        return (teacher, path)
    }

    @Test(
        "A colleague invited from beyond the student's circle reads that meeting and its record, and nothing more",
        arguments: TestDatabase.all)
    func invitedColleague(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await Self.inviteSENCO(app, people, s)
            let meetingID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let invited = try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meetingID)
                .filter(\.$user.$id == s.senco.id!).count()
            #expect(invited == 1)
            // The record: a staff-only note they read, and the teacher's private reflection they do not.
            for (text, kind, label) in [
                ("Staff-only: check the lunch rota", RecordEntryKind.note, RecordLabel.staffOnly),
                ("My own doubts", .reflection, .private),
            ] {
                let entry = RecordEntry()
                entry.$meeting.id = meetingID
                entry.kind = kind
                entry.label = label
                entry.$author.id = people.primaryStaff.id
                entry.text = text
                try await entry.create(on: app.db)
            }
            let other = try await MeetingTests.start(teacher, student: s.zoe)

            let senco = TestBrowser(app)
            try await senco.signIn(s.senco)
            let page = try await senco.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("Zoë"))
            // The page leads on to nothing of Zoë's beyond this meeting.
            #expect(!page.text.contains("/students/\(s.zoe.id!)"))
            let record = try await senco.get(path + "/record")
            #expect(record.status == .ok)
            #expect(record.text.contains("Staff-only: check the lunch rota"))
            #expect(!record.text.contains("My own doubts"))
            for closed in [
                path + "/run", "/students/\(s.zoe.id!)", "/students/\(s.zoe.id!)/timeline", other,
                path + "/participants",
                path + "/guests",
            ] {
                #expect(try await senco.get(closed).status == .notFound, "\(closed)")
            }
            let students = try await senco.get("/students")
            #expect(students.status == .ok)
            #expect(!students.text.contains("Ångström"))
            // Their lists hold the meeting they were asked to, and not the other one.
            let list = try await senco.get("/meetings")
            #expect(list.text.contains(path))
            #expect(!list.text.contains(other))
            let home = try await senco.get("/")
            #expect(home.status == .ok)
            #expect(!home.text.contains(other))
        }
    }

    @Test(
        "Someone comes for part of the meeting: inside its time, shown where people look", arguments: TestDatabase.all)
    func partOfTheMeeting(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await Self.inviteSENCO(app, people, s)
            let meetingID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let participant = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meetingID)
                    .filter(\.$user.$id == s.senco.id!).first())
            let timePath = path + "/participants/\(participant.id!)/time"
            let meeting = try #require(try await Meeting.find(meetingID, on: app.db))
            #expect(try await teacher.get(path + "/people").text.contains("Set a time"))
            let form = try await teacher.get(timePath)
            #expect(form.status == .ok)
            #expect(form.text.contains("When does \(s.senco.name) join?"))
            let tooLong = try await teacher.post(timePath, ["from": "0", "until": "\(meeting.lengthMinutes + 15)"])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("up to \(meeting.lengthMinutes)"))
            #expect(tooLong.text.contains("value=\"\(meeting.lengthMinutes + 15)\""))
            let saved = try await teacher.post(timePath, ["from": "0", "until": "20"])
            #expect(saved.status == .seeOther)
            let stored = try #require(try await MeetingParticipant.find(participant.id, on: app.db))
            #expect(stored.joinsAtMinute == 0 && stored.leavesAtMinute == 20)
            let page = try await teacher.get(path + "/people")
            #expect(page.text.contains("Joins for the first 20 minutes"))
            #expect(page.text.contains("Change their time"))
            #expect(try await teacher.get(path + "/run").text.contains("joins for the first 20 minutes"))
            // Someone else's meeting's participant is not theirs to time.
            try await teacher.get(path)
            #expect(
                try await teacher.post(path + "/participants/\(UUID())/time", ["from": "0", "until": "20"]).status
                    == .notFound)
            try await teacher.get(timePath)
            #expect(try await teacher.post(timePath, ["whole": "1"]).status == .seeOther)
            let whole = try #require(try await MeetingParticipant.find(participant.id, on: app.db))
            #expect(whole.joinsAtMinute == nil && whole.leavesAtMinute == nil)
        }
    }

    @Test("Someone the family brings is a name on the list, added once", arguments: TestDatabase.all)
    func guests(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await MeetingTests.start(teacher, student: s.zoe)
            let form = try await teacher.get(path + "/guests")
            #expect(form.status == .ok)
            let bad = try await teacher.post(
                path + "/guests", ["name": "Rosa Díaz", "relationship": "", "email": "not-an-email"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("value=\"Rosa Díaz\""))
            #expect(bad.text.contains("Enter who they are to the family"))
            let fields = ["name": "Rosa Díaz", "relationship": "Advocate", "phone": "0161 496 0000"]
            #expect(try await teacher.post(path + "/guests", fields).status == .seeOther)
            // The same press again (a double submit) adds nobody twice.
            try await teacher.get(path + "/guests")
            let again = try await teacher.post(path + "/guests", fields)
            #expect(again.status == .unprocessableEntity)
            #expect(again.text.contains("Rosa Díaz is already on the list"))
            let rows = try await (app.db as! any SQLDatabase).raw("SELECT id FROM meeting_guests").all()
            #expect(rows.count == 1)
            let page = try await teacher.get(path + "/people")
            #expect(page.text.contains("Rosa Díaz"))
            #expect(page.text.contains("advocate, coming with the family"))
            let guestID = try rows[0].decode(column: "id", as: UUID.self)
            try await teacher.get(path + "/guests")
            #expect(try await teacher.post(path + "/guests/\(guestID)/remove", [:]).status == .seeOther)
            #expect(try await (app.db as! any SQLDatabase).raw("SELECT id FROM meeting_guests").all().isEmpty)
        }
    }
}
