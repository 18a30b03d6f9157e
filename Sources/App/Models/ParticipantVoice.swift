import Fluent
import Foundation

/// What a participant wants heard before the meeting. Adults answer five questions; a
/// student answers the child version (a face, and three short questions) in the same fields.
final class ParticipantVoice: Model, @unchecked Sendable {
    static let schema = "participant_voices"

    @ID(key: .id) var id: UUID?
    @Parent(key: "participant_id") var participant: MeetingParticipant
    /// Child version: "What is good at school?"
    @OptionalField(key: "going_well") var goingWell: String?
    /// Child version: "What is hard?"
    @OptionalField(key: "worries") var worries: String?
    /// Child version: "What would help you?"
    @OptionalField(key: "hopes") var hopes: String?
    @OptionalField(key: "talk_about") var talkAbout: String?
    @OptionalField(key: "know_beforehand") var knowBeforehand: String?
    /// 1 (really hard) to 5 (great), from the child version's faces.
    @OptionalField(key: "face") var face: Int?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
