import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

/// Issue 13's planning: clashes with other meetings, and changing an agenda item.
@Suite("Planning: clashes and agenda items")
struct PlanningTests {
    /// Sets a meeting's time and format as a planner would.
    static func plan(_ browser: TestBrowser, _ path: String, time: String, minutes: Int = 45) async throws {
        let saved = try await browser.submit(
            path + "/plan",
            [
                "purpose": "To agree together how lunchtimes can feel calmer.", "requested_by": "school",
                "urgency": "routine", "format": "in_person", "video_link": "", "fallback_plan": "",
                "date": "2031-03-04", "start_time": time, "length_minutes": String(minutes),
                "ground_rules": "One voice at a time",
            ])
        #expect(saved.location == path + "?notice=plan-saved")
    }

    @Test(
        "A room booked at an overlapping time is a warning that names the other meeting only to those who may see it",
        arguments: TestDatabase.all)
    func clash(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let room = try await MeetingTests.room(in: people.oakPrimary, on: app.db)
            // The leader's meeting about Omar, whom the teacher does not work with.
            let leader = TestBrowser(app)
            try await leader.signIn(people.primaryLeader)
            let omars = try await MeetingTests.start(leader, student: s.omar)
            try await Self.plan(leader, omars, time: "15:30")
            try await leader.submit(omars + "/space", ["space": room.id!.uuidString])

            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let zoes = try await MeetingTests.start(teacher, student: s.zoe)
            try await Self.plan(teacher, zoes, time: "16:00", minutes: 40)
            let choose = try await teacher.get(zoes + "/space")
            #expect(choose.text.contains("Already booked for another meeting (4 Mar 2031 at 15:30 to 16:15)."))
            #expect(!choose.text.contains("Omar"))
            #expect(!choose.text.contains("Suits this meeting."))
            // A warning, not a refusal.
            let chosen = try await teacher.post(zoes + "/space", ["space": room.id!.uuidString])
            #expect(chosen.location == zoes + "?notice=space-chosen#space")
            let page = try await teacher.get(zoes)
            #expect(page.text.contains("This time clashes with another meeting."))
            #expect(page.text.contains("Room 12 is already booked for another meeting (4 Mar 2031 at 15:30 to 16:15)."))
            #expect(!page.text.contains("Omar"))

            // The leader may see both, so is told which meeting it is.
            let seen = try await leader.get(zoes)
            #expect(seen.text.contains("Room 12 is already booked for Behaviour concern: Omar Haddad"))
            let leaders = try await leader.get(omars)
            #expect(leaders.text.contains("Room 12 is already booked for Behaviour concern: Zoë Ångström"))

            // Starting when the other ends is no clash (half-open times).
            try await Self.plan(teacher, zoes, time: "16:15", minutes: 40)
            #expect(!(try await teacher.get(zoes).text.contains("This time clashes")))

            // A cancelled meeting frees the room.
            try await Self.plan(teacher, zoes, time: "15:45", minutes: 40)
            #expect(try await teacher.get(zoes).text.contains("This time clashes"))
            let omarsMeeting = try #require(
                try await Meeting.query(on: app.db).filter(\.$createdBy.$id == people.primaryLeader.id!).first())
            omarsMeeting.state = .cancelled
            try await omarsMeeting.save(on: app.db)
            #expect(!(try await teacher.get(zoes).text.contains("This time clashes")))
            #expect(!(try await teacher.get(zoes + "/space").text.contains("Already booked")))
        }
    }

    @Test("The same lead at two overlapping meetings is warned, in another room", arguments: TestDatabase.all)
    func staffClash(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let first = try await MeetingTests.start(teacher, student: s.zoe)
            try await Self.plan(teacher, first, time: "09:00", minutes: 60)
            let second = try await MeetingTests.start(teacher, student: s.zoe)
            try await Self.plan(teacher, second, time: "09:30", minutes: 30)
            let page = try await teacher.get(second)
            #expect(
                page.text.contains(
                    "You are already booked for Behaviour concern: Zoë Ångström (4 Mar 2031 at 9:00 to 10:00)."
                ))
        }
    }

    static func items(_ app: Application, _ path: String) async throws -> [AgendaItem] {
        let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
        return try await AgendaItem.query(on: app.db).filter(\.$meeting.$id == id).sort(\.$position).all()
    }

    @Test("An agenda item's words, minutes and place change on its own page", arguments: TestDatabase.all)
    func editItem(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await MeetingTests.start(teacher, student: s.zoe)
            let before = try await Self.items(app, path)
            let last = before.last!
            let edit = path + "/agenda/\(last.id!)/edit"
            let form = try await teacher.get(edit)
            #expect(form.status == .ok)
            #expect(form.text.contains("after “\(before[0].title)”"))

            let bad = try await teacher.post(
                edit, ["title": "Lunch plans", "minutes": "none", "notes": "Bring the menu", "position": "9"])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("Enter the minutes for this item, from 1 to 120"))
            #expect(bad.text.contains("Choose a place from 1 to \(before.count)"))
            #expect(bad.text.contains("Lunch plans") && bad.text.contains("Bring the menu"))
            #expect(try await Self.items(app, path).map(\.title) == before.map(\.title))

            try await teacher.get(edit)
            let saved = try await teacher.post(
                edit, ["title": "Lunch plans", "minutes": "12", "notes": "Bring the menu", "position": "1"])
            #expect(saved.location == path + "/agenda#agenda")
            let after = try await Self.items(app, path)
            #expect(after.map(\.position) == Array(0..<before.count))
            #expect(after[0].title == "Lunch plans" && after[0].minutes == 12 && after[0].notes == "Bring the menu")
            #expect(Array(after.dropFirst().map(\.id)) == Array(before.dropLast().map(\.id)))
            #expect(try await teacher.get(path + "/agenda").text.contains("Change or move"))
        }
    }

    @Test("Parallel moves leave positions 1 to n with no two the same", arguments: TestDatabase.all)
    func parallelMoves(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await MeetingTests.start(teacher, student: s.zoe)
            let items = try await Self.items(app, path)
            try await teacher.get(path)
            let token = try #require(teacher.csrfToken)
            let cookies = ConcurrencyTests.cookieHeader(teacher)
            try await withLiveServer(app) { server in
                let answers = try await server.parallel(12) { index in
                    let item = items[index % items.count]
                    return try await server.send(
                        .POST, path + "/agenda/\(item.id!)/edit", headers: cookies,
                        form: [
                            "_csrf": token, "title": item.title, "minutes": String(item.minutes),
                            "notes": item.notes ?? "",
                            "position": String((index * 3) % items.count + 1),
                        ])
                }
                #expect(answers.filter { $0.status.code >= 500 }.count == 0)
                // A redirect may be followed by the client: either way, every move was taken.
                #expect(answers.allSatisfy { [.seeOther, .ok].contains($0.status) }, "\(answers.map(\.status.code))")
            }
            let after = try await Self.items(app, path)
            #expect(after.map(\.position) == Array(0..<items.count))
            #expect(Set(after.map(\.id)) == Set(items.map(\.id)))
        }
    }

    @Test("Once the meeting has started, its items no longer change", arguments: TestDatabase.all)
    func startedMeeting(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let teacher = TestBrowser(app)
            try await teacher.signIn(people.primaryStaff)
            let path = try await MeetingTests.start(teacher, student: s.zoe)
            let item = try #require(try await Self.items(app, path).first)
            let meeting = try #require(try await Meeting.query(on: app.db).first())
            meeting.state = .inProgress
            try await meeting.save(on: app.db)
            #expect(try await teacher.get(path + "/agenda/\(item.id!)/edit").status == .badRequest)
            let refused = try await teacher.post(
                path + "/agenda/\(item.id!)/edit", ["title": "Other", "minutes": "5", "position": "1"])
            #expect(refused.status == .badRequest)
            #expect(try await AgendaItem.find(item.id, on: app.db)?.title == item.title)
        }
    }
}

extension PlanningTests {
    @Test(
        "After the time changes, a letter still stating the old one is flagged until the change goes out",
        arguments: TestDatabase.all)
    func staleLetter(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let s = try await StudentFixtures.make(people, on: app)
            let (teacher, path) = try await InvitationTests.ready(app, people, s)
            try await teacher.submit(
                path + "/invitation?language=en",
                ["body": "Dear family, we would like to meet on Tuesday 4 March at 15:30 to talk about lunchtimes."],
                from: path + "/invitation")
            try await teacher.submit(path + "/share", [:], from: path + "/share")
            #expect(!(try await teacher.get(path).text.contains("The letter still says")))
            try await teacher.submit(
                path + "/plan",
                [
                    "purpose": "To talk about some difficult lunchtimes and agree how to help Zoë.",
                    "requested_by": "school", "urgency": "soon", "format": "in_person", "date": "2031-03-04",
                    "start_time": "16:30", "length_minutes": "40",
                ])
            let page = try await teacher.get(path)
            #expect(page.text.contains("The letter still says the old time or place."))
            #expect(page.text.contains("It says “15:30”, which the plan no longer says."))
            // Once the change has gone out, the page stops asking.
            try await teacher.submit(path + "/changes/tell", [:], from: path)
            #expect(!(try await teacher.get(path).text.contains("The letter still says")))
        }
    }
}
