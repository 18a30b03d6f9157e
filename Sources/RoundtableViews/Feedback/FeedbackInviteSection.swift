import Foundation
import RoundtableCore

/// On the participant's own page once the meeting is over: whether they have said how it
/// felt, and whether they still may.
public struct FeedbackInvite: Sendable, Equatable {
    public var answered: Bool
    public var mayAnswer: Bool

    public init(answered: Bool, mayAnswer: Bool) {
        self.answered = answered
        self.mayAnswer = mayAnswer
    }
}

/// A short section with one link to the questions (`FeedbackPage`); after the week to change
/// an answer, nothing.
struct FeedbackInviteSection: Component {
    var t: Localizer
    var token: String
    var isStudent: Bool
    var invite: FeedbackInvite

    var body: Component {
        ComponentGroup {
            if invite.mayAnswer {
                El("section", .class("inset"), .aria("labelledby", "feedback")) {
                    El("h2", .class("heading-s"), .id("feedback")) {
                        T(t(isStudent ? .feedbackChildTitle : .feedbackTitle))
                    }
                    if !invite.answered {
                        El("p") { T(t(isStudent ? .feedbackChildInvite : .feedbackInvite)) }
                    }
                    El("p") {
                        El("a", .class("family-tap"), .href(.participant(token: token, .feedback))) {
                            T(t(invite.answered ? .feedbackChangeLink : .feedbackInviteLink))
                        }
                    }
                }
            }
        }
    }
}
