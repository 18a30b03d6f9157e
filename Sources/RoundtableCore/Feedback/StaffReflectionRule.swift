import Foundation

/// After a meeting, each member of staff who took part looks back on it, privately: four
/// questions from the approach, and the same qualities the participants rate, from our side.
/// The page, its handler and the record page all ask here.
public enum StaffReflectionRule {
    /// Asked once the meeting is over (the moment participants are asked too): the lead, and
    /// staff invited to take part. Someone marked "not there" was not in the room to look back
    /// on it, lead or not. When nobody marked attendance, everyone invited is asked.
    /// `presences` holds how the person was marked on each of their places in the meeting
    /// (none: not invited; nil: not marked).
    public static func isAsked(
        meeting: MeetingLifecycle, leadID: UUID?, viewer: UUID, presences: [Presence?]
    ) -> Bool {
        guard meeting.allows(.giveFeedback) else { return false }
        let isLead = leadID == viewer
        let invited = !presences.isEmpty
        // Invited twice over and marked differently: any part they were there for counts.
        if invited, presences.allSatisfy({ $0 == .absent }) { return false }
        return isLead || invited
    }

    /// A reflection is read by the person who wrote it and nobody else: not the lead, not a
    /// leader, not an administrator. It is where staff can be honest about their own part.
    public static func maySee(author: UUID, viewer: Actor) -> Bool {
        author == viewer.userID
    }
}

/// The four questions staff ask themselves after a meeting, in the approach's order.
public enum StaffReflectionPrompt: String, Sendable, CaseIterable, Codable {
    case wentWell = "went_well"
    case boundaries = "boundaries_held"
    case voices = "every_voice"
    case differently = "do_differently"

    /// The form field and the stored column.
    public var field: String { rawValue }

    public var question: String {
        switch self {
        case .wentWell: "What went well?"
        case .boundaries: "Did we hold the boundaries?"
        case .voices: "Was every voice heard, the child's too?"
        case .differently: "What would I do differently next time?"
        }
    }

    public var hint: String {
        switch self {
        case .wentWell: "Something that helped the family, the child or the meeting, however small."
        case .boundaries: "The time, what the meeting was for, and what we can and cannot promise."
        case .voices: "Who spoke little, and why? How did the child's view reach the room?"
        case .differently: "One thing you would keep, and one thing you would change."
        }
    }
}

extension FeedbackQuestion {
    /// The same quality the participants rate, as staff ask it of themselves.
    public var staffStatement: String {
        switch self {
        case .cared: "The family could tell we cared about what they said"
        case .clear: "Everyone understood why we met and what was decided"
        case .kept: "We kept to the time and to what the meeting was for"
        case .strengths: "We gave time to what is going well, not only to problems"
        case .respectful: "We were respectful and came well prepared"
        case .listened: "I listened more than I talked"
        case .spokeFreely: "The family and the child could say what they really think"
        case .equalPartner: "I treated the family as equal partners"
        }
    }
}

/// A reflection as sent from the page: each score as typed (radio values) and each answer.
public struct StaffReflectionForm: Sendable, Equatable {
    public var scores: [FeedbackQuestion: String]
    public var answers: [StaffReflectionPrompt: String]

    public init(scores: [FeedbackQuestion: String] = [:], answers: [StaffReflectionPrompt: String] = [:]) {
        self.scores = scores
        self.answers = answers
    }

    public static let answerLimit = 4000

    public struct Checked: Sendable, Equatable {
        public var scores: [FeedbackQuestion: Int]
        /// Only the questions answered, trimmed.
        public var answers: [StaffReflectionPrompt: String]

        public init(scores: [FeedbackQuestion: Int] = [:], answers: [StaffReflectionPrompt: String] = [:]) {
            self.scores = scores
            self.answers = answers
        }
    }

    /// Everything may be skipped, but an empty form says nothing: at least a few words or one
    /// score. A value off the scale (a changed form) is refused, never guessed at.
    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        var checked = Checked()
        for prompt in StaffReflectionPrompt.allCases {
            let words = (answers[prompt] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if words.count > Self.answerLimit {
                errors.add(prompt.field, "Use \(Self.answerLimit) characters or fewer")
            } else if !words.isEmpty {
                checked.answers[prompt] = words
            }
        }
        let range = FeedbackScale.zeroToTen.range
        for question in FeedbackQuestion.allCases {
            let raw = (scores[question] ?? "").trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            if let value = Int(raw), range.contains(value) {
                checked.scores[question] = value
            } else {
                errors.add(question.field, "Choose a number from 0 to 10, or leave it blank")
            }
        }
        if errors.isEmpty, checked.scores.isEmpty, checked.answers.isEmpty,
            let first = StaffReflectionPrompt.allCases.first
        {
            errors.add(first.field, "Write a few words or choose a number, then save")
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(checked)
    }
}
