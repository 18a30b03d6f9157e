import Foundation
import Testing

@testable import RoundtableCore

@Suite("How the meeting felt: the staff's own reflection after it")
struct StaffReflectionRuleTests {
    @Test(
        "Asked once the meeting is over: the lead and staff invited, unless marked not there; nobody before",
        arguments: [
            // state, is lead, how they were marked on each place they were invited to, asked
            (MeetingState.closed, true, [Presence?](), true),
            (.closed, true, [.present], true),
            (.recordShared, false, [.present], true),
            (.followedUp, false, [.byVideo], true),
            (.closed, false, [.byPhone], true),
            (.closed, false, [nil], true),
            (.closed, false, [.absent, .present], true),
            (.closed, false, [.absent], false),
            (.closed, true, [.absent], false),
            (.closed, false, [], false),
            (.inProgress, true, [.present], false),
            (.shared, true, [nil], false),
            (.ready, false, [nil], false),
            (.draft, true, [], false),
            (.cancelled, true, [nil], false),
        ])
    func asked(state: MeetingState, isLead: Bool, presences: [Presence?], expected: Bool) {
        #expect(
            StaffReflectionRule.isAsked(
                meeting: MeetingLifecycle(state), leadID: isLead ? Self.me : UUID(), viewer: Self.me,
                presences: presences) == expected)
        #expect(
            StaffReflectionRule.isAsked(
                meeting: MeetingLifecycle(state), leadID: nil, viewer: Self.me, presences: presences)
                == (expected && !(isLead && presences.isEmpty)))
    }

    static let me = UUID()
    static let oak = UUID()
    static let school = UUID()
    static let author = UUID()

    @Test(
        "Only its author reads a reflection: not the lead, a colleague, a leader or an administrator",
        arguments: [
            (Actor(userID: author, organisationID: oak, schoolID: school, role: .staff), true),
            (Actor(userID: author, organisationID: oak, schoolID: school, role: .schoolLeader), true),
            (Actor(userID: UUID(), organisationID: oak, schoolID: school, role: .staff), false),
            (Actor(userID: UUID(), organisationID: oak, schoolID: school, role: .schoolLeader), false),
            (Actor(userID: UUID(), organisationID: oak, schoolID: nil, role: .organisationAdmin), false),
        ])
    func privateToAuthor(viewer: Actor, expected: Bool) {
        #expect(StaffReflectionRule.maySee(author: Self.author, viewer: viewer) == expected)
    }

    @Test("Four questions and eight qualities, each with its own words and field")
    func words() {
        #expect(StaffReflectionPrompt.allCases.count == 4)
        #expect(Set(StaffReflectionPrompt.allCases.map(\.question)).count == 4)
        #expect(Set(StaffReflectionPrompt.allCases.map(\.field)).count == 4)
        #expect(StaffReflectionPrompt.voices.question.contains("child"))
        let statements = FeedbackQuestion.allCases.map(\.staffStatement)
        #expect(Set(statements).count == FeedbackQuestion.allCases.count)
        #expect(FeedbackQuestion.cared.staffStatement == "The family could tell we cared about what they said")
        // Our side, not the participant's words again.
        let english = Localizer("en")
        for question in FeedbackQuestion.allCases { #expect(question.staffStatement != english(question.phrase)) }
    }

    @Test(
        "The form: answers trimmed and blanks dropped, scores on the scale, empty or off-scale or too long refused",
        arguments: [
            (
                StaffReflectionForm(scores: [.cared: "8", .kept: ""], answers: [.wentWell: "  We began with Zoë  "]),
                nil
            ),
            (StaffReflectionForm(scores: [.listened: "0"]), nil),
            (StaffReflectionForm(scores: [.equalPartner: "10"]), nil),
            (StaffReflectionForm(answers: [.differently: "Ask Zoë first"]), nil),
            (StaffReflectionForm(), "went_well"),
            (StaffReflectionForm(scores: [.cared: " "], answers: [.voices: "  \n "]), "went_well"),
            (StaffReflectionForm(scores: [.cared: "11"], answers: [.wentWell: "Fine"]), "q_cared"),
            (StaffReflectionForm(scores: [.clear: "-1"]), "q_clear"),
            (StaffReflectionForm(scores: [.kept: "seven"]), "q_kept"),
            (
                StaffReflectionForm(answers: [.boundaries: String(repeating: "a", count: 4001)]),
                "boundaries_held"
            ),
        ] as [(StaffReflectionForm, String?)])
    func form(form: StaffReflectionForm, errorField: String?) {
        switch form.check() {
        case .success(let checked):
            #expect(errorField == nil)
            #expect(!checked.scores.isEmpty || !checked.answers.isEmpty)
            #expect(checked.answers.values.allSatisfy { $0 == $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        case .failure(let box):
            #expect(errorField != nil && box.errors[errorField!] != nil, "\(box.errors.items)")
        }
    }

    @Test("What is kept is exactly what was sent, trimmed")
    func kept() throws {
        let checked = try StaffReflectionForm(
            scores: [.cared: "8", .kept: "", .listened: " 3 "],
            answers: [.wentWell: "  We began with Zoë  ", .voices: " "]
        ).check().get()
        #expect(checked.scores == [.cared: 8, .listened: 3])
        #expect(checked.answers == [.wentWell: "We began with Zoë"])
    }
}
