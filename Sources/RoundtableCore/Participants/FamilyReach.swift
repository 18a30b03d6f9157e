import Foundation

/// What a family member's own page (`/p/{token}/family`) may show and do: their meetings, their
/// requests and asking about a child, across all their children at one school.
///
/// The person is recognised by their family record (one per person in the organisation, shared
/// by siblings), never by a matching name or email. The school is the one of the link they came
/// by: a family record can belong to children of several schools of a trust, and one school's
/// page never shows another's. Every fact here is read from the database by the page's read and
/// the handlers; the answer is only ever given here.
public enum FamilyReach {
    /// The person looking, as their link resolved them.
    public struct Viewer: Sendable, Equatable {
        public var familyMemberID: UUID
        public var schoolID: UUID
        public var contact: ContactRule.Person

        public init(familyMemberID: UUID, schoolID: UUID, contact: ContactRule.Person) {
            self.familyMemberID = familyMemberID
            self.schoolID = schoolID
            self.contact = contact
        }
    }

    /// One meeting in which some family participant takes part, with the facts the rule needs.
    public struct Meeting: Sendable, Equatable {
        public var schoolID: UUID
        public var participantKind: ParticipantKind
        /// The family record the participant stands for.
        public var familyMemberID: UUID?
        /// Whether the meeting has been shared (`MeetingLifecycle.hasBeenShared`).
        public var shared: Bool
        /// When the newest link made for this participant that has not been stopped was made;
        /// nil when none was ever made (never invited) or all were stopped.
        public var linkIssuedAt: Date?
        /// How many of the meeting's students the viewer is family of today.
        public var ownChildren: Int

        public init(
            schoolID: UUID, participantKind: ParticipantKind, familyMemberID: UUID?, shared: Bool,
            linkIssuedAt: Date?, ownChildren: Int
        ) {
            self.schoolID = schoolID
            self.participantKind = participantKind
            self.familyMemberID = familyMemberID
            self.shared = shared
            self.linkIssuedAt = linkIssuedAt
            self.ownChildren = ownChildren
        }
    }

    /// Whether the page may have anything at all for this viewer: a restricted person sees
    /// nothing (their links do not open either).
    public static func mayOpen(_ viewer: Viewer) -> Bool {
        viewer.contact.kind == .family && ContactRule.contact(viewer.contact) == nil
    }

    /// Whether the meeting is listed on the viewer's page: at their link's school, they take
    /// part in it themselves as family, it was shared and they were handed a link that still
    /// stands (one made before a restriction, or stopped, does not count), and it is about one
    /// of their own children today (someone taken out of a child's family loses the child's
    /// meetings here).
    public static func mayList(_ meeting: Meeting, for viewer: Viewer) -> Bool {
        guard mayOpen(viewer), meeting.schoolID == viewer.schoolID, meeting.participantKind == .family,
            meeting.familyMemberID == viewer.familyMemberID, meeting.shared, meeting.ownChildren > 0,
            let issued = meeting.linkIssuedAt
        else { return false }
        return ContactRule.openLink(viewer.contact, issuedAt: issued) == nil
    }

    /// Whether the viewer may open the meeting's own page from here (a new personal link is made
    /// for them): it is listed, and its links would still be current.
    public static func mayOpenMeeting(_ meeting: Meeting, for viewer: Viewer, linksEnd: Date, now: Date) -> Bool {
        mayList(meeting, for: viewer) && linksEnd > now
    }

    /// One child as the rule needs them: the school they are at and whether the viewer is their
    /// family today.
    public struct Child: Sendable, Equatable {
        public var schoolID: UUID
        public var isOwnChild: Bool

        public init(schoolID: UUID, isOwnChild: Bool) {
            self.schoolID = schoolID
            self.isOwnChild = isOwnChild
        }
    }

    /// Whether the viewer may ask for a meeting about (or read their requests about) a child:
    /// their own child, at this school.
    public static func mayAskAbout(_ child: Child, for viewer: Viewer) -> Bool {
        mayOpen(viewer) && child.isOwnChild && child.schoolID == viewer.schoolID
    }
}
