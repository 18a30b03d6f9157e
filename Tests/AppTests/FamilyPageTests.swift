import Fluent
import Foundation
import RoundtableCore
import Testing
import VaporTesting

@testable import App

/// A family member's own page: every meeting of theirs at the school, across their children,
/// and asking about any child; nothing of another school, of a meeting they were not invited
/// to, or of a child who is not theirs.
@Suite("The family's own page", .serialized)
struct FamilyPageTests {
    /// A meeting made straight in the database, with Amira (or `member`) taking part; with a
    /// personal link when `invited`. Returns the link's path, if one was made.
    @discardableResult
    static func meeting(
        about students: [Student], at school: School, by user: User, member: FamilyMember, state: MeetingState,
        startsAt: Date, invited: Bool, on app: Application
    ) async throws -> (path: String?, participantID: UUID) {
        let meeting = Meeting()
        meeting.$school.id = school.id!
        meeting.type = .progressReview
        meeting.state = state
        meeting.purpose = "Secret purpose \(students.map(\.legalGivenName).joined())"
        meeting.requestedBy = .school
        meeting.urgency = .routine
        meeting.format = .inPerson
        meeting.startsAt = startsAt
        meeting.lengthMinutes = 30
        meeting.groundRules = []
        meeting.preparationDone = []
        meeting.seating = []
        meeting.$createdBy.id = user.id!
        meeting.calendarSequence = 0
        meeting.runRevision = 0
        try await meeting.create(on: app.db)
        for student in students {
            try await MeetingStudent(meetingID: meeting.id!, studentID: student.id!).create(on: app.db)
        }
        let participant = Meetings.participant(meeting.id!, .family, role: "Mother") {
            $0.$familyMember.id = member.id!
        }
        try await participant.create(on: app.db)
        guard invited else { return (nil, participant.id!) }
        let token = try await Sharing.issueLink(
            for: participant, expires: startsAt.addingTimeInterval(30 * 86_400), on: app.db)
        return ("/p/\(token)", participant.id!)
    }

    static func link(_ student: Student, _ member: FamilyMember, on app: Application) async throws {
        try await StudentFamilyLink(
            studentID: student.id!, familyMemberID: member.id!, relationship: .mother, parentalResponsibility: true,
            livesWith: true
        ).create(on: app.db)
    }

    @Test(
        "Amira sees both her children's meetings here, nothing else, and asks about the older one",
        arguments: TestDatabase.all)
    func bothChildren(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            // Omar (Year 8, Oak Primary) is Amira's too; Solène is hers at another school of the trust.
            try await Self.link(s.omar, s.mother, on: app)
            try await Self.link(s.sol, s.mother, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let soon = Date(timeIntervalSince1970: 1_950_000_000)
            // Omar's shared meeting, to which she was invited.
            try await Self.meeting(
                about: [s.omar], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .shared,
                startsAt: soon, invited: true, on: app)
            // A draft about Omar: she is on it, but not invited yet.
            try await Self.meeting(
                about: [s.omar], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .draft,
                startsAt: soon, invited: false, on: app)
            // Shared, but no link was ever made for her.
            try await Self.meeting(
                about: [s.omar], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .shared,
                startsAt: soon.addingTimeInterval(3600), invited: false, on: app)
            // Another school's meeting about Solène.
            try await Self.meeting(
                about: [s.sol], at: people.oakSecondary, by: people.secondaryStaff, member: s.mother,
                state: .shared, startsAt: soon, invited: true, on: app)
            // A meeting about Ling with Amira on it: Ling is not her child, so it is not hers to list.
            try await Self.meeting(
                about: [s.ling], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .shared,
                startsAt: soon, invited: true, on: app)

            let parent = TestBrowser(app)
            let meetingPage = try await parent.get(page)
            #expect(meetingPage.text.contains(page + "/family"))
            let family = try await parent.get(page + "/family")
            #expect(family.status == .ok)
            #expect(family.text.contains("Oak Primary"))
            #expect(family.text.contains("<bdi>Zoë</bdi>") && family.text.contains("<bdi>Omar</bdi>"))
            #expect(!family.text.contains("Solène") && !family.text.contains("Ling"))
            #expect(!family.text.contains("Secret purpose"))
            // Zoë's (this link) and Omar's one invited meeting: two meeting items, no more.
            #expect(family.text.components(separatedBy: "<li class=\"family-item\">").count - 1 == 2)
            #expect(family.text.components(separatedBy: "name=\"meeting\"").count - 1 == 1)

            // Asking about Omar files it under Omar, from this page.
            let sent = try await parent.post(
                page + "/family/request",
                ["student": s.omar.id!.uuidString, "request_topic": "His maths homework", "urgency": "routine"])
            #expect(sent.status == .seeOther)
            // Lands on the thank-you at the top of the page (`Confirmation`).
            #expect(sent.location == page + "/family?requested=1#request-sent")
            let after = try await parent.get(sent.location!)
            #expect(after.text.contains("تم إرسال طلبكم إلى المدرسة"))
            #expect(after.text.contains("His maths homework"))
            let request = try #require(try await MeetingRequest.query(on: app.db).first())
            #expect(request.$student.id == s.omar.id!)

            // A child of another school, or not hers, cannot be asked about.
            for other in [s.sol, s.ling] {
                try await parent.get(page + "/family")
                let refused = try await parent.post(
                    page + "/family/request",
                    ["student": other.id!.uuidString, "request_topic": "x", "urgency": "routine"])
                #expect(refused.status == .notFound)
            }
            // An empty request comes back with the form and the message, on the family page.
            try await parent.get(page + "/family")
            let empty = try await parent.post(page + "/family/request", ["request_topic": "", "urgency": "soon"])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("أخبرونا عمّا تودون الحديث عنه"))
            #expect(try await MeetingRequest.query(on: app.db).count() == 1)
        }
    }

    @Test(
        "Opening another meeting makes a new link for her own place in it, and only that", arguments: TestDatabase.all)
    func openAnother(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            try await Self.link(s.omar, s.mother, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let omars = try await Self.meeting(
                about: [s.omar], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .shared,
                startsAt: Date(timeIntervalSince1970: 1_950_000_000), invited: true, on: app)
            let draft = try await Self.meeting(
                about: [s.omar], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .draft,
                startsAt: Date(timeIntervalSince1970: 1_950_000_000), invited: false, on: app)
            #expect(draft.path == nil)

            let parent = TestBrowser(app)
            try await parent.get(page + "/family")
            let before = try await ParticipantLink.query(on: app.db).count()
            // Not a meeting of hers on the page: nothing is made.
            let refused = try await parent.post(page + "/family/open", ["meeting": draft.participantID.uuidString])
            #expect(refused.status == .notFound)
            try await parent.get(page + "/family")
            let opened = try await parent.post(page + "/family/open", ["meeting": omars.participantID.uuidString])
            #expect(opened.status == .seeOther)
            let location = try #require(opened.location)
            #expect(location.hasPrefix("/p/") && location != page)
            #expect(try await ParticipantLink.query(on: app.db).count() == before + 1)
            let omarsPage = try await parent.get(location)
            #expect(omarsPage.status == .ok)
            #expect(omarsPage.text.contains("Omar"))
        }
    }

    @Test(
        "Someone taken out of a child's family no longer sees that child or their meetings", arguments: TestDatabase.all
    )
    func takenOut(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            try await Self.link(s.omar, s.mother, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            try await Self.meeting(
                about: [s.omar], at: people.oakPrimary, by: people.primaryStaff, member: s.mother, state: .shared,
                startsAt: Date(timeIntervalSince1970: 1_950_000_000), invited: true, on: app)
            try await StudentFamilyLink.query(on: app.db).filter(\.$student.$id == s.omar.id!).delete()
            let family = try await TestBrowser(app).get(page + "/family")
            #expect(family.status == .ok)
            #expect(!family.text.contains("Omar"))
            #expect(family.text.components(separatedBy: "<li class=\"family-item\">").count - 1 == 1)
        }
    }

    @Test(
        "The page offers the meeting as a calendar file, in the reader's language, with nothing about the child",
        arguments: TestDatabase.all)
    func calendarFile(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let page = try await ParticipantPageTests.amirasPage(app, people, s)
            let parent = TestBrowser(app)
            #expect(try await parent.get(page).text.contains(page + "/meeting.ics"))
            let file = try await parent.get(page + "/meeting.ics")
            #expect(file.status == .ok)
            #expect(file.headers.contentType?.subType == "calendar")
            let text = file.text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(text.contains("BEGIN:VEVENT"))
            #expect(text.contains("SUMMARY:اجتماع في Oak Primary"))
            #expect(text.contains("كل ما يخص هذا الاجتماع موجود في صفحتكم"))
            #expect(!text.contains("Zoë") && !text.contains("lunchtimes"))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(text.contains("UID:meeting-\(meeting.id!.uuidString.lowercased())@roundtable"))
        }
    }
}
