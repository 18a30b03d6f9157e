import Foundation

/// How a participant felt the meeting went: one question for each of the five qualities of
/// the relationship (caring, clear, boundaried, positive, professional) in plain words, and
/// three about their own voice. Adults answer on a 0–10 scale; a student answers four of
/// them in child words with five faces.
public enum FeedbackQuestion: String, Sendable, CaseIterable, Codable {
    case cared
    case clear
    case kept
    case strengths
    case respectful
    case listened
    case spokeFreely = "spoke_freely"
    case equalPartner = "equal_partner"

    /// The form field and the stored column's suffix.
    public var field: String { "q_" + rawValue }

    public var phrase: Phrase {
        switch self {
        case .cared: .feedbackCared
        case .clear: .feedbackClear
        case .kept: .feedbackKept
        case .strengths: .feedbackStrengths
        case .respectful: .feedbackRespectful
        case .listened: .feedbackListened
        case .spokeFreely: .feedbackSpokeFreely
        case .equalPartner: .feedbackEqualPartner
        }
    }

    /// The child version asks these four, in its own words, so a child's answer sits beside
    /// an adult's on the same question.
    public static let child: [FeedbackQuestion] = [.listened, .spokeFreely, .respectful, .clear]

    public var childPhrase: Phrase? {
        switch self {
        case .listened: .feedbackChildListened
        case .spokeFreely: .feedbackChildSaid
        case .respectful: .feedbackChildKind
        case .clear: .feedbackChildClear
        default: nil
        }
    }

    /// The question as someone answering on this scale was asked it (a child's own words for faces).
    public func phrase(on scale: FeedbackScale) -> Phrase {
        scale == .faces ? (childPhrase ?? phrase) : phrase
    }
}

/// The two ways of answering: adults choose 0 to 10, children one of five faces.
public enum FeedbackScale: String, Sendable, CaseIterable, Codable {
    case zeroToTen = "zero_to_ten"
    case faces

    public var range: ClosedRange<Int> {
        switch self {
        case .zeroToTen: 0...10
        case .faces: 1...5
        }
    }

    public var questions: [FeedbackQuestion] {
        switch self {
        case .zeroToTen: FeedbackQuestion.allCases
        case .faces: FeedbackQuestion.child
        }
    }

    /// The student answers with faces; everyone else with numbers.
    public static func of(_ kind: ParticipantKind) -> FeedbackScale { kind == .student ? .faces : .zeroToTen }

    /// The words under each face, saddest first.
    public static let facePhrases: [Phrase] = [
        .feedbackFace1, .feedbackFace2, .feedbackFace3, .feedbackFace4, .feedbackFace5,
    ]
}

/// A participant's answers as sent from their page: each score as typed (radio values), the
/// free answer and the "count me only in the school's totals" choice.
public struct FeedbackForm: Sendable, Equatable {
    public var scores: [FeedbackQuestion: String]
    public var better: String
    public var totalsOnly: Bool

    public init(scores: [FeedbackQuestion: String] = [:], better: String = "", totalsOnly: Bool = false) {
        self.scores = scores
        self.better = better
        self.totalsOnly = totalsOnly
    }

    public static let betterLimit = 1000

    public struct Checked: Sendable, Equatable {
        public var scores: [FeedbackQuestion: Int]
        public var better: String?
        public var totalsOnly: Bool

        public init(scores: [FeedbackQuestion: Int], better: String? = nil, totalsOnly: Bool = false) {
            self.scores = scores
            self.better = better
            self.totalsOnly = totalsOnly
        }
    }

    /// Every question may be skipped, but an empty form says nothing: at least one score or a
    /// few words. A value off the scale (a changed form) is refused, never guessed at.
    public func check(_ scale: FeedbackScale, _ t: Localizer) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        var checked: [FeedbackQuestion: Int] = [:]
        for question in scale.questions {
            let raw = (scores[question] ?? "").trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            if let value = Int(raw), scale.range.contains(value) {
                checked[question] = value
            } else {
                errors.add(question.field, t(.feedbackChooseAgain))
            }
        }
        let words = better.trimmingCharacters(in: .whitespacesAndNewlines)
        if words.count > Self.betterLimit {
            errors.add("better", t(.errorTooLong, ["count": String(Self.betterLimit)]))
        }
        if errors.isEmpty, checked.isEmpty, words.isEmpty, let first = scale.questions.first {
            errors.add(first.field, t(scale == .faces ? .feedbackChildEmpty : .feedbackEmpty))
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(scores: checked, better: words.isEmpty ? nil : words, totalsOnly: totalsOnly))
    }
}
