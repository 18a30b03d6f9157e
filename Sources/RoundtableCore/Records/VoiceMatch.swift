import Foundation

/// The questions of the voice form, as the facilitator reads them beside the agenda.
public enum VoiceQuestion: String, Sendable, CaseIterable {
    case goingWell = "going_well"
    case worries
    case hopes
    case talkAbout = "talk_about"
    case knowBeforehand = "know_beforehand"

    /// Words in an agenda item's title that show it is the place for this answer. Written for
    /// the titles our templates use and for the ones staff tend to type.
    var cues: [String] {
        switch self {
        case .goingWell: ["going well", "gone well", "strength", "success", "proud", "good", "celebrat", "welcome"]
        case .worries:
            ["worr", "concern", "harder", "hard", "difficult", "behaviour", "happened", "problem", "behind it"]
        case .hopes: ["hope", "help", "next", "goal", "target", "plan", "support", "we can do", "future"]
        case .talkAbout: ["would like to talk", "family's views", "views", "notices at home", "sees it"]
        case .knowBeforehand: ["needs to know", "family's views", "notices at home"]
        }
    }
}

/// Which of a participant's answers belong beside which agenda item. Answers that fit no item
/// are shown at the top, so nothing a family wrote is lost on the way into the meeting.
public enum VoiceMatch {
    public static func questions(for agendaTitle: String) -> [VoiceQuestion] {
        let title = agendaTitle.lowercased()
        return VoiceQuestion.allCases.filter { question in question.cues.contains { title.contains($0) } }
    }

    /// The questions no item of this agenda takes.
    public static func unplaced(agendaTitles: [String]) -> [VoiceQuestion] {
        let placed = Set(agendaTitles.flatMap(questions(for:)))
        return VoiceQuestion.allCases.filter { !placed.contains($0) }
    }
}
