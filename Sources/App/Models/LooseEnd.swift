import Fluent
import Foundation
import RoundtableCore

/// What closing decided about one thing the meeting did not finish: an agenda item, a parked
/// topic, or a goal or action carried in. `title` keeps the words as they were at closing.
final class LooseEnd: Model, @unchecked Sendable {
    static let schema = "loose_ends"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Enum(key: "source") var source: LooseEnds.Source
    /// The agenda item, record entry or carried entry it is about.
    @Field(key: "ref_id") var refID: UUID
    @Field(key: "title") var title: String
    @Enum(key: "outcome") var outcome: LooseEnds.Outcome
    @OptionalField(key: "reason") var reason: String?
    @OptionalParent(key: "by_id") var by: User?
    @Field(key: "at") var at: Date

    init() {}
}

/// A goal or action from an earlier meeting with other people, which the lead chose to share
/// with this one (Core's `CarriedIn`).
final class CarriedShare: Model, @unchecked Sendable {
    static let schema = "carried_shares"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "entry_id") var entry: RecordEntry
    @OptionalParent(key: "by_id") var by: User?
    @Field(key: "at") var at: Date

    init() {}
}
