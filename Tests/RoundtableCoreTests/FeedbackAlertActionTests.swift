import Foundation
import Testing

@testable import RoundtableCore

@Suite("How the meeting felt: what an alert asks of the lead")
struct FeedbackAlertActionTests {
    static let oak = UUID()
    static let primary = SchoolRef(id: UUID(), organisationID: oak)
    static let secondary = SchoolRef(id: UUID(), organisationID: oak)
    static let owner = UUID()

    static func actor(_ role: StaffRole, _ school: SchoolRef?, id: UUID = UUID(), org: UUID = oak) -> Actor {
        Actor(userID: id, organisationID: org, schoolID: school?.id, role: role)
    }

    @Test("The lead owns it; with no lead, whoever planned the meeting")
    func ownerIsLeadOrPlanner() {
        let lead = UUID()
        let planner = UUID()
        #expect(FeedbackAlerts.owner(of: MeetingRef(school: Self.primary, createdBy: planner, leadID: lead)) == lead)
        #expect(FeedbackAlerts.owner(of: MeetingRef(school: Self.primary, createdBy: planner, leadID: nil)) == planner)
    }

    @Test(
        "The owner and the school's leaders see and close it; nobody else",
        arguments: [
            (actor(.staff, primary, id: owner), true, "the owner"),
            (actor(.schoolLeader, primary), true, "the school's leader"),
            (actor(.organisationAdmin, nil), true, "the organisation's administrator"),
            (actor(.staff, primary), false, "a colleague at the same school"),
            (actor(.schoolLeader, secondary), false, "another school's leader"),
            (actor(.staff, secondary, id: owner), false, "the owner, moved to another school"),
            (actor(.organisationAdmin, nil, org: UUID()), false, "another organisation's administrator"),
        ])
    func maySee(viewer: Actor, expected: Bool, who: String) {
        #expect(
            FeedbackVisibility.maySeeAlert(viewer: viewer, ownerID: Self.owner, school: Self.primary) == expected,
            "\(who)")
        #expect(
            AccessPolicy.allows(viewer, .handleFeedbackAlert(ownerID: Self.owner, school: Self.primary)) == expected,
            "\(who)")
    }

    @Test("A list of alerts: a leader's holds the schools' alerts, anyone else's only their own")
    func ownerFilter() {
        let me = UUID()
        #expect(FeedbackVisibility.alertOwnerFilter(for: Self.actor(.staff, Self.primary, id: me)) == me)
        #expect(FeedbackVisibility.alertOwnerFilter(for: Self.actor(.schoolLeader, Self.primary)) == nil)
        #expect(FeedbackVisibility.alertOwnerFilter(for: Self.actor(.organisationAdmin, nil)) == nil)
    }

    @Test(
        "The next step follows who answered and what was low",
        arguments: [
            (
                [FeedbackAlerts.Alert(.listened, .sadFace(face: 1))], ParticipantKind.student,
                [FeedbackAlerts.NextStep.quietWordWithTrustedAdult]
            ),
            ([FeedbackAlerts.Alert(.cared, .low(score: 4))], .family, [.callFamily]),
            ([FeedbackAlerts.Alert(.cared, .dropped(from: 9, to: 6))], .family, [.callFamily, .planFollowUp]),
            ([FeedbackAlerts.Alert(.kept, .low(score: 3))], .family, [.callFamily, .talkWithColleague]),
            (
                [
                    FeedbackAlerts.Alert(.cared, .low(score: 2)), FeedbackAlerts.Alert(.clear, .low(score: 2)),
                    FeedbackAlerts.Alert(.listened, .low(score: 2)),
                ],
                .family, [.callFamily, .planFollowUp]
            ),
            ([FeedbackAlerts.Alert(.respectful, .low(score: 5))], .agency, [.talkWithColleague]),
            ([FeedbackAlerts.Alert(.respectful, .sadFace(face: 2))], .student, [.quietWordWithTrustedAdult]),
            ([], .family, []),
        ] as [([FeedbackAlerts.Alert], ParticipantKind, [FeedbackAlerts.NextStep])])
    func nextSteps(alerts: [FeedbackAlerts.Alert], kind: ParticipantKind, expected: [FeedbackAlerts.NextStep]) {
        #expect(FeedbackAlerts.nextSteps(for: alerts, kind: kind) == expected)
    }

    @Test(
        "What the lead did: one of the list; something else needs a note",
        arguments: [
            ("phone_call", "", FeedbackAlerts.Action.phoneCall, nil as String?, nil as [String]?),
            ("phone_call", "  Spoke to mum, she felt rushed.  ", .phoneCall, "Spoke to mum, she felt rushed.", nil),
            ("other", "Wrote a card", .other, "Wrote a card", nil),
            ("other", "   ", nil, nil, ["note"]),
            ("", "", nil, nil, ["action"]),
            ("answer_changed", "", nil, nil, ["action"]),
            ("phone_call", String(repeating: "a", count: 1001), nil, nil, ["note"]),
        ] as [(String, String, FeedbackAlerts.Action?, String?, [String]?)])
    func actionForm(action: String, note: String, expected: FeedbackAlerts.Action?, kept: String?, errors: [String]?) {
        switch FeedbackAlerts.ActionForm(action: action, note: note).check() {
        case .success(let checked):
            #expect(checked.action == expected)
            #expect(checked.note == kept)
            #expect(errors == nil)
        case .failure(let box):
            #expect(expected == nil)
            #expect(box.errors.items.map(\.field) == errors)
        }
    }

    @Test(
        "Thresholds: a low score 0–10, a drop 1–10, a sad face 1–4",
        arguments: [
            ("5", "2", "2", FeedbackAlerts.Thresholds(), nil as [String]?),
            (" 0 ", "10", "1", FeedbackAlerts.Thresholds(lowScore: 0, drop: 10, lowFace: 1), nil),
            ("10", "1", "4", FeedbackAlerts.Thresholds(lowScore: 10, drop: 1, lowFace: 4), nil),
            ("11", "0", "5", nil, ["low_score", "drop", "low_face"]),
            ("-1", "2", "2", nil, ["low_score"]),
            ("five", "", "2.5", nil, ["low_score", "drop", "low_face"]),
        ] as [(String, String, String, FeedbackAlerts.Thresholds?, [String]?)])
    func thresholds(
        low: String, drop: String, face: String, expected: FeedbackAlerts.Thresholds?, errors: [String]?
    ) {
        switch FeedbackAlerts.ThresholdsForm(lowScore: low, drop: drop, lowFace: face).check() {
        case .success(let thresholds):
            #expect(thresholds == expected)
            #expect(errors == nil)
        case .failure(let box):
            #expect(expected == nil)
            #expect(box.errors.items.map(\.field) == errors)
        }
    }

    @Test("Reasons are stored as question and why, the same way each time, and read back")
    func stored() {
        let alerts = [
            FeedbackAlerts.Alert(.cared, .low(score: 3)), FeedbackAlerts.Alert(.kept, .dropped(from: 8, to: 6)),
            FeedbackAlerts.Alert(.listened, .sadFace(face: 1)),
        ]
        let text = FeedbackAlerts.encode(alerts)
        #expect(text == FeedbackAlerts.encode(alerts))
        #expect(FeedbackAlerts.decode(text) == alerts)
        #expect(FeedbackAlerts.decode("not json").isEmpty)
        #expect(!text.contains("better"))
    }

    @Test("The low answers in words and numbers")
    func words() {
        #expect(FeedbackAlerts.Alert(.cared, .low(score: 3)).words(on: .zeroToTen) == "Not really (3 of 10)")
        #expect(
            FeedbackAlerts.Alert(.cared, .dropped(from: 8, to: 5)).words(on: .zeroToTen)
                == "A bit (5 of 10), fell from 8 to 5")
        #expect(FeedbackAlerts.Alert(.listened, .sadFace(face: 1)).words(on: .faces) == "Not at all (1 of 5)")
        #expect(FeedbackAlerts.Alert(.listened, .sadFace(face: 1)).phrase(on: .faces) == .feedbackChildListened)
        #expect(FeedbackAlerts.Alert(.listened, .low(score: 1)).phrase(on: .zeroToTen) == .feedbackListened)
    }
}
