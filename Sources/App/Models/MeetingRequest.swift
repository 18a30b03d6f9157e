import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// A family's request for a meeting, sent from their page; staff accept it (a planned
/// meeting starts, initiated by the family) or answer it with a message.
final class MeetingRequest: Model, @unchecked Sendable {
    static let schema = "meeting_requests"

    enum Status: String, Codable, Sendable {
        case open, accepted, answered
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @Parent(key: "student_id") var student: Student
    @Parent(key: "family_member_id") var familyMember: FamilyMember
    /// The participant whose link it came from: their page shows the answer.
    @Parent(key: "participant_id") var participant: MeetingParticipant
    @Field(key: "topic") var topic: String
    @Enum(key: "urgency") var urgency: Urgency
    @OptionalField(key: "suitable_times") var suitableTimes: String?
    @Enum(key: "status") var status: Status
    @OptionalField(key: "answer") var answer: String?
    @OptionalParent(key: "meeting_id") var meeting: Meeting?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
