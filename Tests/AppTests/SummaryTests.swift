import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("The record shared: summaries, and who sees what")
struct SummaryTests {
    /// Every kind of content, each marked with a word that tells where it may appear.
    static let markers: [(kind: String, label: String, fields: [String: String])] = [
        ("note", "shared", ["note_text": "NOTE-SHARED"]),
        ("note", "staff_only", ["note_text": "NOTE-STAFF"]),
        ("decision", "shared", ["decision_what": "DECISION-SHARED", "decision_reason": "REASON-SHARED"]),
        ("decision", "staff_only", ["decision_what": "DECISION-STAFF", "decision_reason": "REASON-STAFF"]),
        (
            "goal", "shared",
            [
                "goal_what": "GOAL-SHARED", "goal_agreement": "agreed", "goal_measure": "observational",
                "goal_owners": "Zoë", "goal_review_date": "2031-04-01",
            ]
        ),
        (
            "goal", "staff_only",
            [
                "goal_what": "GOAL-STAFF", "goal_agreement": "agreed", "goal_measure": "observational",
                "goal_owners": "Zoë", "goal_review_date": "2031-04-01",
            ]
        ),
        (
            "action", "shared",
            [
                // Amira (the mother) is ticked as doing it: see `closed`.
                "action_what": "ACTION-SHARED", "action_due": "2031-03-20",
            ]
        ),
        (
            "action", "staff_only",
            [
                "action_what": "ACTION-STAFF", "action_owner_kind": "staff", "action_owner_name": "Pat",
                "action_due": "2031-03-20",
            ]
        ),
        ("parked", "", ["parked_text": "PARKED-STAFF"]),
    ]
    static let shared: Set<String> = [
        "NOTE-SHARED", "DECISION-SHARED", "REASON-SHARED", "GOAL-SHARED", "ACTION-SHARED",
    ]
    static let staff: Set<String> = [
        "NOTE-STAFF", "DECISION-STAFF", "REASON-STAFF", "GOAL-STAFF", "ACTION-STAFF", "PARKED-STAFF",
    ]
    static let all = shared.union(staff).union(["REFLECTION-PRIVATE"])

    struct Closed {
        var lead: TestBrowser
        var path: String
        var meeting: Meeting
        var amiraLink: String
        var zoeLink: String
        var agencyLink: String
    }

    /// Zoë's meeting run with every kind of content, closed, and its summary shared.
    static func closed(_ app: Application, _ people: Fixtures, _ s: StudentFixtures) async throws -> Closed {
        let (lead, path, _) = try await MeetingRunTests.shared(app, people, s)
        let meeting = try #require(try await Meeting.query(on: app.db).first())
        let agency = AgencyContact()
        agency.$school.id = people.oakPrimary.id!
        agency.agency = "Children's therapy service"
        agency.name = "Nadia Therapist"
        agency.email = "nadia@agency.example"
        try await agency.create(on: app.db)
        try await Meetings.participant(meeting.id!, .agency, role: "Speech therapist") {
            $0.$agencyContact.id = agency.id
        }.create(on: app.db)
        try await StaffStudentLink(userID: s.headOfYear.id!, studentID: s.zoe.id!, source: "manual").create(on: app.db)
        try await lead.submit(path + "/reflection", ["text": "REFLECTION-PRIVATE"], from: path)
        try await lead.submit(path + "/run/start", [:], from: path + "/run")
        for marker in markers {
            var fields = marker.fields
            fields["kind"] = marker.kind
            if fields["action_what"] == "ACTION-SHARED" {
                fields[CaptureState.ownerField(.action, .family(try s.mother.requireID()))] = "on"
            }
            if !marker.label.isEmpty { fields["\(marker.kind)_label"] = marker.label }
            let saved = try await lead.submit(path + "/record/entries", fields, from: path + "/run")
            #expect(saved.status == .seeOther, "\(marker)")
        }
        try await lead.close(path)
        try await lead.submit(
            path + "/summary?language=en", ["next_steps": "NEXT-STEPS-EN: Ms Staff will phone on Friday."],
            from: path + "/summary")
        let shared = try await lead.submit(path + "/summary/share", [:], from: path + "/summary")
        #expect(shared.status == .ok, "Zoë has no email, so her link is shown to pass on")
        let zoe = try #require(shared.text.range(of: #"/p/[A-Za-z0-9_-]{20,}"#, options: .regularExpression))
        func link(_ email: String) async throws -> String {
            let message = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == email).sort(\.$createdAt, .descending)
                    .first())
            let range = try #require(message.body.range(of: #"/p/[A-Za-z0-9_-]+"#, options: .regularExpression))
            return String(message.body[range])
        }
        return Closed(
            lead: lead, path: path, meeting: meeting, amiraLink: try await link("amira@mail.example"),
            zoeLink: String(shared.text[zoe]), agencyLink: try await link("nadia@agency.example"))
    }

    @Test(
        "Who sees what: for each viewer and surface, exactly the entries their label allows",
        arguments: TestDatabase.all)
    func visibility(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let otherStaff = TestBrowser(app)
            try await otherStaff.signIn(s.headOfYear)
            let token = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let leaderToken = try await APITests.token(for: people.primaryLeader, admin: people.oakAdmin, app: app)

            // Each viewer's surfaces, read together, against what they may see.
            var surfaces: [(viewer: String, text: String, sees: Set<String>)] = []
            let leadText =
                try await c.lead.get(c.path).text + c.lead.get(c.path + "/record").text
                + c.lead.get(c.path + "/reflection").text
            surfaces.append(("lead", leadText, Self.all))
            let leaderText =
                try await leader.get(c.path).text + leader.get(c.path + "/record").text
                + leader.get(c.path + "/reflection").text
            surfaces.append(("leader", leaderText, Self.shared.union(Self.staff)))
            let otherText =
                try await otherStaff.get(c.path).text + otherStaff.get(c.path + "/record").text
                + otherStaff.get(c.path + "/reflection").text
            surfaces.append(("other staff", otherText, Self.shared.union(Self.staff)))
            for (name, link) in [("family member", c.amiraLink), ("student", c.zoeLink), ("agency", c.agencyLink)] {
                let page = try await TestBrowser(app).get(link)
                #expect(page.status == .ok, "\(name)")
                surfaces.append((name, page.text, Self.shared))
            }
            surfaces.append(("shared screen", try await c.lead.get(c.path + "/screen").text, Self.shared))
            surfaces.append(
                (
                    "API record, lead",
                    try await APITests.get(app, "/api/v1/meetings/\(c.meeting.id!)/record", token: token).body.string,
                    Self.shared.union(Self.staff)
                ))
            surfaces.append(
                (
                    "API record, leader",
                    try await APITests.get(app, "/api/v1/meetings/\(c.meeting.id!)/record", token: leaderToken).body
                        .string,
                    Self.shared.union(Self.staff)
                ))
            surfaces.append(
                (
                    "API summary",
                    try await APITests.get(app, "/api/v1/meetings/\(c.meeting.id!)/summary", token: token).body.string,
                    Self.shared
                ))
            let emails = try await OutboxMessage.query(on: app.db).all()
            surfaces.append(("emails", emails.map { $0.subject + $0.body + ($0.calendar ?? "") }.joined(), []))
            for surface in surfaces {
                for marker in Self.all {
                    #expect(
                        surface.text.contains(marker) == surface.sees.contains(marker),
                        "\(surface.viewer) \(surface.sees.contains(marker) ? "should" : "must not") see \(marker)")
                }
            }
            // The restricted father has no place in the meeting, no link and no email.
            #expect(
                try await MeetingParticipant.query(on: app.db).filter(\.$familyMember.$id == s.restrictedFather.id!)
                    .count() == 0)
            #expect(!emails.contains { $0.toEmail == s.restrictedFather.email })
        }
    }

    @Test(
        "The summary says whether the school will meet again, never the opposite of what is planned; so does the API",
        arguments: TestDatabase.all)
    func whatHappensNext(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let token = try await APITests.token(for: people.primaryStaff, admin: people.oakAdmin, app: app)
            let parent = TestBrowser(app)
            func read() async throws -> (page: String, api: String) {
                let page = try await parent.get(c.amiraLink + "?language=en").text
                let api = try await APITests.get(app, "/api/v1/meetings/\(c.meeting.id!)/summary", token: token)
                return (page, api.body.string)
            }
            var now = try await read()
            #expect(now.page.contains("We have not planned another meeting for now."))
            #expect(!now.page.contains("We have not set a date for the next meeting yet."))
            #expect(now.api.contains(#""followUpPlanned":false"#))
            #expect(now.api.contains("NEXT-STEPS-EN: Ms Staff will phone on Friday."))

            // A follow-up is planned, with no date yet.
            let next = try await Meetings.create(
                .progressReview, for: s.zoe, lead: people.primaryStaff,
                context: .commandLine(at: app.roundtable.now), on: app.db)
            next.$followUpOf.id = c.meeting.id
            try await next.save(on: app.db)
            now = try await read()
            #expect(now.page.contains("We have not set a date for the next meeting yet."))
            #expect(!now.page.contains("We have not planned another meeting"))
            #expect(now.api.contains(#""followUpPlanned":true"#))

            // Its date is set.
            next.startsAt = Date(timeIntervalSince1970: 1_951_000_000)
            try await next.save(on: app.db)
            now = try await read()
            #expect(now.page.contains("Our next meeting is on"))
            #expect(now.api.contains(#""nextMeeting":"2031-10-29T00:26:40Z""#))

            // Cancelled, it is no longer promised.
            next.state = .cancelled
            try await next.save(on: app.db)
            now = try await read()
            #expect(now.page.contains("We have not planned another meeting for now."))
            #expect(now.api.contains(#""followUpPlanned":false"#))
        }
    }

    @Test(
        "The lead writes a few lines for the student: the student reads them first, the grown-ups' pages do not show them",
        arguments: TestDatabase.all)
    func forTheStudent(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let form = try await c.lead.get(c.path + "/summary?language=en")
            #expect(form.text.contains("For Zoë, in words they understand (optional)"))
            let tooLong = try await c.lead.post(
                c.path + "/summary?language=en",
                ["next_steps": "NEXT-STEPS-EN", "for_student": String(repeating: "Kind words. ", count: 90)])
            #expect(tooLong.status == .unprocessableEntity)
            #expect(tooLong.text.contains("Use 1000 characters or fewer"))
            #expect(tooLong.text.contains("Kind words. Kind words."), "what was typed comes back")
            try await c.lead.submit(
                c.path + "/summary?language=en",
                ["next_steps": "NEXT-STEPS-EN", "for_student": "FOR-ZOE: You will start reading club on Tuesday."],
                from: c.path + "/summary")
            let student = try await TestBrowser(app).get(c.zoeLink + "?language=en").text
            #expect(student.contains("What we agreed, for you"))
            #expect(student.contains("FOR-ZOE: You will start reading club on Tuesday."))
            // First on the page: before the grown-ups' summary of why the meeting was held.
            let mine = try #require(student.range(of: "FOR-ZOE"))
            let why = try #require(student.range(of: "Why we met"))
            #expect(mine.lowerBound < why.lowerBound)
            let parent = try await TestBrowser(app).get(c.amiraLink + "?language=en").text
            #expect(!parent.contains("FOR-ZOE"))
            // In Spanish, where the school wrote nothing for her, she reads the English lines.
            let spanish = try await TestBrowser(app).get(c.zoeLink + "?language=es").text
            #expect(spanish.contains("Lo que acordamos, para ti"))
            #expect(spanish.contains("FOR-ZOE"))
        }
    }

    @Test(
        "Why we met reads in the parent's language on the summary when the school wrote it, in English otherwise",
        arguments: TestDatabase.all)
    func purposeInTheReadersLanguage(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            let arabic = "نلتقي لنتحدث عن أوقات الغداء ونتفق معًا على ما يساعد."
            try await MeetingText(
                meetingID: try c.meeting.requireID(), language: "ar",
                entry: .init(part: .purpose, text: arabic)
            ).create(on: app.db)
            let parent = try await TestBrowser(app).get(c.amiraLink + "?language=ar").text
            let why = try #require(parent.range(of: "لماذا اجتمعنا"))
            #expect(parent[why.upperBound...].contains(#"<p lang="ar" dir="auto">\#(arabic)</p>"#))
            let spanish = try await TestBrowser(app).get(c.amiraLink + "?language=es").text
            #expect(spanish.contains(#"<p lang="en" dir="auto">\#(c.meeting.purpose)</p>"#))
        }
    }

    @Test(
        "A parent reads the summary in Arabic, confirms it or asks for a correction; the lead answers and amends",
        arguments: TestDatabase.all)
    func confirmAndComment(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            #expect(try await Meeting.find(c.meeting.id, on: app.db)?.state == .recordShared)
            let email = try #require(
                try await OutboxMessage.query(on: app.db).filter(\.$toEmail == "amira@mail.example")
                    .sort(\.$createdAt, .descending).first())
            #expect(email.subject.contains("ملخص اجتماعكم"))
            let amira = TestBrowser(app)
            let page = try await amira.get(c.amiraLink)
            #expect(page.text.contains("ما قررناه"))
            #expect(page.text.contains("NEXT-STEPS-EN"))
            #expect(page.text.contains("DECISION-SHARED"))
            let empty = try await amira.post(c.amiraLink + "/summary", ["comment": "  "])
            #expect(empty.status == .unprocessableEntity)
            try await amira.get(c.amiraLink)
            let sent = try await amira.post(c.amiraLink + "/summary", ["comment": "The goal date should be in May."])
            #expect(sent.status == .seeOther)
            let after = try await amira.get(try #require(sent.location))
            #expect(after.text.contains("The goal date should be in May."))
            try await amira.post(c.amiraLink + "/summary", ["confirm": "1"])
            #expect(try await SummaryResponse.query(on: app.db).count() == 2)
            // The lead hears of the comment by email, without its words.
            let told = try await OutboxMessage.query(on: app.db).filter(\.$toEmail == people.primaryStaff.email)
                .filter(\.$subject == "A participant asked for a correction to a meeting summary").all()
            #expect(told.count == 1)
            #expect(told.allSatisfy { !$0.body.contains("May") && $0.body.contains("/summary") })

            // The lead sees the comment and answers it; Amira reads the answer on her page.
            let summary = try await c.lead.get(c.path + "/summary")
            #expect(summary.text.contains("asked for a correction"))
            #expect(summary.text.contains("The goal date should be in May."))
            let comment = try #require(try await SummaryResponse.query(on: app.db).filter(\.$kind == .comment).first())
            let key = "answer-" + comment.id!.uuidString.prefix(8)
            try await c.lead.post(
                c.path + "/summary/responses/\(comment.id!)/answer", [key: "Thank you, we changed it."])
            #expect(try await amira.get(c.amiraLink).text.contains("Thank you, we changed it."))

            // A translation in Arabic shows above the school's own words.
            try await c.lead.submit(
                c.path + "/summary?language=ar",
                ["next_steps": "ستتصل بكم المعلمة يوم الجمعة.", "translation": "ترجمة المدرسة"],
                from: c.path + "/summary?language=ar")
            let translated = try await amira.get(c.amiraLink)
            #expect(translated.text.contains("ترجمة المدرسة"))
            #expect(translated.text.contains("ستتصل بكم المعلمة يوم الجمعة."))
            #expect(!translated.text.contains("NEXT-STEPS-EN"))
            // The summary changed after Amira confirmed it: she is asked to look again.
            #expect(translated.text.contains("عدّلت المدرسة هذا الملخص"))
            #expect(translated.text.contains("تأكيد أن هذا صحيح"))
        }
    }

    @Test("The author sees readability and the school's jargon, which leaders can change", arguments: TestDatabase.all)
    func jargon(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let c = try await Self.closed(app, people, s)
            try await c.lead.submit(
                c.path + "/summary?language=en", ["next_steps": "The SENCO will update the IEP."],
                from: c.path + "/summary")
            let page = try await c.lead.get(c.path + "/summary")
            #expect(page.text.contains("Readability:"))
            #expect(page.text.contains("<strong>SENCO</strong>"))
            #expect(page.text.contains("<strong>IEP</strong>"))
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let broken = try await leader.submit("/school-settings", ["jargon": "SENCO the teacher"])
            #expect(broken.status == .unprocessableEntity)
            #expect(broken.text.contains("Line 1"))
            #expect(broken.text.contains("SENCO the teacher"))
            try await leader.submit("/school-settings", ["jargon": "IEP = the plan for how we help your child"])
            let after = try await c.lead.get(c.path + "/summary")
            #expect(after.text.contains("the plan for how we help your child"))
            #expect(!after.text.contains("<strong>SENCO</strong>"))
        }
    }
}
