import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// A meeting with a student and the people around them, from first plan to follow-up.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @Enum(key: "type") var type: MeetingType
    @Enum(key: "state") var state: MeetingState
    /// Plain words, shown to every participant.
    @Field(key: "purpose") var purpose: String
    @Enum(key: "requested_by") var requestedBy: RequestedBy
    @Enum(key: "urgency") var urgency: Urgency
    @Enum(key: "format") var format: MeetingFormat
    @OptionalField(key: "video_link") var videoLink: String?
    @OptionalField(key: "fallback_plan") var fallbackPlan: String?
    /// Open while the plan is a draft.
    @OptionalField(key: "starts_at") var startsAt: Date?
    /// The time boundary.
    @Field(key: "length_minutes") var lengthMinutes: Int
    @OptionalParent(key: "lead_id") var lead: User?
    @OptionalParent(key: "space_id") var space: Space?
    @Field(key: "ground_rules") var groundRules: [String]
    @OptionalField(key: "views_plan") var viewsPlan: String?
    @OptionalField(key: "inclusion_notes") var inclusionNotes: String?
    @OptionalField(key: "difficult_notes") var difficultNotes: String?
    /// `PreparationStep` raw values ticked so far.
    @Field(key: "preparation_done") var preparationDone: [String]
    /// Participant ids in seat order (see `SeatingPlan`); empty until the lead saves a plan.
    @Field(key: "seating") var seating: [UUID]
    @Parent(key: "created_by_id") var createdBy: User
    /// Raised on every change participants are told about, so calendars replace the event.
    @Field(key: "calendar_sequence") var calendarSequence: Int
    @OptionalField(key: "shared_at") var sharedAt: Date?
    /// The last change not yet told to participants (see `ChangeNotice`).
    @OptionalField(key: "changes_pending_at") var changesPendingAt: Date?
    @OptionalField(key: "started_at") var startedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "record_shared_at") var recordSharedAt: Date?
    /// Raised on every change the shared screen shows, so screens served by any process see it.
    @Field(key: "run_revision") var runRevision: Int
    /// The meeting this one follows up, when it was planned for unfinished items.
    @OptionalParent(key: "follow_up_of_id") var followUpOf: Meeting?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var ref: MeetingRef {
        MeetingRef(
            school: SchoolRef(id: $school.id, organisationID: organisationID ?? UUID()), createdBy: $createdBy.id,
            leadID: $lead.id)
    }

    /// Set from the school when loaded for an access check.
    var organisationID: UUID?
}

/// A student a meeting is about (usually one; siblings sometimes together).
final class MeetingStudent: Model, @unchecked Sendable {
    static let schema = "meeting_students"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "student_id") var student: Student

    init() {}

    init(meetingID: UUID, studentID: UUID) {
        $meeting.id = meetingID
        $student.id = studentID
    }
}

/// Someone taking part: the student, a family member, a member of staff or an agency contact.
final class MeetingParticipant: Model, @unchecked Sendable {
    static let schema = "meeting_participants"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Enum(key: "kind") var kind: ParticipantKind
    @OptionalParent(key: "student_id") var student: Student?
    @OptionalParent(key: "family_member_id") var familyMember: FamilyMember?
    @OptionalParent(key: "user_id") var user: User?
    @OptionalParent(key: "agency_contact_id") var agencyContact: AgencyContact?
    /// What they are there as, in words: "Mother", "Head of year", "Interpreter".
    @Field(key: "role") var role: String
    /// For a student: the page the lead chose; `nil` means by age.
    @OptionalEnum(key: "page_version") var pageVersion: PageVersion?
    /// Who took part, marked during the meeting.
    @OptionalEnum(key: "presence") var presence: Presence?
    /// The language an interpreter helped them in, if one did.
    @OptionalField(key: "interpreter_used") var interpreterUsed: String?
    /// Part of the meeting they come for, as minutes from the start (`PartWindow`); both nil: all of it.
    @OptionalField(key: "joins_at_minute") var joinsAtMinute: Int?
    @OptionalField(key: "leaves_at_minute") var leavesAtMinute: Int?
    /// Their part moved after sharing and they have not been told yet (`ChangeNotice`).
    @OptionalField(key: "window_changed_at") var windowChangedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// For `ContactRule`, from the family record loaded with this participant. A family
    /// participant whose record was not loaded counts as restricted: the rule fails closed.
    var loadedContactPerson: ContactRule.Person {
        guard kind == .family else { return ContactRule.Person(kind: kind) }
        guard let loaded = $familyMember.value, let member = loaded else { return .familyWithoutRecord }
        return member.contactPerson
    }
}

/// One item of a meeting's agenda.
final class AgendaItem: Model, @unchecked Sendable {
    static let schema = "agenda_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @Field(key: "minutes") var minutes: Int
    @OptionalField(key: "notes") var notes: String?
    /// Who put it on the agenda, in words ("School", "Amira Haddad").
    @Field(key: "proposed_by") var proposedBy: String
    /// Added after the agenda was shared: shown to everyone as new.
    @Field(key: "added_after_share") var addedAfterShare: Bool
    /// A participant who added it from their page.
    @OptionalParent(key: "proposed_by_participant_id") var proposedByParticipant: MeetingParticipant?
    @Enum(key: "run_state") var runState: AgendaItemRunState
    @Field(key: "extra_minutes") var extraMinutes: Int
    @OptionalField(key: "started_at") var startedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The lead's private reflection before a meeting: seen by its author and nobody else.
final class BiasCheck: Model, @unchecked Sendable {
    static let schema = "bias_checks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "author_id") var author: User
    @Field(key: "text") var text: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// A room or place a school meets in.
final class Space: Model, @unchecked Sendable {
    static let schema = "spaces"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @Field(key: "name") var name: String
    @Field(key: "capacity") var capacity: Int
    @Enum(key: "table_shape") var table: TableShape
    @Field(key: "movable_seats") var movableSeats: Bool
    @Field(key: "natural_light") var naturalLight: Bool
    @Enum(key: "privacy") var privacy: SpacePrivacy
    @Field(key: "step_free") var stepFree: Bool
    @Field(key: "off_site") var offSite: Bool
    @OptionalField(key: "equipment") var equipment: String?
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    var facts: SpaceFacts {
        SpaceFacts(
            capacity: capacity, table: table, movableSeats: movableSeats, naturalLight: naturalLight,
            privacy: privacy, stepFree: stepFree, offSite: offSite)
    }
}
