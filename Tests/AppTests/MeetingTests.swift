import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Planning a meeting")
struct MeetingTests {
    /// A room with most of what goes wrong in rooms: long narrow table, no daylight, steps.
    static func room(in school: School, on db: any Database) async throws -> Space {
        let space = Space()
        space.$school.id = try school.requireID()
        space.name = "Room 12"
        space.capacity = 4
        space.table = .longNarrow
        space.movableSeats = true
        space.naturalLight = false
        space.privacy = .closed
        space.stepFree = false
        space.offSite = false
        space.isActive = true
        try await space.create(on: db)
        return space
    }

    /// Starts a behaviour meeting for Zoë as her teacher would, and returns its path.
    static func start(_ browser: TestBrowser, student: Student) async throws -> String {
        let started = try await browser.submit(
            "/students/\(student.id!)/meetings/new", ["type": MeetingType.behaviourConcern.rawValue])
        let location = try #require(started.location)
        #expect(location.hasSuffix("?notice=meeting-started"))
        return String(location.prefix { $0 != "?" })
    }

    @Test(
        "A teacher starts from a template; family with parental responsibility are invited, restricted people never",
        arguments: TestDatabase.all)
    func start(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            #expect(try await teacher.get("/students/\(s.zoe.id!)").text.contains("Plan a meeting"))
            let empty = try await teacher.submit("/students/\(s.zoe.id!)/meetings/new", [:])
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.text.contains("Choose what kind of meeting this is"))

            let path = try await Self.start(teacher, student: s.zoe)
            let page = try await teacher.get(path)
            #expect(page.status == .ok)
            #expect(page.text.contains("understand together what is behind them"))
            #expect(page.text.contains("Zoë Ångström"))
            // Who is coming, and the agenda, are parts of the task list with pages of their own.
            let coming = try await teacher.get(path + "/people")
            #expect(coming.text.contains("Amira Ångström"))
            #expect(coming.text.contains("Karim Ångström must not be contacted"))
            #expect(try await teacher.get(path + "/agenda").text.contains("The agenda fills the time exactly"))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.state == .draft && meeting.lengthMinutes == 40)
            let participants = try await MeetingParticipant.query(on: app.db).all()
            #expect(participants.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.family, .staff, .student])
            #expect(!participants.contains { $0.$familyMember.id == s.restrictedFather.id })
            #expect(try await AgendaItem.query(on: app.db).count() == 5)
            #expect(try await teacher.get("/meetings").text.contains("Behaviour concern: Zoë Ångström"))

            // Someone who cannot see Zoë cannot see her meeting, nor learn it exists.
            let head = TestBrowser(app)
            try await head.signIn(s.headOfYear)
            #expect(try await head.get(path).status == .notFound)
            #expect(!(try await head.get("/meetings").text.contains("Zoë")))
            let actions = try await AuditEvent.query(on: app.db).all().map(\.action)
            #expect(actions.contains(AuditAction.meetingCreated.rawValue))
            #expect(actions.contains(AuditAction.meetingViewed.rawValue))
        }
    }

    @Test("The plan checks what it is told and keeps what was typed", arguments: TestDatabase.all)
    func plan(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            var fields = [
                "purpose": "To agree together how Zoë can have calmer lunchtimes.", "requested_by": "school",
                "urgency": "soon", "format": "video", "video_link": "", "fallback_plan": "", "date": "2031-03-04",
                "start_time": "15:30", "length_minutes": "45", "ground_rules": "One voice at a time",
                "inclusion_notes": "Arabic interpreter for Amira.",
            ]
            let wrong = try await teacher.submit(path + "/plan", fields)
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.text.contains("Enter the link people will use to join the call"))
            #expect(wrong.text.contains("To agree together how Zoë can have calmer lunchtimes."))
            fields["video_link"] = "https://meet.example.org/zoe"
            fields["fallback_plan"] = "We will phone you."
            let saved = try await teacher.post(path + "/plan", fields)
            #expect(saved.location == path + "?notice=plan-saved")
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.format == .video && meeting.urgency == .soon && meeting.lengthMinutes == 45)
            #expect(meeting.startsAt != nil)
            #expect(meeting.groundRules == ["One voice at a time"])
            let page = try await teacher.get(path + "/agenda")
            // Amira needs an interpreter: the planner is told the time doubles.
            #expect(page.text.contains("Allow about twice the time"))
            #expect(page.text.contains("with 5 minutes to spare"))
        }
    }

    @Test(
        "The agenda is checked against the time, and can be added to, reordered and trimmed",
        arguments: TestDatabase.all)
    func agenda(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            let bad = try await teacher.submit(path + "/agenda", ["title": "", "minutes": "ten"], from: path)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter the minutes for this item, from 1 to 120"))
            try await teacher.submit(path + "/agenda", ["title": "Lunchtimes", "minutes": "15"], from: path)
            let page = try await teacher.get(path + "/agenda")
            #expect(page.text.contains("The agenda is 15 minutes longer than the meeting."))
            #expect(try await teacher.get(path).text.contains("Longer than the meeting"), "the task list says so")
            let items = try await AgendaItem.query(on: app.db).sort(\.$position).all()
            #expect(items.last?.title == "Lunchtimes" && items.last?.proposedBy == "School")
            try await teacher.post(path + "/agenda/\(items.last!.id!)", ["action": "up"])
            try await teacher.get(path)
            try await teacher.post(path + "/agenda/\(items.first!.id!)", ["action": "remove"])
            let after = try await AgendaItem.query(on: app.db).sort(\.$position).all()
            #expect(after.map(\.position) == Array(0..<5))
            #expect(after[3].title == "Lunchtimes")
            #expect(!after.contains { $0.id == items.first!.id })
        }
    }

    @Test("Only the circle can be invited; the lead is one of the invited staff", arguments: TestDatabase.all)
    func participants(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            let form = try await teacher.get(path + "/participants")
            #expect(form.text.contains("Karim Ångström must not be contacted"))
            #expect(!form.text.contains("family:\(s.restrictedFather.id!)"))
            // A restricted person sent by hand is still not invited.
            let body =
                "_csrf=\(teacher.csrfToken!)&invite[]=student:\(s.zoe.id!)&invite[]=family:\(s.restrictedFather.id!)&invite[]=staff:\(people.primaryStaff.id!)&lead=\(people.primaryStaff.id!)"
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            headers.add(name: .cookie, value: teacher.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
            let saved = try await app.testing().sendRequest(
                .POST, path + "/participants", headers: headers, body: ByteBuffer(string: body))
            #expect(saved.status == .seeOther)
            let participants = try await MeetingParticipant.query(on: app.db).all()
            #expect(participants.count == 2)
            #expect(!participants.contains { $0.kind == .family })
            #expect(try await Meeting.query(on: app.db).first()?.$lead.id == people.primaryStaff.id)
        }
    }

    @Test("A private reflection is seen by its author only", arguments: TestDatabase.all)
    func reflection(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            try await teacher.submit(path + "/reflection", ["text": "I expect the father to be hostile."], from: path)
            #expect(try await teacher.get(path + "/reflection").text.contains("I expect the father to be hostile."))
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            #expect(!(try await leader.get(path).text.contains("I expect the father to be hostile.")))
            let page = try await leader.get(path + "/reflection")
            #expect(page.status == .ok)
            #expect(!page.text.contains("I expect the father to be hostile."))
            // And it is not copied into the audit log.
            let summaries = try await AuditEvent.query(on: app.db).all().compactMap(\.summary)
            #expect(!summaries.contains { $0.contains("hostile") })
        }
    }

    @Test(
        "A room is checked against the meeting, and the seating plan puts people in their places",
        arguments: TestDatabase.all)
    func roomAndSeating(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            s.mother.accessibilityNeeds = "Uses a wheelchair"
            try await s.mother.save(on: app.db)
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let noName = try await leader.submit("/spaces/new?school=\(people.oakPrimary.id!)", ["capacity": "6"])
            #expect(noName.status == .unprocessableEntity)
            #expect(noName.text.contains("Enter the room&#39;s name") || noName.text.contains("Enter the room's name"))
            let added = try await leader.post(
                "/spaces/new?school=\(people.oakPrimary.id!)",
                [
                    "name": "Library meeting room", "capacity": "8", "table": "round", "movable_seats": "yes",
                    "natural_light": "yes", "privacy": "closed", "step_free": "yes", "at_school": "yes",
                ])
            #expect(added.location == "/spaces?school=\(people.oakPrimary.id!)&notice=space-saved")
            let poor = try await Self.room(in: people.oakPrimary, on: app.db)

            let path = try await Self.start(leader, student: s.zoe)
            let choose = try await leader.get(path + "/space")
            #expect(choose.text.contains("Suits this meeting."))
            #expect(choose.text.contains("Someone coming needs step-free access"))
            #expect(choose.text.contains("A long, narrow table leaves someone at the far end."))
            let chosen = try await leader.post(path + "/space", ["space": poor.id!.uuidString])
            #expect(chosen.location == path + "?notice=space-chosen#space")
            #expect(try await leader.get(path).text.contains("Think again about this room."))

            let seating = try await leader.get(path + "/seating")
            #expect(seating.text.contains("<svg"))
            #expect(seating.text.contains("Interpreter"))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            let teacherSeat = try #require(
                try await MeetingParticipant.query(on: app.db).filter(\.$kind == .staff).first())
            let moved = try await leader.post(
                path + "/seating", ["person": teacherSeat.id!.uuidString, "place": "1"])
            #expect(moved.status == .seeOther)
            let saved = try #require(try await Meeting.find(meeting.id, on: app.db))
            #expect(saved.seating.first == teacherSeat.id)
        }
    }

    @Test("A long meeting splits into two shorter ones with the same people", arguments: TestDatabase.all)
    func split(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            // An interpreter alone calls for more time, not a split.
            #expect(!(try await teacher.get(path + "/agenda").text.contains("Split into two shorter meetings")))
            let original = try #require(try await Meeting.query(on: app.db).first())
            original.lengthMinutes = 70
            try await original.save(on: app.db)
            #expect(try await teacher.get(path + "/agenda").text.contains("Split into two shorter meetings"))
            let split = try await teacher.post(path + "/split")
            let location = try #require(split.location)
            #expect(location.hasSuffix("?notice=meeting-split"))
            let meetings = try await Meeting.query(on: app.db).sort(\.$createdAt).all()
            #expect(meetings.count == 2)
            #expect(meetings[0].lengthMinutes == 35)
            #expect(meetings[1].purpose.hasSuffix("(Second meeting.)"))
            let first = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meetings[0].id!).all()
            let second = try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == meetings[1].id!).all()
            #expect(first.count + second.count == 5 && !first.isEmpty && !second.isEmpty)
            #expect(first.map(\.minutes).reduce(0, +) <= meetings[0].lengthMinutes)
            #expect(second.map(\.minutes).reduce(0, +) <= meetings[1].lengthMinutes)
            #expect(
                try await MeetingParticipant.query(on: app.db).filter(\.$meeting.$id == meetings[1].id!).count() == 3)
            #expect(try await teacher.get(String(location.prefix { $0 != "?" })).status == .ok)
        }
    }

    @Test("The meetings list says which coming meetings need action", arguments: TestDatabase.all)
    func needsAction(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            _ = try await Self.start(teacher, student: s.zoe)
            #expect(!(try await teacher.get("/meetings").text.contains("Needs action")))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            meeting.startsAt = Date().addingTimeInterval(3 * 86_400)
            try await meeting.save(on: app.db)
            let list = try await teacher.get("/meetings")
            #expect(list.text.contains("Needs action"))
            #expect(list.text.contains("Not shared yet, and it is soon"))
        }
    }

    @Test("A cancelled meeting's plan no longer changes: no agenda item, no new time", arguments: TestDatabase.all)
    func cancelledPlanIsFixed(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            let items = try await AgendaItem.query(on: app.db).count()
            let cancelled = try await teacher.submit(path + "/cancel", [:], from: path + "/cancel")
            #expect(cancelled.status == .seeOther)
            let added = try await teacher.submit(path + "/agenda", ["title": "After all", "minutes": "5"], from: path)
            #expect(added.status == .badRequest)
            #expect(added.text.contains("This meeting is cancelled"))
            #expect(try await AgendaItem.query(on: app.db).count() == items)
            #expect(try await teacher.get(path + "/plan").status == .badRequest)
        }
    }

    @Test(
        "A lead who is not ticked as invited comes back to be fixed, not saved as nobody", arguments: TestDatabase.all)
    func leadMustBeInvited(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await Self.start(teacher, student: s.zoe)
            let form = try await teacher.get(path + "/participants")
            #expect(form.text.contains("value=\"\(people.primaryStaff.id!.uuidString)\""), "the teacher can lead")
            let refused = try await teacher.submit(
                path + "/participants",
                ["invite[]": "student:\(s.zoe.id!.uuidString)", "lead": people.primaryStaff.id!.uuidString],
                from: path + "/participants")
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Tick them as invited too"))
            #expect(!refused.text.contains("Saved who is coming"))
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            #expect(meeting.$lead.id == people.primaryStaff.id, "the lead is unchanged")
        }
    }
}
