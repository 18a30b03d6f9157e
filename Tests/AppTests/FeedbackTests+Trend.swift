import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// How meetings have felt, across meetings (issue 14, trends): on the student's page and the
/// record, each point only for a viewer who may read that meeting's answers (the school's
/// leaders; a lead, the meetings they led); nothing for a colleague who sees the student;
/// an answer counted only in the school's totals is never a point.
@Suite("How the meeting felt: the trend across meetings")
struct FeedbackTrendTests {
    struct Two {
        var first: Meeting
        var second: Meeting
        var amira: String
    }

    /// Zoë's first meeting, run and closed through the pages, where Amira (8 and 7) and Zoë
    /// (two faces of 4) answer from their links; and a second, a month later, with Amira
    /// (5 and 5) and Zoë, who counts only in the school's totals (a face of 1).
    static func twoMeetings(_ app: Application, _ people: Fixtures, _ s: StudentFixtures) async throws -> Two {
        let c = try await FeedbackTests.closed(app, people, s)
        let amira = TestBrowser(app)
        try await amira.get(c.amiraLink + "/feedback")
        #expect(
            try await amira.post(c.amiraLink + "/feedback", ["q_cared": "8", "q_listened": "7"]).status == .seeOther)
        let zoe = TestBrowser(app)
        try await zoe.get(c.zoeLink + "/feedback")
        #expect(try await zoe.post(c.zoeLink + "/feedback", ["q_listened": "4", "q_clear": "4"]).status == .seeOther)

        let first = try #require(try await Meeting.find(c.meeting.id!, on: app.db))
        let held = try #require(first.startedAt).addingTimeInterval(30 * 86_400)
        let second = Meeting()
        second.$school.id = first.$school.id
        second.type = first.type
        second.state = .closed
        second.purpose = "To see how lunchtimes are going now"
        second.requestedBy = first.requestedBy
        second.urgency = first.urgency
        second.format = first.format
        second.startsAt = held
        second.lengthMinutes = first.lengthMinutes
        second.groundRules = []
        second.preparationDone = []
        second.seating = []
        second.$createdBy.id = first.$createdBy.id
        second.calendarSequence = 0
        second.startedAt = held
        second.closedAt = held.addingTimeInterval(3600)
        second.runRevision = 0
        try await second.create(on: app.db)
        try await MeetingStudent(meetingID: second.id!, studentID: s.zoe.id!).create(on: app.db)
        let mother = Meetings.participant(second.id!, .family, role: "Mother") { $0.$familyMember.id = s.mother.id }
        try await mother.create(on: app.db)
        let child = Meetings.participant(second.id!, .student, role: "Student") { $0.$student.id = s.zoe.id }
        try await child.create(on: app.db)
        for (participant, scale, scores, totalsOnly) in [
            (mother, FeedbackScale.zeroToTen, (5, 5), false), (child, .faces, (1, 1), true),
        ] {
            let answer = FeedbackAnswer()
            answer.$meeting.id = second.id!
            answer.$participant.id = participant.id!
            answer.scale = scale
            if scale == .zeroToTen { answer.cared = scores.0 } else { answer.clear = scores.0 }
            answer.listened = scores.1
            answer.totalsOnly = totalsOnly
            answer.saves = 1
            answer.createdAt = held.addingTimeInterval(7200)
            answer.updatedAt = held.addingTimeInterval(7200)
            try await answer.create(on: app.db)
        }
        return Two(first: first, second: second, amira: "\(s.mother.givenName) \(s.mother.familyName)")
    }

    static func lead(_ meeting: Meeting, _ user: User?, _ app: Application) async throws {
        try await Meeting.query(on: app.db).filter(\.$id == meeting.id!).set(\.$lead.$id, to: user?.id).update()
    }

    @Test(
        "A leader and the lead of both see both points; the lead of one only its point; a tutor nothing; totals-only never",
        arguments: TestDatabase.all)
    func whoSeesWhich(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let two = try await Self.twoMeetings(app, people, s)
            let studentPage = "/students/\(s.zoe.id!)"
            let both = "\(two.amira)'s average went from 7.5 to 5.0 out of 10 over 2 meetings"
            let zoeOnce = "average face was 4.0 out of 5 at 1 meeting"

            // Pat works with Zoë and reads her page, but led neither meeting: no chart, no score.
            try await Self.lead(two.first, nil, app)
            try await Self.lead(two.second, s.headOfYear, app)
            let tutor = try await FeedbackRecordTests.signedIn(people.primaryStaff, app)
            let seen = try await tutor.get(studentPage)
            #expect(seen.status == .ok)
            #expect(!seen.text.contains("How meetings have felt"))
            #expect(!seen.text.contains(#"class="trend"#))
            #expect(!seen.text.contains("7.5") && !seen.text.contains("out of 10"))

            // Pat leads both: both points, as the school's leader sees them.
            try await Self.lead(two.second, people.primaryStaff, app)
            try await Self.lead(two.first, people.primaryStaff, app)
            let leader = try await FeedbackRecordTests.signedIn(people.primaryLeader, app)
            for viewer in [tutor, leader] {
                let page = try await viewer.get(studentPage)
                #expect(page.status == .ok)
                #expect(page.text.contains("How meetings have felt"))
                #expect(page.text.contains(both))
                #expect(page.text.contains(#"role="img""#))
                // Zoë's second answer counted only in the totals: one point, and no face of 1.
                #expect(page.text.contains(zoeOnce))
                #expect(!page.text.contains("face went from"))
            }

            // The second meeting led by someone else: Pat sees only the meeting Pat led.
            try await Self.lead(two.second, s.headOfYear, app)
            let one = try await tutor.get(studentPage)
            #expect(one.text.contains("\(two.amira)'s average was 7.5 out of 10 at 1 meeting"))
            #expect(!one.text.contains(both) && !one.text.contains(">5.0<"))

            // The record of each meeting: the same people, until that meeting.
            let second = try await leader.get("/meetings/\(two.second.id!)/record")
            #expect(second.status == .ok)
            #expect(second.text.contains("How meetings have felt, up to this one"))
            #expect(second.text.contains(both))
            let first = try await leader.get("/meetings/\(two.first.id!)/record")
            #expect(first.text.contains("\(two.amira)'s average was 7.5 out of 10 at 1 meeting"))
            #expect(!first.text.contains("over 2 meetings"))
            // Pat led the first only: its record shows the trend; the second's is not Pat's to read.
            let patFirst = try await tutor.get("/meetings/\(two.first.id!)/record")
            #expect(patFirst.text.contains("How meetings have felt, up to this one"))
            let patSecond = try await tutor.get("/meetings/\(two.second.id!)/record")
            #expect(!patSecond.text.contains("How meetings have felt"))
            #expect(!patSecond.text.contains("out of 10"))
        }
    }
}
