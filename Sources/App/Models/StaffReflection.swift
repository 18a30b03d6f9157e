import Fluent
import Foundation
import RoundtableCore

/// A member of staff's own look back at a meeting they took part in: the four questions in
/// their words and the eight qualities from our side, 0–10. Read by its author only
/// (`StaffReflectionRule.maySee`). Written with SQL by `StaffReflections` (one upsert, so
/// parallel saves write one row); the model is for reading in tests.
final class StaffReflection: Model, @unchecked Sendable {
    static let schema = "staff_reflections"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "user_id") var user: User
    @OptionalField(key: "went_well") var wentWell: String?
    @OptionalField(key: "boundaries_held") var boundariesHeld: String?
    @OptionalField(key: "every_voice") var everyVoice: String?
    @OptionalField(key: "do_differently") var doDifferently: String?
    @OptionalField(key: "q_cared") var cared: Int?
    @OptionalField(key: "q_clear") var clear: Int?
    @OptionalField(key: "q_kept") var kept: Int?
    @OptionalField(key: "q_strengths") var strengths: Int?
    @OptionalField(key: "q_respectful") var respectful: Int?
    @OptionalField(key: "q_listened") var listened: Int?
    @OptionalField(key: "q_spoke_freely") var spokeFreely: Int?
    @OptionalField(key: "q_equal_partner") var equalPartner: Int?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
