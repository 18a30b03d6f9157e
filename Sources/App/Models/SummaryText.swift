import Fluent
import Foundation

/// What the school writes into a meeting's summary for one language: what happens next, and
/// optionally its own translation of the whole summary.
final class SummaryText: Model, @unchecked Sendable {
    static let schema = "summary_texts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "language") var language: String
    @OptionalField(key: "next_steps") var nextSteps: String?
    @OptionalField(key: "translation") var translation: String?
    /// What the meeting agreed, written for the student.
    @OptionalField(key: "for_student") var forStudent: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// A participant's answer to the summary: "this is right", or a comment asking for a correction,
/// with the school's reply.
final class SummaryResponse: Model, @unchecked Sendable {
    static let schema = "summary_responses"

    enum Kind: String, Codable, Sendable {
        case confirmed, comment
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Enum(key: "kind") var kind: Kind
    @OptionalField(key: "text") var text: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "answer") var answer: String?
    @OptionalField(key: "answered_at") var answeredAt: Date?
    @OptionalParent(key: "answered_by_id") var answeredBy: User?

    init() {}
}
