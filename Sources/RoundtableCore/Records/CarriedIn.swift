import Foundation

/// Goals and actions from earlier meetings about the same student, brought into a follow-up or
/// a review so the meeting starts from where things stand. The rule decides who in the room may
/// read each one.
public enum CarriedIn {
    /// A follow-up, or a meeting whose whole point is to review, starts from what went before.
    public static func applies(to type: MeetingType, isFollowUp: Bool) -> Bool {
        isFollowUp || type == .progressReview || type == .supportPlanReview
    }

    /// How a carried goal or action shows in this meeting.
    public enum Showing: Sendable, Equatable {
        /// Everyone here could already read it: it goes on the agenda and the shared screen.
        case shared
        /// Staff see it; the lead may share it with this meeting.
        case staffOnly(Reason)
        /// Not brought in at all.
        case hidden
    }

    public enum Reason: Sendable, Equatable {
        /// The earlier meeting kept it among staff.
        case keptAmongStaff
        /// The people at the earlier meeting and the people coming to this one differ (separated
        /// parents, for example): what one household heard is not the other's to read by default.
        case differentPeople
    }

    /// Whether `viewer` reads a carried line that shows this way: staff read all but hidden
    /// ones; everyone else (a family member, the shared screen) only shared ones.
    public static func mayRead(_ viewer: RecordViewer, _ showing: Showing) -> Bool {
        showing != .hidden && (viewer.isStaff || showing == .shared)
    }

    /// Only a line held back because the people differ may be shared with this meeting; one
    /// kept among staff at its own meeting is that meeting's record to relabel.
    public static func mayShare(_ showing: Showing) -> Bool {
        showing == .staffOnly(.differentPeople)
    }

    /// - Parameters:
    ///   - earlier: the family members, students and agency contacts of the earlier meeting.
    ///   - here: the same for this meeting.
    ///   - sharedHere: the lead has chosen to share it with this meeting.
    public static func showing(
        kind: RecordEntryKind, label: RecordLabel, earlier: Set<PersonRef>, here: Set<PersonRef>, sharedHere: Bool
    ) -> Showing {
        guard kind == .goal || kind == .action else { return .hidden }
        switch kind.effectiveLabel(label) {
        case .private: return .hidden
        case .staffOnly: return .staffOnly(.keptAmongStaff)
        case .shared:
            // Staff are not counted: they read the record either way.
            let people = { (set: Set<PersonRef>) in set.filter { $0.kind != .staff } }
            if people(earlier) == people(here) || sharedHere { return .shared }
            return .staffOnly(.differentPeople)
        }
    }
}
