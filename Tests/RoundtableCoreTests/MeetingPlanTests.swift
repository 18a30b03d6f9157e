import Foundation
import Testing

@testable import RoundtableCore

@Suite("Planning a meeting")
struct MeetingPlanTests {
    static let london = TimeZone(identifier: "Europe/London")!
    static let now = ISO8601DateFormatter().date(from: "2026-11-27T09:00:00Z")!

    static var good: MeetingPlanForm {
        var form = MeetingPlanForm()
        form.purpose = "To plan how Zoë settles back in after her time away, together with her family."
        form.date = "2026-12-03"
        form.startTime = "15:30"
        form.lengthMinutes = "30"
        form.groundRules = "Everyone speaks in turn\n\n  We finish on time  "
        return form
    }

    @Test("Every shipped template fits its own time and names the student")
    func templates() {
        #expect(MeetingTemplate.all.map(\.type) == MeetingType.allCases)
        for template in MeetingTemplate.all {
            let budget = AgendaBudget.check(
                itemMinutes: template.agenda.map(\.minutes), boundary: template.lengthMinutes)
            #expect(budget == .fits(spare: 0), "\(template.type) agenda does not fill its time: \(budget)")
            #expect(template.purpose(for: "Noor").contains("Noor"))
            #expect(!template.purpose(for: "Noor").contains("{name}"))
            #expect(!template.groundRules.isEmpty)
        }
    }

    @Test("A good plan is accepted; the start is read in the school's time zone")
    func accepted() throws {
        let checked = try Self.good.check(now: Self.now, timeZone: Self.london).get()
        #expect(checked.startsAt == ISO8601DateFormatter().date(from: "2026-12-03T15:30:00Z"))
        #expect(checked.groundRules == ["Everyone speaks in turn", "We finish on time"])
        #expect(checked.format == .inPerson && checked.videoLink == nil)
        // In summer, London is an hour ahead of UTC.
        var summer = Self.good
        summer.date = "2027-06-10"
        let june = try summer.check(now: Self.now, timeZone: Self.london).get()
        #expect(june.startsAt == ISO8601DateFormatter().date(from: "2027-06-10T14:30:00Z"))
    }

    @Test("A draft may leave the date open, but not the purpose or the length")
    func draft() {
        var form = MeetingPlanForm()
        form.lengthMinutes = "400"
        guard case .failure(let box) = form.check(now: Self.now, timeZone: Self.london) else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors.items.map(\.field) == ["purpose", "length_minutes"])
    }

    @Test("A video call needs its link and a plan for when it fails; the past is refused")
    func video() {
        var form = Self.good
        form.format = MeetingFormat.video.rawValue
        form.videoLink = "meet.example/abc"
        form.date = "2026-11-26"
        guard case .failure(let box) = form.check(now: Self.now, timeZone: Self.london) else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors["video_link"] == "Enter the whole link, starting with https://")
        #expect(box.errors["fallback_plan"]?.hasPrefix("Say what happens if the call does not work") == true)
        #expect(box.errors["date"] == "Choose a date and time that have not passed yet")
    }

    @Test("The agenda is checked against the time boundary, with the overrun shown")
    func budget() {
        #expect(AgendaBudget.check(itemMinutes: [10, 10, 5], boundary: 30) == .fits(spare: 5))
        let over = AgendaBudget.check(itemMinutes: [20, 15, 10], boundary: 30)
        #expect(over == .over(by: 15))
        #expect(over.message.hasPrefix("The agenda is 15 minutes longer than the meeting."))
    }

    @Test("Length guidance speaks up for young children, interpreters and long meetings")
    func guidance() {
        let child = LengthGuidance.advice(
            lengthMinutes: 45, people: .init(youngestStudentAge: 7, needsInterpreter: true, participantCount: 4))
        #expect(child.count == 2)
        #expect(child[0].hasPrefix("A 7-year-old may find 45 minutes hard."))
        #expect(child[1].contains("twice the time"))
        #expect(
            LengthGuidance.advice(
                lengthMinutes: 30, people: .init(youngestStudentAge: 14, needsInterpreter: false, participantCount: 4)
            ).isEmpty)
        #expect(
            LengthGuidance.advice(
                lengthMinutes: 90, people: .init(youngestStudentAge: nil, needsInterpreter: false, participantCount: 3)
            ).count == 1)
    }

    @Test("A coming meeting needs action when it is soon and not shared, or shared and not prepared")
    func attention() {
        let soon = Self.now.addingTimeInterval(3 * 86_400)
        #expect(
            MeetingAttention.of(state: .draft, startsAt: soon, urgency: .routine, preparationDone: [], now: Self.now)
                == .notShared)
        #expect(
            MeetingAttention.of(
                state: .shared, startsAt: soon, urgency: .urgent,
                preparationDone: [PreparationStep.leadDecided.rawValue], now: Self.now) == .preparation(done: 1, of: 4))
        let later = Self.now.addingTimeInterval(30 * 86_400)
        #expect(
            MeetingAttention.of(state: .draft, startsAt: later, urgency: .routine, preparationDone: [], now: Self.now)
                == nil)
        #expect(
            MeetingAttention.of(state: .draft, startsAt: nil, urgency: .routine, preparationDone: [], now: Self.now)
                == nil)
    }

    @Test("Urgent meetings get a short preparation path")
    func preparation() {
        #expect(PreparationStep.allCases.count == 10)
        #expect(PreparationStep.steps(for: .urgent).count == 4)
        #expect(PreparationStep.steps(for: .routine) == PreparationStep.allCases)
    }

    @Test("Agenda items need a title and sensible minutes")
    func agendaItem() {
        guard case .failure(let box) = AgendaItemForm(title: " ", minutes: "0").check() else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors["title"] == "Enter what the item is about")
        #expect(box.errors["minutes"] == "Enter the minutes for this item, from 1 to 120")
    }
}

@Suite("Choosing a space and seating people")
struct SpaceAndSeatingTests {
    static let goodRoom = SpaceFacts(
        capacity: 8, table: .round, movableSeats: true, naturalLight: true, privacy: .closed, stepFree: true,
        offSite: false)

    @Test("A good room for the meeting raises nothing")
    func goodFit() {
        let needs = SpaceNeeds(
            peopleCount: 5, familyAttending: true, difficultConversation: true, someoneNeedsStepFree: true)
        #expect(SpaceFit.warnings(Self.goodRoom, for: needs).isEmpty)
    }

    @Test("The bad room: off-site, small, long narrow table, no windows, not step-free")
    func badRoom() {
        let room = SpaceFacts(
            capacity: 6, table: .longNarrow, movableSeats: false, naturalLight: false, privacy: .partly,
            stepFree: false, offSite: true)
        let needs = SpaceNeeds(
            peopleCount: 10, familyAttending: true, difficultConversation: true, someoneNeedsStepFree: true)
        let warnings = SpaceFit.warnings(room, for: needs)
        #expect(warnings.count == 7)
        #expect(warnings[0] == "Someone coming needs step-free access, and this space does not have it.")
        #expect(warnings[1].hasPrefix("10 people are coming and the space seats 6."))
        // Daylight matters for hard conversations, not for every meeting.
        let calm = SpaceNeeds(
            peopleCount: 4, familyAttending: false, difficultConversation: false, someoneNeedsStepFree: false)
        #expect(!SpaceFit.warnings(room, for: calm).contains { $0.contains("daylight") })
    }

    @Test("The student sits at the top with family either side; interpreters sit beside the person they help")
    func seating() {
        let student = UUID(), mother = UUID(), father = UUID(), aunt = UUID()
        let teacher = UUID(), head = UUID(), interpreter = UUID()
        let order = SeatingPlan.arrange([
            .init(id: teacher, kind: .staff),
            .init(id: aunt, kind: .family),
            .init(id: mother, kind: .family, isParent: true),
            .init(id: interpreter, kind: .staff, helps: father),
            .init(id: student, kind: .student),
            .init(id: father, kind: .family, isParent: true),
            .init(id: head, kind: .staff),
        ])
        #expect(Set(order) == [student, mother, father, aunt, teacher, head, interpreter])
        let at = { (id: UUID) in order.firstIndex(of: id)! }
        // The student has the top place; the parents are the places either side of it.
        #expect(order.first == student)
        #expect(Set([at(mother), at(father)]).isSubset(of: [1, order.count - 1]))
        #expect(abs(at(interpreter) - at(father)) == 1)
        // Moving someone swaps them with whoever had that place; nobody else moves.
        let moved = SeatingPlan.move(head, to: 0, in: order)
        #expect(moved.first == head && moved[at(head)] == student)
        #expect(zip(moved, order).enumerated().filter { $0.element.0 != $0.element.1 }.count == 2)
        let fewer = SeatingPlan.reconcile(
            saved: moved, with: [.init(id: student, kind: .student), .init(id: head, kind: .staff)])
        #expect(fewer == [head, student])
    }
}

@Suite("Calendar files")
struct CalendarFileTests {
    static let event = CalendarFile(
        method: .request, uid: "meeting-1@roundtable", sequence: 2,
        start: ISO8601DateFormatter().date(from: "2031-03-04T15:30:00Z")!, lengthMinutes: 40,
        title: "Meeting at Oak Primary, Year 7; with ümlauts", location: "Family room",
        description: "Everything is on your page: https://school.example/p/abcdefghijklmnopqrstuvwxyz0123456789abcdef",
        organizerEmail: "meetings@oak.example", organizerName: "Oak \"Primary\"", attendeeEmail: "a@mail.example",
        attendeeName: "Amira Ångström", stamp: Date(timeIntervalSince1970: 0))

    @Test("RFC 5545: CRLF, escaped text, UTC times, folded lines within 75 octets")
    func format() {
        let text = Self.event.text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("METHOD:REQUEST\r\n"))
        #expect(text.contains("DTSTART:20310304T153000Z\r\n"))
        #expect(text.contains("DTEND:20310304T161000Z\r\n"))
        #expect(text.contains("SEQUENCE:2\r\n"))
        #expect(text.contains("SUMMARY:Meeting at Oak Primary\\, Year 7\\; with ümlauts"))
        #expect(text.contains("ORGANIZER;CN=\"Oak 'Primary'\":mailto:meetings@oak.example"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "too long: \(line)")
        }
        // Unfolding gives back the whole description.
        #expect(text.replacingOccurrences(of: "\r\n ", with: "").contains("abcdefghijklmnopqrstuvwxyz0123456789abcdef"))
    }

    @Test("A feed publishes several events; a cancellation says so")
    func feed() {
        var cancelled = Self.event
        cancelled.method = .cancel
        cancelled.uid = "meeting-2@roundtable"
        let feed = CalendarFile.feed([Self.event, cancelled])
        #expect(feed.contains("METHOD:PUBLISH\r\n"))
        #expect(feed.components(separatedBy: "BEGIN:VEVENT").count == 3)
        #expect(feed.contains("STATUS:CANCELLED\r\n"))
    }
}
