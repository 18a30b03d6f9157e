import Foundation

/// Which meetings a person's own lists hold: the meetings page, the API's list and their
/// calendar feed. (Whether they may open one is `Permission.viewMeeting`.)
public enum MeetingListScope: Sendable, Equatable {
    /// Every meeting at the organisation's schools (administrators).
    case organisation(UUID)
    /// Every meeting at one school (leaders).
    case school(UUID)
    /// The meetings the person made, leads or takes part in (everyone else).
    case own(userID: UUID)
    /// Nothing: a leader without a school, or a governor.
    case none

    /// At most this many, newest plans first.
    public static let limit = 300

    public static func of(_ actor: Actor) -> MeetingListScope {
        switch actor.role {
        case .organisationAdmin: .organisation(actor.organisationID)
        case .schoolLeader: actor.schoolID.map { .school($0) } ?? .none
        case .staff: .own(userID: actor.userID)
        case .governor, .organisationGovernor: .none
        }
    }
}
