import Foundation

/// What happens once an alert is raised: who owns it, what to do next, what the lead did, and
/// the school's thresholds as a form. The alert itself is `FeedbackAlerts.raised`.
extension FeedbackAlerts {
    /// Who is asked to act: the meeting's lead, or with no lead whoever planned it.
    public static func owner(of meeting: MeetingRef) -> UUID {
        meeting.leadID ?? meeting.createdBy
    }

    /// A step the page suggests, chosen from who answered and what was low.
    public enum NextStep: String, Sendable, CaseIterable, Codable {
        case callFamily = "call_family"
        case planFollowUp = "plan_follow_up"
        case talkWithColleague = "talk_with_colleague"
        case quietWordWithTrustedAdult = "quiet_word"

        public var label: String {
            switch self {
            case .callFamily: "Call them. Ask how it felt, listen, and thank them for saying so."
            case .planFollowUp: "Plan a short follow-up meeting to put right what went wrong."
            case .talkWithColleague: "Talk it over with a colleague you trust before you reply."
            case .quietWordWithTrustedAdult:
                "Ask the adult the student trusts most to have a quiet word with them, soon and not in front of others."
            }
        }
    }

    /// The suggested steps, most useful first. A child's sad face asks for a quiet word from
    /// someone they trust (not a call home about them); a family is called; an agency's
    /// worker is a professional relationship, talked over with a colleague first. A drop since
    /// last time, or three or more low answers, also suggests a short follow-up meeting; a low
    /// answer about being kept to what was agreed or being respected also suggests a colleague.
    public static func nextSteps(for alerts: [Alert], kind: ParticipantKind) -> [NextStep] {
        guard !alerts.isEmpty else { return [] }
        var steps: [NextStep]
        switch kind {
        case .student: steps = [.quietWordWithTrustedAdult]
        case .family: steps = [.callFamily]
        case .agency, .staff: steps = [.talkWithColleague]
        }
        let dropped = alerts.contains { if case .dropped = $0.reason { true } else { false } }
        if dropped || alerts.count >= 3 { steps.append(.planFollowUp) }
        let sensitive: Set<FeedbackQuestion> = [.kept, .respectful]
        if kind != .student, !steps.contains(.talkWithColleague),
            alerts.contains(where: { sensitive.contains($0.question) })
        {
            steps.append(.talkWithColleague)
        }
        return steps
    }

    /// What the lead did, recorded as the alert closes.
    public enum Action: String, Sendable, CaseIterable, Codable {
        case phoneCall = "phone_call"
        case followUpPlanned = "follow_up_planned"
        case talkedWithColleague = "talked_with_colleague"
        case other
        /// Not chosen by anyone: the participant changed their answers and nothing is low now.
        case answerChanged = "answer_changed"

        /// The actions a lead may choose on the form.
        public static let choosable: [Action] = [.phoneCall, .followUpPlanned, .talkedWithColleague, .other]

        public var label: String {
            switch self {
            case .phoneCall: "I phoned them"
            case .followUpPlanned: "I planned a follow-up meeting"
            case .talkedWithColleague: "I talked it over with a colleague"
            case .other: "Something else"
            case .answerChanged: "They changed their answers, and nothing was low any more"
            }
        }
    }

    /// The "What did you do?" form as typed.
    public struct ActionForm: Sendable, Equatable {
        public var action: String
        public var note: String

        public init(action: String = "", note: String = "") {
            self.action = action
            self.note = note
        }

        public static let noteLimit = 1000

        public struct Checked: Sendable, Equatable {
            public var action: Action
            public var note: String?
        }

        /// An action from the list is needed; "Something else" needs a few words to say what.
        public func check() -> Result<Checked, FieldErrorsBox> {
            var errors = FieldErrors()
            let words = note.trimmingCharacters(in: .whitespacesAndNewlines)
            let chosen = Action(rawValue: action).flatMap { Action.choosable.contains($0) ? $0 : nil }
            if chosen == nil { errors.add("action", "Choose what you did") }
            if words.count > Self.noteLimit {
                errors.add("note", "Use \(Self.noteLimit) characters or fewer")
            } else if chosen == .other, words.isEmpty {
                errors.add("note", "Say in a few words what you did")
            }
            guard errors.isEmpty, let chosen else { return .failure(FieldErrorsBox(errors)) }
            return .success(Checked(action: chosen, note: words.isEmpty ? nil : words))
        }
    }

    /// The school's thresholds as typed on their page.
    public struct ThresholdsForm: Sendable, Equatable {
        public var lowScore: String
        public var drop: String
        public var lowFace: String

        public init(lowScore: String, drop: String, lowFace: String) {
            self.lowScore = lowScore
            self.drop = drop
            self.lowFace = lowFace
        }

        public init(_ thresholds: Thresholds) {
            self.init(
                lowScore: String(thresholds.lowScore), drop: String(thresholds.drop),
                lowFace: String(thresholds.lowFace))
        }

        public static let lowScoreRange = 0...10
        public static let dropRange = 1...10
        /// At most 4: the happiest face never raises an alert.
        public static let lowFaceRange = 1...4

        public func check() -> Result<Thresholds, FieldErrorsBox> {
            var errors = FieldErrors()
            func number(_ field: String, _ raw: String, _ range: ClosedRange<Int>, _ what: String) -> Int? {
                let text = raw.trimmingCharacters(in: .whitespaces)
                guard let value = Int(text), range.contains(value) else {
                    errors.add(field, "Enter \(what) from \(range.lowerBound) to \(range.upperBound)")
                    return nil
                }
                return value
            }
            let low = number("low_score", lowScore, Self.lowScoreRange, "a score")
            let drop = number("drop", drop, Self.dropRange, "a number of points")
            let face = number("low_face", lowFace, Self.lowFaceRange, "a face")
            guard let low, let drop, let face else { return .failure(FieldErrorsBox(errors)) }
            return .success(Thresholds(lowScore: low, drop: drop, lowFace: face))
        }
    }
}
