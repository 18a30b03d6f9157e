import Foundation
import Testing

@testable import RoundtableCore

@Suite("How the meeting felt: who reads the participants' answers")
struct FeedbackVisibilityTests {
    static let oak = UUID()
    static let primary = SchoolRef(id: UUID(), organisationID: oak)
    static let secondary = SchoolRef(id: UUID(), organisationID: oak)
    static let lead = UUID()
    static let planner = UUID()
    static let meeting = MeetingRef(school: primary, createdBy: planner, leadID: lead)

    static func actor(_ role: StaffRole, _ school: SchoolRef?, id: UUID = UUID(), org: UUID = oak) -> Actor {
        Actor(userID: id, organisationID: org, schoolID: school?.id, role: role)
    }

    @Test(
        "The lead and the school's leaders; not whoever planned it, nor colleagues, nor another school's leader",
        arguments: [
            (actor(.staff, primary, id: lead), true, "the lead"),
            (actor(.schoolLeader, primary), true, "the school's leader"),
            (actor(.organisationAdmin, nil), true, "the organisation's administrator"),
            (actor(.staff, primary, id: planner), false, "who planned it but does not lead it"),
            (actor(.staff, primary), false, "a colleague"),
            (actor(.schoolLeader, secondary), false, "another school's leader"),
            (actor(.organisationAdmin, nil, org: UUID()), false, "another organisation's administrator"),
        ])
    func maySee(viewer: Actor, expected: Bool, who: String) {
        #expect(FeedbackVisibility.maySee(viewer: viewer, meeting: Self.meeting) == expected, "\(who)")
    }

    @Test("With no lead named, only the leaders read them")
    func noLead() {
        let meeting = MeetingRef(school: Self.primary, createdBy: Self.planner, leadID: nil)
        #expect(
            !FeedbackVisibility.maySee(viewer: Self.actor(.staff, Self.primary, id: Self.planner), meeting: meeting))
        #expect(FeedbackVisibility.maySee(viewer: Self.actor(.schoolLeader, Self.primary), meeting: meeting))
    }

    @Test("A score in words and number, on each scale")
    func words() {
        #expect(FeedbackScale.zeroToTen.words(for: 0) == "Not at all (0 of 10)")
        #expect(FeedbackScale.zeroToTen.words(for: 4) == "Not really (4 of 10)")
        #expect(FeedbackScale.zeroToTen.words(for: 5) == "A bit (5 of 10)")
        #expect(FeedbackScale.zeroToTen.words(for: 8) == "Mostly (8 of 10)")
        #expect(FeedbackScale.zeroToTen.words(for: 10) == "Yes, a lot (10 of 10)")
        #expect(FeedbackScale.faces.words(for: 1) == "Not at all (1 of 5)")
        #expect(FeedbackScale.faces.words(for: 4) == "Mostly (4 of 5)")
    }
}
