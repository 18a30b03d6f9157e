import Foundation

/// Kinds of question a facilitator can reach for (GUIDE-NOTES "Questioning"): curiosity
/// spreads the power in the room, so the prompts ask rather than tell.
public enum QuestionCategory: String, Sendable, CaseIterable, Codable {
    case orienting
    case circular
    case problemAsProblem = "problem_as_problem"
    case goalSetting = "goal_setting"

    public var label: String {
        switch self {
        case .orienting: "Getting a picture"
        case .circular: "How others see it"
        case .problemAsProblem: "The problem as the problem"
        case .goalSetting: "Where we want to get to"
        }
    }

    public var explanation: String {
        switch self {
        case .orienting:
            "Questions that help you understand the child's world before you try to change anything."
        case .circular:
            "Questions about how each person sees things, which show how everyone's worries connect."
        case .problemAsProblem:
            "Talk about the difficulty as something outside the child, so nobody has to defend themselves."
        case .goalSetting:
            "Questions that turn hopes into small steps everyone can see and agree to."
        }
    }

    public var prompts: [String] {
        switch self {
        case .orienting:
            [
                "What does a usual school day look like for them, from getting up to going to bed?",
                "What are they good at that we might not see in school?",
                "Who do they get on with best, at home and at school?",
                "When did things last feel easier? What was different then?",
                "What would you like us to understand about your family?",
                "Is there anything that has changed at home or with friends lately?",
            ]
        case .circular:
            [
                "What do you think your dad notices on a good morning?",
                "If your teacher were here, what would they say has got better?",
                "Who in the family worries about this the most? And the least?",
                "When you are upset, who notices first? What do they do?",
                "What might your best friend say helps you most?",
                "How do you think your mum would describe this term?",
            ]
        case .problemAsProblem:
            [
                "If this trouble had a name, what would you call it?",
                "When does it tend to turn up? When does it stay away?",
                "What does it make you do, or stop you doing?",
                "How does it get in the way for each of you at home?",
                "Who is best at keeping it small? How do they manage it?",
                "What gives it strength, and what weakens it?",
                "How would we know it was having a bigger day than usual?",
            ]
        case .goalSetting:
            [
                "If things went well from now until half term, what would be different?",
                "What is one small step we could try this week?",
                "How will we know it is working? What will we see?",
                "Who could help with that, at home and at school?",
                "What might get in the way, and what could we do then?",
                "When shall we look at this together again?",
            ]
        }
    }
}

public enum QuestionBank {
    /// Words in an agenda title that point to a worry: looked for at the start of each word,
    /// so "behav" finds "behaviour" and "behavior".
    static let concernStems = [
        "worr", "concern", "behav", "problem", "difficult", "struggl", "anxi", "upset", "angry", "anger",
        "bully", "bullied", "incident", "exclu", "absen", "attendance", "conflict", "fight", "hard",
    ]
    static let goalStems = ["goal", "next", "plan", "target", "hope", "aim", "future", "review", "mov"]

    /// The kinds of question most likely to help with this item, best first. A worry starts
    /// with the problem as the problem so the talk stays off blame.
    public static func suggested(for agendaTitle: String) -> [QuestionCategory] {
        let words = agendaTitle.lowercased().split { !$0.isLetter }.map(String.init)
        func mentions(_ stems: [String]) -> Bool {
            words.contains { word in stems.contains { word.hasPrefix($0) } }
        }
        var categories: [QuestionCategory] = []
        if mentions(concernStems) { categories += [.problemAsProblem, .circular] }
        if mentions(goalStems) { categories.append(.goalSetting) }
        return categories.isEmpty ? [.orienting, .circular] : categories
    }
}
