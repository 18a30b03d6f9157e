import Foundation

/// The kinds of line on a student's timeline, as its filter names them (`?kind=goals`).
public enum TimelineKind: String, Sendable, CaseIterable, Codable {
    case meetings
    case decisions
    /// Goals set, and each line said since about how one is going.
    case goals
    /// Actions agreed, and each line said since about how one went.
    case actions
    /// A family's request for a meeting, from their link.
    case requests
    /// A participant confirming the summary, or asking for a correction.
    case summaries
    /// A contact restriction set, changed or lifted on someone in the student's family.
    case restrictions

    public var label: String {
        switch self {
        case .meetings: "Meetings"
        case .decisions: "Decisions"
        case .goals: "Goals and progress"
        case .actions: "Actions and how they went"
        case .requests: "Family requests"
        case .summaries: "Summaries confirmed or questioned"
        case .restrictions: "Contact restrictions"
        }
    }
}

/// Who sees what on a student's timeline. Events that belong to a meeting are read by the
/// person as that meeting's `RecordViewer` (lead, staff at the meeting, leader, other staff);
/// a restriction belongs to a person, not a meeting, so it is read as `personViewer`.
public enum TimelineVisibility {
    /// The kinds of event this viewer is shown at all. Restrictions are history from the audit
    /// log, which only leaders read (`AccessPolicy.readAuditLog`); everyone who sees the student
    /// already sees a restriction in force at the top of their page. Requests and summary
    /// answers are the school's correspondence with the family: staff only. A participant or a
    /// screen never gets a timeline across meetings, but if one did, it would hold no more than
    /// the shared record (meetings, and entries whose label they may read).
    public static func kinds(for viewer: RecordViewer) -> Set<TimelineKind> {
        switch viewer {
        case .leader: Set(TimelineKind.allCases)
        case .lead, .staffParticipant, .otherStaff: Set(TimelineKind.allCases).subtracting([.restrictions])
        case .familyMember, .student, .agency: [.meetings, .decisions, .goals, .actions]
        case .restrictedFamilyMember, .sharedScreen: []
        }
    }

    /// How a person stands to the student, for events that belong to no meeting.
    public static func personViewer(isLeader: Bool) -> RecordViewer { isLeader ? .leader : .otherStaff }

    /// One event: its kind for this viewer, then, for a record entry or a line said about one,
    /// the entry's label through `RecordVisibility` (a private entry only to its author).
    public static func canSee(_ viewer: RecordViewer, _ kind: TimelineKind, entry: EntryFacts? = nil) -> Bool {
        guard kinds(for: viewer).contains(kind) else { return false }
        guard let entry else { return true }
        return RecordVisibility.canSee(viewer, kind: entry.kind, label: entry.label, isAuthor: entry.isAuthor)
    }

    /// The words a family member or the student wrote (a progress note from their link, a
    /// comment on the summary, what a request is about) go only where their words go
    /// (`RecordVisibility.canReadParticipantWords`); what staff wrote goes with the event.
    public static func showsWords(by writer: Writer, to viewer: RecordViewer) -> Bool {
        switch writer {
        case .staff: true
        case .participant: RecordVisibility.canReadParticipantWords(viewer)
        }
    }

    public struct EntryFacts: Sendable, Equatable {
        public var kind: RecordEntryKind
        public var label: RecordLabel
        public var isAuthor: Bool

        public init(kind: RecordEntryKind, label: RecordLabel, isAuthor: Bool) {
            self.kind = kind
            self.label = label
            self.isAuthor = isAuthor
        }
    }

    public enum Writer: Sendable, Equatable {
        case staff
        /// A family member, the student or an agency, from their personal link.
        case participant
    }
}

/// How a meeting shows on the timeline, from its state (asked of `MeetingLifecycle`).
public enum TimelineMeetingOutcome: String, Sendable, Equatable {
    case planned, running, held, cancelled

    public init(_ lifecycle: MeetingLifecycle) {
        if lifecycle.isCancelled {
            self = .cancelled
        } else if lifecycle.isHeld {
            self = .held
        } else if lifecycle.isRunning {
            self = .running
        } else {
            self = .planned
        }
    }

    public var label: String {
        switch self {
        case .planned: "Planned"
        case .running: "Under way"
        case .held: "Held"
        case .cancelled: "Cancelled"
        }
    }
}

/// The timeline's filter, as it travels in the address: `?kind=goals&kind=actions&page=2`.
/// Read leniently: an unknown kind or a bad page number is ignored, never an error page.
public struct TimelineFilter: Sendable, Equatable {
    /// Empty means every kind.
    public var kinds: Set<TimelineKind>
    public var page: Int

    /// The last page anyone can ask for: deep enough for years of meetings, and a bound on
    /// how far the database is asked to skip.
    public static let maxPage = 200

    public init(kinds: Set<TimelineKind> = [], page: Int = 1) {
        self.kinds = kinds
        self.page = min(max(page, 1), Self.maxPage)
    }

    public init(query items: [(name: String, value: String?)]) {
        var kinds = Set<TimelineKind>()
        var page = 1
        for (name, value) in items {
            guard let value else { continue }
            switch name {
            case "kind": if let kind = TimelineKind(rawValue: value) { kinds.insert(kind) }
            case "page": if let number = Int(value) { page = number }
            default: break
            }
        }
        self.init(kinds: kinds, page: page)
    }

    /// Whether an event of this kind is asked for.
    public func shows(_ kind: TimelineKind) -> Bool { kinds.isEmpty || kinds.contains(kind) }

    /// The kinds to read for a viewer who may see `visible`: what was asked for, within reach.
    public func kinds(within visible: Set<TimelineKind>) -> Set<TimelineKind> {
        kinds.isEmpty ? visible : kinds.intersection(visible)
    }

    /// In the address, kinds in the filter's order and the page when past the first.
    public var queryItems: [(String, String?)] {
        TimelineKind.allCases.filter { kinds.contains($0) }.map { ("kind", $0.rawValue) }
            + [("page", page > 1 ? String(page) : nil)]
    }

    public func with(page: Int) -> TimelineFilter { TimelineFilter(kinds: kinds, page: page) }
}
