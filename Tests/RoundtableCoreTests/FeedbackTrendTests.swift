import Foundation
import Testing

@testable import RoundtableCore

@Suite("How meetings have felt: the trend of each person's answers")
struct FeedbackTrendTests {
    static let oak = UUID()
    static let primary = SchoolRef(id: UUID(), organisationID: oak)
    static let secondary = SchoolRef(id: UUID(), organisationID: oak)
    static let leadOfFirst = UUID()
    static let leadOfBoth = UUID()
    static let planner = UUID()
    static let mother = FeedbackTrend.Person(kind: .family, id: UUID())
    static let student = FeedbackTrend.Person(kind: .student, id: UUID())
    static let agency = FeedbackTrend.Person(kind: .agency, id: UUID())
    static let first = UUID()
    static let second = UUID()
    static let noLead = UUID()
    static let day: TimeInterval = 86_400
    static let start = Date(timeIntervalSince1970: 1_790_000_000)

    static func answer(
        _ person: FeedbackTrend.Person, _ meetingID: UUID, lead: UUID?, day: Double,
        scale: FeedbackScale = .zeroToTen, scores: [FeedbackQuestion: Int] = [.cared: 8, .listened: 7],
        totalsOnly: Bool = false, state: MeetingState = .closed, school: SchoolRef = primary
    ) -> FeedbackTrend.Answer {
        FeedbackTrend.Answer(
            person: person, name: person.kind == .student ? "Zoë Haddad" : "Amira Haddad",
            role: person.kind == .student ? "Student" : "Mother", meetingID: meetingID,
            meeting: MeetingRef(school: school, createdBy: planner, leadID: lead), state: state,
            heldAt: start.addingTimeInterval(day * Self.day), scale: scale, scores: scores, totalsOnly: totalsOnly)
    }

    /// Amira answered two meetings (the second listed first, to check the order); the first was
    /// led by one colleague, the second by another who led both's lead; one more with no lead.
    static let answers: [FeedbackTrend.Answer] = [
        answer(mother, second, lead: leadOfBoth, day: 30, scores: [.cared: 5, .listened: 5]),
        answer(mother, first, lead: leadOfFirst, day: 1, scores: [.cared: 8, .listened: 7]),
        answer(mother, noLead, lead: nil, day: 60, scores: [.cared: 9]),
    ]

    static func actor(_ role: StaffRole, _ school: SchoolRef?, id: UUID = UUID()) -> Actor {
        Actor(userID: id, organisationID: oak, schoolID: school?.id, role: role)
    }

    @Test(
        "Each viewer sees only the points of meetings whose answers they may read",
        arguments: [
            (actor(.schoolLeader, primary), [first, second, noLead], "the school's leader: every point"),
            (actor(.organisationAdmin, nil), [first, second, noLead], "the organisation's administrator"),
            (actor(.staff, primary, id: leadOfFirst), [first], "the lead of the first meeting only"),
            (actor(.staff, primary, id: leadOfBoth), [second], "the lead of the second only"),
            (actor(.staff, primary, id: planner), [], "who planned them but led none"),
            (actor(.staff, primary), [], "a colleague or tutor who may see the student"),
            (actor(.schoolLeader, secondary), [], "another school's leader"),
        ])
    func whoSeesWhich(viewer: Actor, meetings: [UUID], who: String) {
        let lines = FeedbackTrend.lines(Self.answers, viewer: viewer)
        #expect(lines.flatMap { $0.points.map(\.meetingID) } == meetings, "\(who)")
        #expect(lines.allSatisfy { !$0.points.isEmpty }, "no empty line for \(who)")
    }

    @Test("Points run oldest first, with each question's score, their average and the lowest")
    func points() throws {
        let line = try #require(
            FeedbackTrend.lines(Self.answers, viewer: Self.actor(.schoolLeader, Self.primary)).first)
        #expect(line.name == "Amira Haddad" && line.role == "Mother" && line.scale == .zeroToTen)
        #expect(line.points.map(\.average) == [7.5, 5.0, 9.0])
        #expect(line.points.map(\.lowest) == [7, 5, 9])
        #expect(line.points[0].scores == [.cared: 8, .listened: 7])
        #expect(line.points.map(\.date) == [1, 30, 60].map { Self.start.addingTimeInterval($0 * Self.day) })
    }

    @Test(
        "Never a point: totals only, no score, a meeting not held, an agency's answer",
        arguments: [
            (answer(mother, first, lead: nil, day: 1, totalsOnly: true), "counted only in the totals"),
            (answer(mother, first, lead: nil, day: 1, scores: [:]), "only words, no score"),
            (answer(mother, first, lead: nil, day: 1, state: .inProgress), "a meeting still running"),
            (answer(mother, first, lead: nil, day: 1, state: .cancelled), "a cancelled meeting"),
            (answer(agency, first, lead: nil, day: 1), "an agency's answer"),
        ])
    func neverAPoint(answer: FeedbackTrend.Answer, why: String) {
        #expect(FeedbackTrend.lines([answer], viewer: Self.actor(.schoolLeader, Self.primary)).isEmpty, "\(why)")
    }

    @Test("Family first, then the student; a child's faces are a line of their own")
    func order() {
        let answers = [
            Self.answer(Self.student, Self.first, lead: nil, day: 1, scale: .faces, scores: [.listened: 2, .clear: 4]),
            Self.answer(Self.mother, Self.first, lead: nil, day: 1),
        ]
        let lines = FeedbackTrend.lines(answers, viewer: Self.actor(.schoolLeader, Self.primary))
        #expect(lines.map(\.person) == [Self.mother, Self.student])
        #expect(lines.map(\.scale) == [.zeroToTen, .faces])
        #expect(lines[1].points.map(\.average) == [3.0])
    }

    @Test("Until a meeting: meetings held after it are left out, the meeting itself kept")
    func upTo() {
        let lines = FeedbackTrend.lines(
            Self.answers, viewer: Self.actor(.schoolLeader, Self.primary),
            upTo: Self.start.addingTimeInterval(30 * Self.day))
        #expect(lines.map(\.person) == [Self.mother])
        #expect(lines.first?.points.map(\.meetingID) == [Self.first, Self.second])
    }
}
