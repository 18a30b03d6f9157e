import Foundation
import RoundtableCore

/// One participant's answers to "How did the meeting feel?", as the lead and the school's
/// leaders read them on the record (`FeedbackVisibility`).
public struct FeedbackAnswerLine: Sendable, Equatable {
    public var name: String
    /// What they were there as: "Mother", "Student".
    public var role: String
    public var scale: FeedbackScale
    public var shown: Shown

    public enum Shown: Sendable, Equatable {
        /// Their scores in question order, and the one thing that would make the next meeting better.
        case answers(scores: [Score], better: String?)
        /// They asked to count only in the school's totals: that they answered, nothing of what.
        case totalsOnly
    }

    public struct Score: Sendable, Equatable {
        public var question: FeedbackQuestion
        public var value: Int
        public init(question: FeedbackQuestion, value: Int) {
            self.question = question
            self.value = value
        }
    }

    public init(name: String, role: String, scale: FeedbackScale, shown: Shown) {
        self.name = name
        self.role = role
        self.scale = scale
        self.shown = shown
    }
}

/// The viewer's own reflection after the meeting: whether they wrote one, and their own
/// scores (read only beside the participants' answers, for a viewer who may read those).
public struct OwnReflection: Sendable, Equatable {
    public var written: Bool
    public var scores: [FeedbackQuestion: Int]

    public init(written: Bool = false, scores: [FeedbackQuestion: Int] = [:]) {
        self.written = written
        self.scores = scores
    }
}

extension RecordPage {
    /// Drawn only for a viewer who may read the answers (`RecordPage.feedback`).
    func feedbackSection(_ lines: [FeedbackAnswerLine]) -> Component {
        // Staff read the questions as the participant was asked them, in English.
        let english = Localizer("en")
        return El("section", .class("record-feedback"), .id("feedback")) {
            El("h2", .class("heading-m")) { T("How the meeting felt for them") }
            El("p", .class("hint")) {
                T("Only the meeting's lead and the school's leaders see these answers.")
            }
            if lines.isEmpty {
                El("p") { T("Nobody has answered yet.") }
            }
            for line in lines {
                switch line.shown {
                case .totalsOnly:
                    El("p") {
                        El("span", .attr("dir", "auto")) { T(line.name) }
                        T(" answered (counted only in the school's totals)")
                    }
                case .answers(let scores, let better):
                    El("h3", .class("heading-s")) {
                        El("span", .attr("dir", "auto")) { T(line.name) }
                        T(", \(line.role)")
                    }
                    El("dl", .class("facts")) {
                        for score in scores {
                            Fact(
                                key: english(score.question.phrase(on: line.scale))
                            ) {
                                T(line.scale.words(for: score.value))
                                if let own = ownReflection?.scores[score.question] {
                                    El("span", .class("your-view")) {
                                        T(" Your view: " + FeedbackScale.zeroToTen.words(for: own))
                                    }
                                }
                            }
                        }
                        if let better {
                            Fact(key: "What would make the next meeting better") {
                                El("span", .class("prewrap"), .attr("dir", "auto")) { T(better) }
                            }
                        }
                    }
                }
            }
            if ownReflection != nil { reflectionLink }
        }
    }

    /// The way to the viewer's own reflection. Beside the participants' answers it says where
    /// "Your view" comes from; for staff who do not read those answers it stands alone.
    var reflectionLink: Component {
        let written = ownReflection?.written ?? false
        let besideAnswers = !(feedback ?? []).isEmpty
        return El("div", .class("record-reflection"), .id("your-reflection")) {
            El(feedback == nil ? "h2" : "h3", .class(feedback == nil ? "heading-m" : "heading-s")) {
                T("Your reflection")
            }
            El("p") {
                T(
                    besideAnswers && written
                        ? "The \u{201C}Your view\u{201D} lines above come from your own reflection on the meeting. Only you can read it."
                        : "Look back on the meeting in your own words, and rate how it went from our side. Only you can read it."
                )
            }
            El("p") {
                El("a", .href(.meeting(meetingID, .reflectionAfter()))) {
                    T(written ? "Read or change your reflection" : "Write your reflection")
                }
            }
        }
    }
}

extension RecordPage {
    /// Each family member's and the student's answers across their meetings about the student,
    /// until this one, so the lead reads today's answers beside the ones before.
    var trendSection: Component {
        TrendList(
            heading: "How meetings have felt, up to this one",
            hint: "What the family and the student said after each meeting up to this one, "
                + "for the meetings whose answers you may read.",
            lines: trends, id: "trends")
    }
}
