import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// One thing a meeting recorded. Which optional fields are used depends on the kind: a
/// decision's reason; a goal's agreement, target, owners and review date; an action's owner
/// and due date.
final class RecordEntry: Model, @unchecked Sendable {
    static let schema = "record_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @OptionalParent(key: "agenda_item_id") var agendaItem: AgendaItem?
    @Enum(key: "kind") var kind: RecordEntryKind
    @Enum(key: "label") var label: RecordLabel
    @OptionalParent(key: "author_id") var author: User?
    /// A note's text, or what was decided, aimed for, parked or to be done.
    @Field(key: "text") var text: String
    /// Why it was decided, or why a goal was set without agreement.
    @OptionalField(key: "reason") var reason: String?
    @OptionalEnum(key: "agreement") var agreement: GoalAgreement?
    @OptionalField(key: "imposed_by") var imposedBy: String?
    @OptionalEnum(key: "measure") var measure: GoalMeasure?
    @OptionalField(key: "target") var target: String?
    /// A goal's owners, or the person doing an action.
    @OptionalField(key: "owners") var owners: String?
    @OptionalEnum(key: "owner_kind") var ownerKind: ActionOwnerKind?
    /// A goal's review date or an action's due date (midnight UTC of that day).
    @OptionalField(key: "date") var date: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// The label acted on: a label the kind does not allow reads as the tighter one.
    var effectiveLabel: RecordLabel { kind.effectiveLabel(label) }

    var snapshot: RecordEntrySnapshot {
        RecordEntrySnapshot(
            id: id ?? UUID(), kind: kind, label: effectiveLabel, text: text, reason: reason, target: target,
            owner: owners, ownerKind: ownerKind, date: date, imposedBy: agreement == .imposed ? imposedBy : nil)
    }

    /// The entry in words, for the history kept when it is changed after closing.
    var described: String {
        var parts = ["\(kind.label) (\(effectiveLabel.label)): \(text)"]
        if let reason { parts.append(kind == .goal ? "Set without agreement because: \(reason)" : "Why: \(reason)") }
        if let imposedBy { parts.append("Set by: \(imposedBy)") }
        if let target { parts.append("Target: \(target)") }
        if let owners { parts.append(kind == .action ? "Who: \(owners)" : "Owners: \(owners)") }
        if let date { parts.append((kind == .action ? "By: " : "Review: ") + DateText.day(date)) }
        return parts.joined(separator: ". ")
    }
}

/// An earlier version of an entry, kept when it was changed after the meeting closed.
final class RecordRevision: Model, @unchecked Sendable {
    static let schema = "record_revisions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "entry_id") var entry: RecordEntry
    @OptionalParent(key: "changed_by_id") var changedBy: User?
    @Field(key: "changed_at") var changedAt: Date
    @Field(key: "reason") var reason: String
    /// The entry as it read before the change.
    @Field(key: "before") var before: String

    init() {}
}

/// How an action went, said after the meeting: a new line each time, never an edit, so the
/// record of what was agreed stays as it was and the action's history stays readable.
final class ActionStatusUpdate: Model, @unchecked Sendable {
    static let schema = "action_status_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "entry_id") var entry: RecordEntry
    @Enum(key: "status") var status: ActionStatus
    @OptionalField(key: "note") var note: String?
    @OptionalParent(key: "by_id") var by: User?
    /// Set instead of `by` when a family member or the student said it from their link.
    @OptionalParent(key: "by_participant_id") var byParticipant: MeetingParticipant?
    @Field(key: "at") var at: Date

    init() {}
}

/// How a goal is going, said after the meeting: a new line each time (the status it moved to,
/// a note, the value seen, the next review), so every earlier value stays readable.
final class GoalProgressUpdate: Model, @unchecked Sendable {
    static let schema = "goal_progress_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "entry_id") var entry: RecordEntry
    @Enum(key: "status") var status: GoalStatus
    @OptionalField(key: "note") var note: String?
    @OptionalField(key: "observed") var observed: String?
    @OptionalField(key: "next_review") var nextReview: Date?
    @OptionalParent(key: "by_id") var by: User?
    @OptionalParent(key: "by_participant_id") var byParticipant: MeetingParticipant?
    @Field(key: "at") var at: Date

    init() {}
}

/// One of the people who own a goal or an action: exactly one of the person columns is set,
/// the one `kind` names.
final class RecordEntryOwner: Model, @unchecked Sendable {
    static let schema = "record_entry_owners"

    @ID(key: .id) var id: UUID?
    @Parent(key: "entry_id") var entry: RecordEntry
    @Enum(key: "kind") var kind: ParticipantKind
    @OptionalParent(key: "user_id") var user: User?
    @OptionalParent(key: "family_member_id") var familyMember: FamilyMember?
    @OptionalParent(key: "student_id") var student: Student?
    @OptionalParent(key: "agency_contact_id") var agencyContact: AgencyContact?

    init() {}

    convenience init(entryID: UUID, person: PersonRef) {
        self.init()
        $entry.id = entryID
        kind = person.kind
        switch person {
        case .staff(let id): $user.id = id
        case .family(let id): $familyMember.id = id
        case .student(let id): $student.id = id
        case .agency(let id): $agencyContact.id = id
        }
    }
}

/// One line of a meeting's log while it runs: an item started, moved, extended or skipped.
final class MeetingRunEvent: Model, @unchecked Sendable {
    static let schema = "meeting_run_events"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Field(key: "at") var at: Date
    @OptionalParent(key: "by_id") var by: User?
    @Field(key: "sentence") var sentence: String

    init() {}
}
