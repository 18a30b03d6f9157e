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
    public var presence: Presence?
    public var interpreterUsed: String?
    /// Their words before the meeting; `nil` when they wrote none or the viewer may not read
    /// them (`RecordVisibility.canReadParticipantWords`).
    public var voice: ParticipantWords?

    public init(
        id: ParticipantID, kind: ParticipantKind, name: String, role: String, presence: Presence? = nil,
        interpreterUsed: String? = nil, voice: ParticipantWords? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.role = role
        self.presence = presence
        self.interpreterUsed = interpreterUsed
        self.voice = voice
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
}
