import Foundation

/// What a meeting type starts with. Templates are plain values so a school can later keep its
/// own versions in the database; these are the ones Roundtable ships.
public struct MeetingTemplate: Sendable, Equatable, Codable {
    public struct AgendaItem: Sendable, Equatable, Codable {
        public var title: String
        public var minutes: Int
    }

    public var type: MeetingType
    /// Purpose wording to start from; `{name}` becomes the student's preferred name.
    public var purpose: String
    public var lengthMinutes: Int
    public var agenda: [AgendaItem]
    public var groundRules: [String]
    /// Who is usually there, as a hint in the planner.
    public var suggestedParticipants: [String]

    public func purpose(for name: String) -> String {
        purpose.replacingOccurrences(of: "{name}", with: name)
    }

    public static func standard(_ type: MeetingType) -> MeetingTemplate {
        all.first { $0.type == type }!
    }

    /// Rules that suit almost every meeting; each template adds its own.
    static let commonRules = [
        "Everyone gets a turn to speak, and nobody is interrupted.",
        "We talk about what happened and what helps, not about who is to blame.",
        "We finish on time. Anything we cannot cover goes on a list for next time.",
    ]

    public static let all: [MeetingTemplate] = [
        MeetingTemplate(
            type: .progressReview,
            purpose:
                "To look together at how {name} is getting on with learning this term: what is going well, where {name} finds things hard, and what we can all do next.",
            lengthMinutes: 30,
            agenda: [
                .init(title: "What is going well", minutes: 5),
                .init(title: "How {name} sees it", minutes: 5),
                .init(title: "Where learning is harder", minutes: 8),
                .init(title: "What we will each do next", minutes: 8),
                .init(title: "Check we agree, and when we talk again", minutes: 4),
            ],
            groundRules: commonRules,
            suggestedParticipants: ["{name}", "Parents or carers", "Form tutor or class teacher"]),
        MeetingTemplate(
            type: .wellbeingCheckIn,
            purpose:
                "To hear how {name} is feeling at school and at home, and to agree small things that would make the days easier.",
            lengthMinutes: 30,
            agenda: [
                .init(title: "Something good from the last few weeks", minutes: 5),
                .init(title: "How {name} is feeling, in their own words", minutes: 8),
                .init(title: "What the family notices at home", minutes: 6),
                .init(title: "What could help", minutes: 7),
                .init(title: "Who does what, and when we check in again", minutes: 4),
            ],
            groundRules: commonRules + ["{name} can take a break or leave the room at any time."],
            suggestedParticipants: ["{name}", "Parents or carers", "Form tutor", "Counsellor or pastoral lead"]),
        MeetingTemplate(
            type: .behaviourConcern,
            purpose:
                "To talk about some difficult moments {name} has had in school recently, understand together what is behind them, and agree how we will support {name} to get back on track.",
            lengthMinutes: 40,
            agenda: [
                .init(title: "Strengths and what has gone well", minutes: 5),
                .init(title: "What happened, from each point of view", minutes: 10),
                .init(title: "What might be behind it", minutes: 8),
                .init(title: "What would help, at school and at home", minutes: 10),
                .init(title: "Agree next steps and a date to review", minutes: 7),
            ],
            groundRules: commonRules + ["We describe what was seen and heard, not labels for the person."],
            suggestedParticipants: [
                "{name}", "Parents or carers", "Head of year", "Form tutor", "An interpreter, if the family needs one",
            ]),
        MeetingTemplate(
            type: .supportPlanReview,
            purpose:
                "To review {name}'s support plan: which targets have been reached, what support is working, and what the plan should say for the coming months.",
            lengthMinutes: 45,
            agenda: [
                .init(title: "Progress and successes since the last review", minutes: 8),
                .init(title: "{name}'s views", minutes: 7),
                .init(title: "The family's views", minutes: 7),
                .init(title: "Each target: reached, going on, or changed", minutes: 13),
                .init(title: "Support and who gives it", minutes: 6),
                .init(title: "Next review date", minutes: 4),
            ],
            groundRules: commonRules,
            suggestedParticipants: [
                "{name}", "Parents or carers", "Special needs coordinator", "Key teacher or teaching assistant",
                "Agencies who support {name}",
            ]),
        MeetingTemplate(
            type: .transition,
            purpose:
                "To plan {name}'s move to a new school so that the first weeks feel safe and familiar: what {name} is looking forward to, what worries them, and what the new school should know.",
            lengthMinutes: 40,
            agenda: [
                .init(title: "What {name} is proud of and good at", minutes: 6),
                .init(title: "Hopes and worries about the move", minutes: 8),
                .init(title: "What the new school needs to know", minutes: 10),
                .init(title: "Visits, contacts and the first day", minutes: 10),
                .init(title: "Who does what before the move", minutes: 6),
            ],
            groundRules: commonRules,
            suggestedParticipants: ["{name}", "Parents or carers", "Head of year", "Someone from the new school"]),
        MeetingTemplate(
            type: .returnToSchool,
            purpose:
                "To welcome {name} back and plan the first days and weeks together, so that coming back feels manageable for {name} and the family.",
            lengthMinutes: 30,
            agenda: [
                .init(title: "Welcome back", minutes: 3),
                .init(title: "How {name} feels about coming back", minutes: 7),
                .init(title: "The first days: timetable, places and people", minutes: 10),
                .init(title: "Who {name} can go to, and how", minutes: 5),
                .init(title: "When we check how it is going", minutes: 5),
            ],
            groundRules: commonRules + ["Today is about the way forward, not going over the past again."],
            suggestedParticipants: ["{name}", "Parents or carers", "Head of year or pastoral lead"]),
        MeetingTemplate(
            type: .familyRequest,
            purpose:
                "{name}'s family asked to meet. We will start with what they want to talk about and agree together what happens next.",
            lengthMinutes: 30,
            agenda: [
                .init(title: "What the family would like to talk about", minutes: 12),
                .init(title: "What the school sees", minutes: 6),
                .init(title: "What we can do", minutes: 8),
                .init(title: "Next steps", minutes: 4),
            ],
            groundRules: commonRules,
            suggestedParticipants: ["Parents or carers", "{name}, if they would like to come", "Form tutor"]),
    ]
}
