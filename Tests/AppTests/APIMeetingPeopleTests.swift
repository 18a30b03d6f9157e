import Fluent
import Foundation
import SQLKit
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("The API's meeting: each one's part of it, the family's guests; an unknown year group")
struct APIMeetingPeopleTests {
    @Test(
        "A meeting gives each participant's part and the people the family brings, to its readers only",
        arguments: TestDatabase.all)
    func partsAndGuests(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let other = try await APITests.token(for: people.secondaryLeader, admin: people.oakAdmin, app: app)
            let created = try await APIWriteTests.send(
                app, .POST, "/api/v1/students/\(s.zoe.id!)/meetings", token: teacher,
                json: #"{"type": "wellbeing_check_in"}"#)
            let detail = try created.content.decode(APIController.MeetingDetail.self)
            #expect(detail.guests.isEmpty)
            #expect(detail.participants.allSatisfy { $0.joinsAtMinute == nil && $0.leavesAtMinute == nil })
            let id = detail.meeting.id
            let timed = try #require(detail.participants.first)

            let browser = TestBrowser(app)
            try await browser.signIn(people.primaryStaff)
            let path = "/meetings/\(id)"
            let time = path + "/participants/\(timed.id)/time"
            #expect(try await browser.submit(time, ["from": "0", "until": "20"], from: time).status == .seeOther)
            let guest = [
                "name": "Rosa Díaz", "relationship": "Advocate", "email": "rosa@example.org", "from": "10",
                "until": "30",
            ]
            #expect(try await browser.submit(path + "/guests", guest, from: path + "/guests").status == .seeOther)

            let answer = try await APITests.get(app, "/api/v1/meetings/\(id)", token: teacher)
            #expect(answer.status == .ok)
            let read = try answer.content.decode(APIController.MeetingDetail.self)
            let person = try #require(read.participants.first { $0.id == timed.id })
            #expect(person.joinsAtMinute == 0 && person.leavesAtMinute == 20)
            #expect(read.participants.filter { $0.joinsAtMinute != nil }.count == 1)
            #expect(read.guests.count == 1)
            let rosa = try #require(read.guests.first)
            #expect(rosa.name == "Rosa Díaz" && rosa.relationship == "Advocate" && rosa.email == "rosa@example.org")
            #expect(rosa.joinsAtMinute == 10 && rosa.leavesAtMinute == 30)
            // A restricted family member is never a participant here, and nobody's contact details are.
            #expect(!read.participants.contains { $0.personId == s.restrictedFather.id })
            if let email = s.restrictedFather.email { #expect(!answer.body.string.contains(email)) }
            #expect(!answer.body.string.contains("amira@mail.example"))
            // Someone who may not open the meeting reads none of it.
            #expect(try await APITests.get(app, "/api/v1/meetings/\(id)", token: other).status == .notFound)
        }
    }

    @Test("A year group the school does not know is null, not 99", arguments: TestDatabase.all)
    func unknownYear(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let token = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let zoe = try #require(try await Student.find(s.zoe.id, on: app.db))
            zoe.yearGroup = YearGroups.unknown
            try await zoe.save(on: app.db)
            let one = try await APITests.get(app, "/api/v1/students/\(s.zoe.id!)", token: token)
            #expect(one.status == .ok)
            #expect(one.body.string.contains(#""yearGroup":null"#), "sent, as null: \(one.body.string)")
            #expect(!one.body.string.contains(#""yearGroup":99"#))
            let list = try await APITests.get(app, "/api/v1/students", token: token)
            let page = try list.content.decode(APIController.StudentPage.self)
            let listed = try #require(page.items.first { $0.id == s.zoe.id })
            #expect(listed.yearGroup == nil)
            // A known one is sent as it is.
            zoe.yearGroup = 7
            try await zoe.save(on: app.db)
            let known = try await APITests.get(app, "/api/v1/students/\(s.zoe.id!)", token: token)
            #expect(known.body.string.contains(#""yearGroup":7"#))
        }
    }
}
