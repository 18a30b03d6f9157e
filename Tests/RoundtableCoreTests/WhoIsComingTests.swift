import Foundation
import Testing

@testable import RoundtableCore

/// Issue 13, "who is coming": a colleague invited from anywhere in the school reads that
/// meeting and nothing more; someone comes for part of it; someone the family brings.
@Suite("Who is coming")
struct WhoIsComingTests {
    static let oak = UUID()
    static let primary = SchoolRef(id: UUID(), organisationID: oak)
    static let secondary = SchoolRef(id: UUID(), organisationID: oak)
    static let elm = SchoolRef(id: UUID(), organisationID: UUID())
    static let maker = UUID()
    static let meeting = MeetingRef(school: primary, createdBy: maker, leadID: nil)

    static func actor(_ role: StaffRole, _ school: SchoolRef?, id: UUID = UUID()) -> Actor {
        Actor(userID: id, organisationID: school?.organisationID ?? oak, schoolID: school?.id, role: role)
    }

    struct ReachRow: Sendable, CustomTestStringConvertible {
        var name: String
        var actor: Actor
        var seesAll: Bool
        var takesPart: Bool
        var reach: MeetingReach
        var testDescription: String { name }
    }

    static let reachRows: [ReachRow] = [
        .init(
            name: "invited, student beyond reach", actor: actor(.staff, primary), seesAll: false, takesPart: true,
            reach: .invitedOnly),
        .init(
            name: "invited and works with the student", actor: actor(.staff, primary), seesAll: true,
            takesPart: true, reach: .throughStudents),
        .init(
            name: "works with the student, not invited", actor: actor(.staff, primary), seesAll: true,
            takesPart: false, reach: .throughStudents),
        .init(name: "neither", actor: actor(.staff, primary), seesAll: false, takesPart: false, reach: .none),
        .init(
            name: "made it", actor: actor(.staff, primary, id: maker), seesAll: false, takesPart: false,
            reach: .throughStudents),
        .init(
            name: "a leader of the school", actor: actor(.schoolLeader, primary), seesAll: false,
            takesPart: false, reach: .throughStudents),
        .init(
            name: "a leader of another school", actor: actor(.schoolLeader, secondary), seesAll: false,
            takesPart: true, reach: .none),
        .init(
            name: "staff of another school, invited", actor: actor(.staff, secondary), seesAll: false,
            takesPart: true, reach: .none),
        .init(
            name: "another organisation", actor: actor(.organisationAdmin, elm), seesAll: true, takesPart: true,
            reach: .none),
    ]

    @Test("How far each person reaches into a meeting", arguments: reachRows)
    func reach(row: ReachRow) {
        let reach = MeetingReach.of(row.actor, Self.meeting, seesAllStudents: row.seesAll, takesPart: row.takesPart)
        #expect(reach == row.reach)
        // The one decision behind every meeting page agrees.
        #expect(
            AccessPolicy.allows(
                row.actor, .viewMeeting(Self.meeting, seesAllStudents: row.seesAll, takesPart: row.takesPart))
                == (row.reach != .none))
    }

    @Test("Someone invited reads the meeting's record as staff, and nothing more about the student")
    func invitedReadsTheMeetingOnly() {
        let invited = MeetingReach.invitedOnly
        #expect(invited.opensMeeting)
        #expect(!invited.opensStudents)
        #expect(MeetingReach.throughStudents.opensStudents)
        // This meeting's record: staff-only entries yes, someone else's private reflection no.
        let viewer = RecordViewer.staff(isLeadOrOwner: false, isLeader: false, takesPart: true)
        #expect(RecordVisibility.canSee(viewer, label: .staffOnly, isAuthor: false))
        #expect(!RecordVisibility.canSee(viewer, label: .private, isAuthor: false))
        // What an earlier meeting kept among its staff stays there; what it shared, they read.
        let carried = invited.carriedViewer(viewer)
        #expect(!CarriedIn.mayRead(carried, .staffOnly(.keptAmongStaff)))
        #expect(!CarriedIn.mayRead(carried, .staffOnly(.differentPeople)))
        #expect(CarriedIn.mayRead(carried, .shared))
        #expect(MeetingReach.throughStudents.carriedViewer(viewer) == viewer)
        // A student's timeline reads each meeting by its viewer: theirs never opens it at all.
        #expect(
            StudentScope.limited(school: Self.primary.id, yearGroups: [], specialNeeds: false).includes(
                StudentFacts(schoolID: Self.primary.id, organisationID: Self.oak, yearGroup: 7, hasSpecialNeeds: false),
                isLinked: false) == false)
    }

    @Test("Any active colleague at the meeting's school may be invited; nobody from elsewhere")
    func whoMayBeInvited() {
        func staff(_ role: StaffRole, _ school: SchoolRef?) -> StaffRef {
            StaffRef(
                userID: UUID(), organisationID: school?.organisationID ?? Self.oak, schoolID: school?.id, role: role)
        }
        #expect(MeetingReach.mayBeInvited(staff(.staff, Self.primary), isActive: true, to: Self.meeting))
        #expect(MeetingReach.mayBeInvited(staff(.schoolLeader, Self.primary), isActive: true, to: Self.meeting))
        #expect(!MeetingReach.mayBeInvited(staff(.staff, Self.primary), isActive: false, to: Self.meeting))
        #expect(!MeetingReach.mayBeInvited(staff(.staff, Self.secondary), isActive: true, to: Self.meeting))
        #expect(!MeetingReach.mayBeInvited(staff(.organisationAdmin, nil), isActive: true, to: Self.meeting))
        #expect(!MeetingReach.mayBeInvited(staff(.staff, Self.elm), isActive: true, to: Self.meeting))
    }

    struct WindowRow: Sendable, CustomTestStringConvertible {
        var from: String
        var until: String
        var length: Int
        var result: PartWindow?
        var errorFields: [String]
        var testDescription: String { "\(from)–\(until) of \(length)" }
    }

    static let windowRows: [WindowRow] = [
        .init(from: "", until: "", length: 60, result: nil, errorFields: []),
        .init(from: "0", until: "20", length: 60, result: PartWindow(from: 0, until: 20), errorFields: []),
        .init(from: " 30 ", until: "", length: 60, result: PartWindow(from: 30, until: 60), errorFields: []),
        .init(from: "", until: "15", length: 60, result: PartWindow(from: 0, until: 15), errorFields: []),
        .init(from: "10", until: "30", length: 60, result: PartWindow(from: 10, until: 30), errorFields: []),
        // The whole meeting is not "part" of it.
        .init(from: "0", until: "60", length: 60, result: nil, errorFields: []),
        .init(from: "-5", until: "20", length: 60, result: nil, errorFields: ["from"]),
        .init(from: "60", until: "60", length: 60, result: nil, errorFields: ["from"]),
        .init(from: "0", until: "75", length: 60, result: nil, errorFields: ["until"]),
        .init(from: "twenty", until: "x", length: 60, result: nil, errorFields: ["from", "until"]),
        .init(from: "30", until: "20", length: 60, result: nil, errorFields: ["until"]),
        .init(from: "20", until: "22", length: 60, result: nil, errorFields: ["until"]),
    ]

    @Test("A time for part of the meeting must sit inside the meeting", arguments: windowRows)
    func window(row: WindowRow) {
        switch PartWindow.check(from: row.from, until: row.until, lengthMinutes: row.length) {
        case .success(let window):
            #expect(row.errorFields.isEmpty)
            #expect(window == row.result)
        case .failure(let box):
            #expect(box.errors.items.map(\.field) == row.errorFields)
        }
    }

    @Test("How a part of the meeting reads, also once the meeting has become shorter")
    func shapes() {
        #expect(PartWindow(from: 0, until: 20).shape(lengthMinutes: 60) == .first(minutes: 20))
        #expect(PartWindow(from: 40, until: 60).shape(lengthMinutes: 60) == .last(minutes: 20))
        #expect(PartWindow(from: 10, until: 30).shape(lengthMinutes: 60) == .between(from: 10, until: 30))
        #expect(PartWindow(from: 0, until: 60).shape(lengthMinutes: 60) == .whole)
        // Shortened to 25 minutes: what still fits.
        #expect(PartWindow(from: 10, until: 30).shape(lengthMinutes: 25) == .last(minutes: 15))
        #expect(!PartWindow(from: 10, until: 30).fits(lengthMinutes: 25))
        // Shortened to 10: nothing of it fits, so it reads as the whole meeting.
        #expect(PartWindow(from: 10, until: 30).shape(lengthMinutes: 10) == .whole)
        #expect(PartWindow(from: nil, until: 20) == nil)
    }

    @Test("Someone the family brings: a name and who they are; how to reach them is optional but must work")
    func guest() throws {
        let ok = try GuestForm(name: "  Rosa  Díaz ", relationship: "Advocate").check().get()
        #expect(ok == .init(name: "Rosa Díaz", relationship: "Advocate", email: nil, phone: nil))
        let full = try GuestForm(
            name: "Sam Lee", relationship: "Family friend", email: "Sam@Example.org", phone: "+44 (0)161 496 0000"
        ).check().get()
        #expect(full.email == "sam@example.org")
        #expect(full.phone == "+44 (0)161 496 0000")
        for (form, fields) in [
            (GuestForm(), ["name", "relationship"]),
            (GuestForm(name: "A", relationship: "B", email: "not an email"), ["email"]),
            (GuestForm(name: "A", relationship: "B", phone: "call me"), ["phone"]),
            (GuestForm(name: "A", relationship: "B", phone: "123"), ["phone"]),
            (GuestForm(name: String(repeating: "a", count: 101), relationship: "B"), ["name"]),
        ] {
            guard case .failure(let box) = form.check() else {
                Issue.record("\(form) passed")
                continue
            }
            #expect(box.errors.items.map(\.field) == fields)
        }
    }

    @Test("Someone the family brings may come for part of the meeting, checked as a participant's part")
    func guestWindow() throws {
        let part = try GuestForm(name: "Rosa", relationship: "Advocate", from: "0", until: "20")
            .check(lengthMinutes: 45).get()
        #expect(part.window == PartWindow(from: 0, until: 20))
        let whole = try GuestForm(name: "Rosa", relationship: "Advocate", from: "0", until: "45")
            .check(lengthMinutes: 45).get()
        #expect(whole.window == nil)
        #expect(try GuestForm(name: "Rosa", relationship: "Advocate").check(lengthMinutes: 45).get().window == nil)
        guard
            case .failure(let box) = GuestForm(name: "Rosa", relationship: "Advocate", from: "30", until: "20")
                .check(lengthMinutes: 45)
        else {
            Issue.record("an end before the start passed")
            return
        }
        #expect(box.errors.items.map(\.field) == ["until"])
    }

    @Test("The length advice points at the control for part of the meeting")
    func lengthAdvice() {
        let advice = LengthGuidance.advice(
            lengthMinutes: 60, people: .init(youngestStudentAge: 9, needsInterpreter: false, participantCount: 3))
        #expect(advice.first?.contains("“Set a time” beside their name in Who is coming") == true)
        // Asked for the first 20 minutes, a 9-year-old is within what suits them.
        let forPart = LengthGuidance.advice(
            lengthMinutes: 60,
            people: .init(
                youngestStudentAge: 9, needsInterpreter: false, participantCount: 3,
                youngestStudentWindow: PartWindow(from: 0, until: 20)))
        #expect(forPart.isEmpty)
        let stillLong = LengthGuidance.advice(
            lengthMinutes: 60,
            people: .init(
                youngestStudentAge: 9, needsInterpreter: false, participantCount: 3,
                youngestStudentWindow: PartWindow(from: 10, until: 50)))
        #expect(stillLong.first?.hasPrefix("A 9-year-old may find 40 minutes hard.") == true)
        #expect(PartWindow(from: 10, until: 50).minutes(within: 60) == 40)
    }
}
