import Foundation

/// How far a member of staff reaches into a meeting, and from it into its students.
///
/// Someone invited for what they bring (the special needs coordinator, the safeguarding lead, a
/// counsellor) reads the meeting they were asked to: its plan and its record, staff-only entries
/// included, as every member of staff at the table does. The invitation is to that meeting, not
/// to the child: it opens nothing else about the student (their profile, timeline, other
/// meetings, the student list), and what an earlier meeting kept among its own staff stays there.
public enum MeetingReach: Sendable, Equatable {
    /// Leaders, whoever made or leads it, and staff who see every student it is about.
    case throughStudents
    /// Takes part, but one of its students is beyond their reach: this meeting only.
    case invitedOnly
    /// Not theirs to open.
    case none

    public static func of(
        _ actor: Actor, _ meeting: MeetingRef, seesAllStudents: Bool, takesPart: Bool
    )
        -> MeetingReach
    {
        guard AccessPolicy.reaches(actor, meeting.school) else { return .none }
        if actor.role >= .schoolLeader || seesAllStudents || AccessPolicy.isOwnerOrLead(actor, meeting) {
            return .throughStudents
        }
        return takesPart ? .invitedOnly : .none
    }

    public var opensMeeting: Bool { self != .none }

    /// Whether links from the meeting to its students' pages and their other meetings may show.
    public var opensStudents: Bool { self == .throughStudents }

    /// How goals and actions carried in from earlier meetings are read: someone here by
    /// invitation reads them as the room does (only what the earlier meeting shared), since
    /// what its staff kept among themselves is part of the student's story, not this meeting's.
    public func carriedViewer(_ viewer: RecordViewer) -> RecordViewer {
        self == .invitedOnly ? .sharedScreen : viewer
    }

    /// Who a planner may invite as staff: any active colleague at the meeting's school, not only
    /// those who work with the student. (Administrators belong to no school, so they are not offered.)
    public static func mayBeInvited(_ person: StaffRef, isActive: Bool, to meeting: MeetingRef) -> Bool {
        isActive && person.role != .organisationAdmin && person.organisationID == meeting.school.organisationID
            && person.schoolID == meeting.school.id
    }
}
