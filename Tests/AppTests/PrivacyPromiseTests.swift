import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("What the pages promise families is true")
struct PrivacyPromiseTests {
    @Test(
        "A family's words before the meeting: the lead, invited staff and leaders read them, other staff do not",
        arguments: TestDatabase.all)
    func wordsBeforeTheMeeting(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (lead, path, amiraLink) = try await MeetingRunTests.shared(app, people, s)
            let parent = TestBrowser(app)
            // The page says who reads them, in her language and in English.
            #expect(try await parent.get(amiraLink).text.contains("وسائر موظفي المدرسة المدعوّين إليه، وإدارة المدرسة"))
            let english = try await parent.get(amiraLink + "?language=en").text
            #expect(
                english.contains(
                    "Who reads this: the member of staff leading the meeting, the other staff invited to it"))
            let said = try await parent.submit(
                amiraLink + "/voice", ["worries": "WORRY-WORDS", "hopes": "HOPE-WORDS"], from: amiraLink)
            #expect(said.status == .seeOther)
            let replied = try await parent.submit(
                amiraLink,
                [
                    "attendance": "other_time", "suitable_times": "TIMES-WORDS", "wants_interpreter": "yes",
                    "interpreter_language": "ar", "preferred_mode": "in_person", "access_needs": "ACCESS-WORDS",
                    "note": "NOTE-WORDS", "contribution": "CONTRIBUTION-WORDS",
                ])
            #expect(replied.status == .seeOther)
            #expect(try await ParticipantVoice.query(on: app.db).count() == 1)
            // A head of year who works with Zoë but was not invited reaches the meeting,
            // sees that Amira needs another time, in Arabic, and reads none of her words: not
            // the times that suit her, nor what would help her take part.
            try await StaffStudentLink(userID: s.headOfYear.id!, studentID: s.zoe.id!, source: "manual")
                .create(on: app.db)
            let other = TestBrowser(app)
            try await other.signIn(s.headOfYear)
            let otherView = try await other.get(path)
            #expect(otherView.status == .ok)
            #expect(otherView.text.contains("Needs another time"))
            #expect(otherView.text.contains("Asks for an interpreter: Arabic"))
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let leaderView = try await leader.get(path).text
            let leadView = try await lead.get(path).text
            for words in [
                "WORRY-WORDS", "HOPE-WORDS", "NOTE-WORDS", "CONTRIBUTION-WORDS", "TIMES-WORDS", "ACCESS-WORDS",
            ] {
                #expect(!otherView.text.contains(words), "other staff read \(words)")
                #expect(leaderView.contains(words), "a leader reads \(words)")
                #expect(leadView.contains(words), "the lead reads \(words)")
            }
        }
    }

    @Test(
        "Only leaders change where a parent's links go; the old address hears of it; audited",
        arguments: TestDatabase.all)
    func emailChange(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let path = "/students/\(s.zoe.id!)/family/\(s.mother.id!)"
            var fields = [
                "email": "someone-else@mail.example", "phone": "07700 900999", "preferred_language": "ar",
                "needs_interpreter": "yes", "interpreter_language": "ar", "preferred_contact": "phone",
                "preferred_meeting_mode": "in_person",
            ]
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let refused = try await teacher.submit(path, fields, from: path)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Only a school leader can change an email address"))
            #expect(refused.text.contains("07700 900999"), "what they typed is kept")
            #expect(try await FamilyMember.find(s.mother.id!, on: app.db)?.email == "amira@mail.example")
            // The same person may still change other details.
            fields["email"] = "amira@mail.example"
            #expect(try await teacher.submit(path, fields, from: path).status == .seeOther)
            #expect(try await OutboxMessage.query(on: app.db).count() == 0)

            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            fields["email"] = "amira.new@mail.example"
            #expect(try await leader.submit(path, fields, from: path).status == .seeOther)
            #expect(try await FamilyMember.find(s.mother.id!, on: app.db)?.email == "amira.new@mail.example")
            let notice = try #require(try await OutboxMessage.query(on: app.db).first())
            #expect(notice.toEmail == "amira@mail.example")
            #expect(notice.body.contains("ستراسلكم"))
            #expect(!notice.body.contains("amira.new"), "the new address is not told to the old one")
            #expect(!notice.body.contains("/p/"))
            let audited = try await AuditEvent.query(on: app.db)
                .filter(\.$action == AuditAction.familyEmailChanged.rawValue).count()
            #expect(audited == 1)
        }
    }
}
