import Foundation

/// Someone (or something) that may be shown parts of a meeting record.
public enum RecordViewer: String, Sendable, CaseIterable, Codable {
    /// The member of staff leading the meeting.
    case lead
    /// Staff taking part in the meeting.
    case staffParticipant = "staff_participant"
    /// A school leader or organisation administrator.
    case leader
    /// Staff who work with the student but were not in this meeting.
    case otherStaff = "other_staff"
    case familyMember = "family_member"
    /// A family member the school must not contact: they see nothing of the record.
    case restrictedFamilyMember = "restricted_family_member"
    case student
    /// An outside professional taking part.
    case agency
    /// The projector or shared video screen: anyone in the room can read it.
    case sharedScreen = "shared_screen"

    public var label: String {
        switch self {
        case .lead: "Meeting lead"
        case .staffParticipant: "Staff at the meeting"
        case .leader: "School leader"
        case .otherStaff: "Other staff who work with the student"
        case .familyMember: "Family member"
        case .restrictedFamilyMember: "Family member who must not be contacted"
        case .student: "Student"
        case .agency: "Outside professional"
        case .sharedScreen: "Shared screen"
        }
    }

    /// Not school staff: someone (or a screen) that only ever sees shared entries. A
    /// restricted family member counts too, though they see nothing at all.
    public var isParticipant: Bool {
        switch self {
        case .familyMember, .restrictedFamilyMember, .student, .agency, .sharedScreen: true
        case .lead, .staffParticipant, .leader, .otherStaff: false
        }
    }

    public var isStaff: Bool { !isParticipant }
}

/// The one rule for who reads which entry. Pages, exports and the summary all ask here, so
/// a change to the rule cannot miss a place.
public enum RecordVisibility {
    public static func canSee(_ viewer: RecordViewer, label: RecordLabel, isAuthor: Bool) -> Bool {
        // Checked first: a safeguarding restriction beats every label.
        if viewer == .restrictedFamilyMember { return false }
        switch label {
        case .private:
            // Participants never write reflections, so an "author" flag on one is a mistake.
            return isAuthor && viewer.isStaff
        case .staffOnly:
            return viewer.isStaff
        case .shared:
            return true
        }
    }

    /// What a family member or student wrote before the meeting (their thoughts, their reply's
    /// note): their page promises that the lead, the staff invited and the school's leaders
    /// read it, and nobody else; other staff who work with the student do not.
    public static func canReadParticipantWords(_ viewer: RecordViewer) -> Bool {
        switch viewer {
        case .lead, .staffParticipant, .leader: true
        case .otherStaff, .familyMember, .restrictedFamilyMember, .student, .agency, .sharedScreen: false
        }
    }

    /// One part of a reply. Whether they are coming, in which language and how they would
    /// like to meet are facts everyone planning around the meeting needs; the times that suit
    /// them, what would help them take part, their note and what they want to bring are their
    /// own words, and go only where their words go.
    public static func canRead(_ part: ReplyPart, _ viewer: RecordViewer) -> Bool {
        switch part {
        case .attendance, .interpreterLanguage, .preferredMode: true
        case .suitableTimes, .accessNeeds, .note, .contribution: canReadParticipantWords(viewer)
        }
    }

    /// The lines the lead writes for the student with the summary (`summary_texts.for_student`):
    /// written in a child's words for the child, so among participants only the student reads
    /// them; a parent reads the summary written for adults. Staff read what the school wrote.
    public static func canReadWordsForStudent(_ viewer: RecordViewer) -> Bool {
        switch viewer {
        case .student, .lead, .staffParticipant, .leader, .otherStaff: true
        case .familyMember, .restrictedFamilyMember, .agency, .sharedScreen: false
        }
    }

    /// As above, with the label first settled against what the kind allows.
    public static func canSee(
        _ viewer: RecordViewer, kind: RecordEntryKind, label: RecordLabel, isAuthor: Bool
    ) -> Bool {
        canSee(viewer, label: kind.effectiveLabel(label), isAuthor: isAuthor)
    }
}

extension RecordViewer {
    /// How a member of staff reads a meeting's record: the lead (or whoever planned it) first,
    /// then leaders, then staff at the meeting; anyone else reached it through the student.
    public static func staff(isLeadOrOwner: Bool, isLeader: Bool, takesPart: Bool) -> RecordViewer {
        if isLeadOrOwner { return .lead }
        if isLeader { return .leader }
        return takesPart ? .staffParticipant : .otherStaff
    }
}

/// The parts of a participant's reply (`ParticipantReplyForm.Checked`).
public enum ReplyPart: CaseIterable, Sendable {
    case attendance, suitableTimes, interpreterLanguage, preferredMode, accessNeeds, note, contribution
}
