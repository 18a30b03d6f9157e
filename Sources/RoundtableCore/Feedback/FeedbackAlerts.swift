import Foundation

/// When a participant's answers should lead the lead to act: a low score, a score that fell
/// since their last meeting about the same student, or one of the two saddest faces from a
/// child. One rule, so the alert list, the meeting page and any report agree.
public enum FeedbackAlerts {
    /// The school's thresholds (a school setting; these are the defaults).
    public struct Thresholds: Sendable, Equatable {
        /// A score at or below this on the 0–10 scale raises an alert.
        public var lowScore: Int
        /// A fall of at least this many points on one question since the previous meeting.
        public var drop: Int
        /// A face at or below this (1 is the saddest of five) raises an alert.
        public var lowFace: Int

        public init(lowScore: Int = 5, drop: Int = 2, lowFace: Int = 2) {
            self.lowScore = lowScore
            self.drop = drop
            self.lowFace = lowFace
        }
    }

    /// One participant's answers to one meeting.
    public struct Answer: Sendable, Equatable {
        public var scale: FeedbackScale
        public var scores: [FeedbackQuestion: Int]
        /// They asked to count only in the school's totals: never a named alert.
        public var totalsOnly: Bool

        public init(scale: FeedbackScale, scores: [FeedbackQuestion: Int], totalsOnly: Bool = false) {
            self.scale = scale
            self.scores = scores
            self.totalsOnly = totalsOnly
        }
    }

    /// Why a question raised an alert.
    public enum Reason: Sendable, Equatable {
        case low(score: Int)
        case dropped(from: Int, to: Int)
        case sadFace(face: Int)
    }

    public struct Alert: Sendable, Equatable {
        public var question: FeedbackQuestion
        public var reason: Reason

        public init(_ question: FeedbackQuestion, _ reason: Reason) {
            self.question = question
            self.reason = reason
        }
    }

    /// The alerts one answer raises, in question order. `previous` is the same participant's
    /// answer at their previous meeting about the same student, if any; a drop is counted
    /// only on the same scale (a child's faces are not compared with numbers).
    public static func raised(
        by answer: Answer, previous: Answer? = nil, thresholds: Thresholds = Thresholds()
    ) -> [Alert] {
        guard !answer.totalsOnly else { return [] }
        var alerts: [Alert] = []
        for question in FeedbackQuestion.allCases {
            guard let score = answer.scores[question] else { continue }
            switch answer.scale {
            case .faces:
                if score <= thresholds.lowFace {
                    alerts.append(Alert(question, .sadFace(face: score)))
                    continue
                }
            case .zeroToTen:
                if score <= thresholds.lowScore {
                    alerts.append(Alert(question, .low(score: score)))
                    continue
                }
            }
            if let previous, previous.scale == answer.scale, let before = previous.scores[question],
                before - score >= thresholds.drop
            {
                alerts.append(Alert(question, .dropped(from: before, to: score)))
            }
        }
        return alerts
    }
}
