import Foundation
import RoundtableCore
import Tagged

/// What the record page shows again after a change without a reason.
public struct AmendState: Sendable, Equatable {
    public var entryID: RecordEntryID
    public var text: String
    public var label: String
    public var reason: String
    public var errors: FieldErrors
    /// Everything typed, by field name without the entry's suffix.
    public var values: [String: String]

    public init(
        entryID: RecordEntryID, text: String, label: String, reason: String, errors: FieldErrors,
        values: [String: String] = [:]
    ) {
        self.entryID = entryID
        self.text = text
        self.label = label
        self.reason = reason
        self.errors = errors
        self.values = values
    }
}

/// A meeting's record for staff: what was talked about, decided and agreed, each entry with
/// its label and, once closed, its history of changes.
public struct RecordPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var type: MeetingType
    public var state: MeetingState
    /// The students' display names, in the meeting's order.
    public var studentNames: [String]
    public var startedAt: Date?
    public var flags: Flags
    /// Everyone taking part; the page names those marked as taking part.
    public var people: [RunPerson]
    /// In agenda order.
    public var items: [AgendaLine]
    /// The entries this viewer may read, oldest first.
    public var entries: [RecordLine]
    /// Earlier versions of those entries, oldest first.
    public var history: [RecordEntryID: [Revision]]
    public var amending: AmendState?
    /// What was said, after the meeting, about how each action went, oldest first.
    public var actionStatus: [RecordEntryID: [ActionStatusLine]]
    /// What was said, after the meeting, about how each goal is going, oldest first.
    public var goalProgress: [RecordEntryID: [GoalProgressLine]] = [:]
    /// What closing said about each thing the meeting did not finish.
    public var looseEnds: [LooseEndLine] = []
    /// How the meeting felt for each participant who answered, in the order of the people;
    /// `nil` when the viewer may not read the answers (`FeedbackVisibility`).
    public var feedback: [FeedbackAnswerLine]?
    /// How meetings about the student have felt for this meeting's family and student, until
    /// this one: only the points this viewer may read (`FeedbackTrend`).
    public var trends: [FeedbackTrend.Line] = []
    /// The viewer's own reflection after the meeting, when they are asked for one
    /// (`StaffReflectionRule`); `nil` otherwise. Never anyone else's.
    public var ownReflection: OwnReflection?
    /// "How it went" as typed, shown again with what to change.
    public var statusDraft: FollowThroughDraft?
    public var notice: SiteRoute.Notice?
    /// Words typed into a capture form after the meeting closed, shown so they are not lost.
    public var kept: String?

    /// What the meeting's state and the viewer's reach allow, decided before the page is drawn.
    public struct Flags: Sendable, Equatable {
        public var isRunning: Bool
        /// Closed: a change needs a reason and keeps the earlier version.
        public var isLocked: Bool
        public var mayWriteSummary: Bool
        public var awaitsSummary: Bool
        /// The viewer may change the meeting (run it, amend its record, write its summary).
        public var mayChange: Bool
        /// The meeting is over and the viewer may say how its goals and actions are going.
        public var mayFollowThrough: Bool
        /// The meeting is over and the viewer may plan the next one from it.
        public var mayPlanFollowUp: Bool

        public init(
            isRunning: Bool, isLocked: Bool, mayWriteSummary: Bool, awaitsSummary: Bool, mayChange: Bool,
            mayFollowThrough: Bool = false, mayPlanFollowUp: Bool = false
        ) {
            self.isRunning = isRunning
            self.isLocked = isLocked
            self.mayWriteSummary = mayWriteSummary
            self.awaitsSummary = awaitsSummary
            self.mayChange = mayChange
            self.mayFollowThrough = mayFollowThrough
            self.mayPlanFollowUp = mayPlanFollowUp
        }

        public init(_ lifecycle: MeetingLifecycle, mayChange: Bool) {
            self.init(
                isRunning: lifecycle.isRunning, isLocked: lifecycle.recordNeedsReason,
                mayWriteSummary: lifecycle.allows(.writeSummary), awaitsSummary: lifecycle.awaitsSummary,
                mayChange: mayChange, mayFollowThrough: mayChange && lifecycle.allows(.followThrough),
                mayPlanFollowUp: mayChange && lifecycle.isHeld && lifecycle.allows(.planFollowUp))
        }
    }

    /// An earlier version of an entry, kept when it was changed after the meeting closed.
    public struct Revision: Sendable, Equatable {
        public var changedAt: Date
        /// Who changed it; `nil` when their account is gone.
        public var changedBy: String?
        public var reason: String
        public var before: String

        public init(changedAt: Date, changedBy: String?, reason: String, before: String) {
            self.changedAt = changedAt
            self.changedBy = changedBy
            self.reason = reason
            self.before = before
        }
    }

    public init(
        meetingID: MeetingID, type: MeetingType, state: MeetingState, studentNames: [String], startedAt: Date?,
        flags: Flags, people: [RunPerson], items: [AgendaLine], entries: [RecordLine],
        history: [RecordEntryID: [Revision]] = [:], amending: AmendState? = nil,
        actionStatus: [RecordEntryID: [ActionStatusLine]] = [:], statusDraft: FollowThroughDraft? = nil,
        notice: SiteRoute.Notice? = nil, kept: String? = nil
    ) {
        self.meetingID = meetingID
        self.type = type
        self.state = state
        self.studentNames = studentNames
        self.startedAt = startedAt
        self.flags = flags
        self.people = people
        self.items = items
        self.entries = entries
        self.history = history
        self.amending = amending
        self.actionStatus = actionStatus
        self.statusDraft = statusDraft
        self.notice = notice
        self.kept = kept
    }

    public var title: String { "Record of the meeting" }
    public var area: StaffArea? { .meetings }
    public var hasErrors: Bool { !(amending?.errors.isEmpty ?? true) || !(statusDraft?.errors.isEmpty ?? true) }

    var locked: Bool { flags.isLocked }
}

/// One thing the meeting did not finish, with what closing decided for it.
public struct LooseEndLine: Sendable, Equatable {
    public var title: String
    public var outcome: LooseEnds.Outcome
    public var reason: String?

    public init(title: String, outcome: LooseEnds.Outcome, reason: String? = nil) {
        self.title = title
        self.outcome = outcome
        self.reason = reason
    }
}
