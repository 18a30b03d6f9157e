import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// A change participants were told about, so each person's page can say what changed since
/// they last looked.
final class MeetingChangeRecord: Model, @unchecked Sendable {
    static let schema = "meeting_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Enum(key: "kind") var kind: MeetingChange
    @Field(key: "at") var at: Date

    init() {}
}
