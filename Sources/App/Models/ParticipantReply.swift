import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// What a participant said from their page: coming or not, and what would help them.
final class ParticipantReply: Model, @unchecked Sendable {
    static let schema = "participant_replies"

    @ID(key: .id) var id: UUID?
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Enum(key: "attendance") var attendance: ParticipantReplyForm.Attendance
    @OptionalField(key: "suitable_times") var suitableTimes: String?
    @OptionalField(key: "interpreter_language") var interpreterLanguage: String?
    @OptionalField(key: "access_needs") var accessNeeds: String?
    @OptionalField(key: "preferred_mode") var preferredMode: String?
    @OptionalField(key: "note") var note: String?
    /// How they would like to take part ("I would like to speak first").
    @OptionalField(key: "contribution") var contribution: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
