import Foundation
import RoundtableCore

/// One agenda item as the pages that run and record a meeting show it.
public struct AgendaLine: Sendable, Equatable {
    public var id: AgendaItemID
    public var title: String
    public var minutes: Int
    public var extraMinutes: Int
    /// Who put it on the agenda, in words ("School", "Amira Haddad").
    public var proposedBy: String
    public var runState: AgendaItemRunState
    public var startedAt: Date?

    public init(
        id: AgendaItemID, title: String, minutes: Int, extraMinutes: Int = 0, proposedBy: String = "School",
        runState: AgendaItemRunState = .waiting, startedAt: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.minutes = minutes
        self.extraMinutes = extraMinutes
        self.proposedBy = proposedBy
        self.runState = runState
        self.startedAt = startedAt
    }
}

/// One entry of a meeting's record, already checked by `RecordVisibility` for the viewer.
public struct RecordLine: Sendable, Equatable {
    public var id: RecordEntryID
    /// The agenda item it belongs to; `nil` for the whole meeting.
    public var itemID: AgendaItemID?
    public var kind: RecordEntryKind
    /// The label as stored; pages act on `effectiveLabel`.
    public var label: RecordLabel
    public var text: String
    public var reason: String?
    public var agreement: GoalAgreement?
    public var imposedBy: String?
    public var target: String?
    public var owners: String?
    public var ownerKind: ActionOwnerKind?
    public var date: Date?

    public init(
        id: RecordEntryID, itemID: AgendaItemID? = nil, kind: RecordEntryKind, label: RecordLabel, text: String,
        reason: String? = nil, agreement: GoalAgreement? = nil, imposedBy: String? = nil, target: String? = nil,
        owners: String? = nil, ownerKind: ActionOwnerKind? = nil, date: Date? = nil
    ) {
        self.id = id
        self.itemID = itemID
        self.kind = kind
        self.label = label
        self.text = text
        self.reason = reason
        self.agreement = agreement
        self.imposedBy = imposedBy
        self.target = target
        self.owners = owners
        self.ownerKind = ownerKind
        self.date = date
    }

    /// The label acted on: a label the kind does not allow reads as the tighter one.
    public var effectiveLabel: RecordLabel { kind.effectiveLabel(label) }
}

/// Someone taking part, as the facilitator and the record name them.
public struct RunPerson: Sendable, Equatable {
    public var id: ParticipantID
    public var kind: ParticipantKind
    public var name: String
    /// What they are there as, in words: "Mother", "Head of year".
    public var role: String
    /// Who they are beyond this meeting, so they can be chosen to own a goal or an action.
    public var person: PersonRef?
    public var presence: Presence?
    public var interpreterUsed: String?
    /// Their words before the meeting; `nil` when they wrote none or the viewer may not read
    /// them (`RecordVisibility.canReadParticipantWords`).
    public var voice: ParticipantWords?
    /// The part of the meeting they come for; nil: all of it.
    public var window: PartWindow? = nil

    public init(
        id: ParticipantID, kind: ParticipantKind, name: String, role: String, person: PersonRef? = nil,
        presence: Presence? = nil,
        interpreterUsed: String? = nil, voice: ParticipantWords? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.role = role
        self.person = person
        self.presence = presence
        self.interpreterUsed = interpreterUsed
        self.voice = voice
    }
}

extension [RunPerson] {
    /// Everyone who may own a goal or an action: the people whose record is still there.
    public var owners: [MeetingPerson] {
        compactMap { person in person.person.map { MeetingPerson(person: $0, name: person.name, role: person.role) } }
    }
}

/// What the capture forms show again after a mistake: which form, what was typed, what to fix.
/// Field names carry the kind (`goal_what`), so the four forms never share an id.
public struct CaptureState: Sendable, Equatable {
    public var kind: RecordEntryKind?
    public var values: [String: String]
    public var errors: FieldErrors

    public init(kind: RecordEntryKind? = nil, values: [String: String] = [:], errors: FieldErrors = FieldErrors()) {
        self.kind = kind
        self.values = values
        self.errors = errors
    }

    public func value(_ name: String) -> String { values[name] ?? "" }

    /// The meeting's people ticked on a capture form: each checkbox is its own field,
    /// `goal_who_<person>`, so a form posted as a flat dictionary keeps every tick.
    public static func ownerField(_ kind: RecordEntryKind, _ person: PersonRef) -> String {
        "\(kind.rawValue)_who_\(person.formValue)"
    }

    public static func tickedOwners(_ kind: RecordEntryKind, in values: [String: String]) -> [String] {
        let prefix = "\(kind.rawValue)_who_"
        return values.keys.filter { $0.hasPrefix(prefix) }.sorted().map { String($0.dropFirst(prefix.count)) }
    }
}
