import Fluent
import Foundation

/// When a member of staff last opened a meeting, so its page can mark what participants
/// said since then.
final class MeetingView: Model, @unchecked Sendable {
    static let schema = "meeting_views"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "user_id") var user: User
    @Field(key: "viewed_at") var viewedAt: Date

    init() {}
}
