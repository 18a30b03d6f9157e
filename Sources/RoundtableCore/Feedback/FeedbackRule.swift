import Foundation

/// Who is asked how the meeting felt, and for how long an answer may change. Pages, the
/// invitation email and the form handler all ask here.
public enum FeedbackRule {
    /// An answer can be changed for a week after it was first given: long enough to think
    /// again, short enough that what the lead reads stays put.
    public static let changeableFor: TimeInterval = 7 * 24 * 60 * 60

    /// How many times one participant may save their answers: a real person changes their
    /// mind once or twice; a stuck button or a script is stopped here.
    public static let maxSaves = 20

    /// What the rule needs to know about one participant of one meeting.
    public struct Participant: Sendable, Equatable {
        public var contact: ContactRule.Person
        /// How they took part, when the lead marked it; nil when nobody did.
        public var presence: Presence?

        public init(contact: ContactRule.Person, presence: Presence? = nil) {
            self.contact = contact
            self.presence = presence
        }
    }

    /// Asked once the meeting is over: family members, the student and agency contacts who
    /// took part. Staff reflect in their own way; someone marked "not there" was not in the
    /// room to judge it; a person who must not be contacted is never asked anything. When
    /// nobody marked attendance, everyone invited is asked rather than nobody.
    public static func isAsked(_ participant: Participant, meeting: MeetingLifecycle) -> Bool {
        guard meeting.allows(.giveFeedback) else { return false }
        guard ContactRule.holdsPersonalLink(participant.contact.kind) else { return false }
        guard ContactRule.contact(participant.contact) == nil else { return false }
        return participant.presence?.tookPart ?? true
    }

    /// Until when an answer first given at `firstAnsweredAt` may change.
    public static func changeableUntil(firstAnsweredAt: Date) -> Date {
        firstAnsweredAt.addingTimeInterval(changeableFor)
    }

    /// Whether an answer may be given or changed now: always before the first answer, then
    /// for `changeableFor`, and never once the person has saved `maxSaves` times.
    public static func mayAnswer(firstAnsweredAt: Date?, saves: Int = 0, now: Date) -> Bool {
        guard let firstAnsweredAt else { return true }
        return now < changeableUntil(firstAnsweredAt: firstAnsweredAt) && saves < maxSaves
    }
}
