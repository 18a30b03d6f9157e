import Fluent
import Foundation
import RoundtableCore

/// How one participant felt one meeting went: their scores on its scale, the one thing that
/// would make the next meeting better, and whether they count only in the school's totals.
/// Written with SQL by `FeedbackAnswers` (one statement each, so parallel saves write once);
/// the model is for reading in tests and services.
final class FeedbackAnswer: Model, @unchecked Sendable {
    static let schema = "feedback_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Enum(key: "scale") var scale: FeedbackScale
    @OptionalField(key: "q_cared") var cared: Int?
    @OptionalField(key: "q_clear") var clear: Int?
    @OptionalField(key: "q_kept") var kept: Int?
    @OptionalField(key: "q_strengths") var strengths: Int?
    @OptionalField(key: "q_respectful") var respectful: Int?
    @OptionalField(key: "q_listened") var listened: Int?
    @OptionalField(key: "q_spoke_freely") var spokeFreely: Int?
    @OptionalField(key: "q_equal_partner") var equalPartner: Int?
    @OptionalField(key: "better") var better: String?
    @Field(key: "totals_only") var totalsOnly: Bool
    /// How many times it was saved (the first answer is 1): `FeedbackRule.maxSaves`.
    @Field(key: "saves") var saves: Int
    /// When it was first given: the week to change it runs from here.
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
