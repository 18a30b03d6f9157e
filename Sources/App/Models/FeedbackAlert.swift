import Fluent
import Foundation

/// An alert raised by a participant's answers (`FeedbackAlerts`), owned by the meeting's lead
/// (or, with no lead, whoever planned it) until they record what they did. Written with SQL by
/// `FeedbackAlertStore` (one statement each, so parallel saves and double presses act once);
/// the model is for reading in tests.
final class FeedbackAlert: Model, @unchecked Sendable {
    static let schema = "feedback_alerts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Parent(key: "owner_id") var owner: User
    /// `FeedbackAlerts.encode`: questions and why, never the participant's words.
    @Field(key: "reasons") var reasons: String
    @Field(key: "raised_at") var raisedAt: Date
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalParent(key: "closed_by_id") var closedBy: User?
    @OptionalField(key: "action") var action: String?
    @OptionalField(key: "action_note") var actionNote: String?

    init() {}
}
