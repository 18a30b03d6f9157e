import Foundation

/// One entry of a meeting record as stored, with only the fields the summary needs. Which
/// fields are used depends on the kind: a decision's reason, a goal's target and review
/// date, an action's owner and due date.
public struct RecordEntrySnapshot: Sendable, Equatable, Codable {
    public var id: UUID
    public var kind: RecordEntryKind
    public var label: RecordLabel
    /// A note's text, or what was decided, aimed for or to be done.
    public var text: String
    public var reason: String?
    public var target: String?
    /// A goal's owners, or the name of the person doing an action.
    public var owner: String?
    public var ownerKind: ActionOwnerKind?
    /// A goal's review date or an action's due date.
    public var date: Date?
    /// For a goal set without everyone's agreement: who set it (`reason` then says why).
    public var imposedBy: String?

    public init(
        id: UUID = UUID(), kind: RecordEntryKind, label: RecordLabel, text: String, reason: String? = nil,
        target: String? = nil, owner: String? = nil, ownerKind: ActionOwnerKind? = nil, date: Date? = nil,
        imposedBy: String? = nil
    ) {
        self.imposedBy = imposedBy
        self.id = id
        self.kind = kind
        self.label = label
        self.text = text
        self.reason = reason
        self.target = target
        self.owner = owner
        self.ownerKind = ownerKind
        self.date = date
    }
}

/// The plain summary each participant receives after the meeting (PRODUCT.md §3 step 5).
/// Built only from what is labelled shared; the page fills in the fixed headings from the
/// catalog (`Phrase.summary…`) in the reader's language.
public struct ParticipantSummary: Sendable, Equatable {
    public struct Decision: Sendable, Equatable {
        public var what: String
        public var why: String?
    }

    public struct Goal: Sendable, Equatable {
        public var what: String
        public var target: String?
        public var owners: String?
        public var reviewDate: Date?
        /// Set by one side, not agreed by everyone: who, and why. A family must never read an
        /// imposed goal as one they agreed to.
        public var setBy: String? = nil
        public var whySet: String? = nil
    }

    public struct Action: Sendable, Equatable {
        public var what: String
        public var who: String
        public var ownerKind: ActionOwnerKind?
        public var due: Date?
    }

    public var purpose: String
    public var topics: [String]
    public var decisions: [Decision]
    public var goals: [Goal]
    public var actions: [Action]
    /// What the meeting set aside for later: agenda items parked during the meeting (the agenda
    /// was the participants' already) and parked topics labelled shared. The ground rules promise
    /// that what cannot be covered is kept for next time, so the summary says what it is.
    public var parked: [String] = []
    /// Whether another meeting is planned, and when once a date is set. The summary says so
    /// in these words and no others, so it never promises a meeting nobody planned or denies
    /// one that is.
    public var next: NextMeeting
    /// Words the school wrote for the participants: shared notes and anything added when
    /// writing the summary.
    public var additions: [String]

    /// `entries` may hold the whole record: anything not shared is dropped here, so a page
    /// that passes too much still shows nothing it should not.
    public static func build(
        purpose: String, agenda: [RunItem], entries: [RecordEntrySnapshot], next: NextMeeting = .notPlanned,
        additions: [String] = [], closing: [UUID: LooseEnds.Outcome] = [:], viewer: RecordViewer = .familyMember
    ) -> ParticipantSummary {
        // What closing sent to the next meeting is set aside for later; what it said was done
        // or dropped is not. A meeting closed before closing asked keeps the parked items.
        func setAside(_ id: UUID, parked: Bool) -> Bool {
            closing[id].map { $0 == .nextMeeting } ?? parked
        }
        let shared = entries.filter {
            RecordVisibility.canSee(viewer, kind: $0.kind, label: $0.label, isAuthor: false)
        }
        func cleaned(_ text: String?) -> String? {
            let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return trimmed.isEmpty ? nil : trimmed
        }
        func of(_ kind: RecordEntryKind) -> [RecordEntrySnapshot] {
            shared.filter { $0.kind == kind && cleaned($0.text) != nil }
        }
        return ParticipantSummary(
            purpose: purpose.trimmingCharacters(in: .whitespacesAndNewlines),
            topics: agenda.filter { $0.state == .done }.map(\.title),
            decisions: of(.decision).map { Decision(what: cleaned($0.text)!, why: cleaned($0.reason)) },
            goals: of(.goal).map {
                Goal(
                    what: cleaned($0.text)!, target: cleaned($0.target), owners: cleaned($0.owner), reviewDate: $0.date,
                    setBy: cleaned($0.imposedBy), whySet: cleaned($0.imposedBy) == nil ? nil : cleaned($0.reason))
            },
            actions: of(.action).map {
                Action(what: cleaned($0.text)!, who: cleaned($0.owner) ?? "", ownerKind: $0.ownerKind, due: $0.date)
            },
            parked: uniqued(
                agenda.filter { setAside($0.id, parked: $0.state == .parked) }.compactMap { cleaned($0.title) }
                    + of(.parked).filter { setAside($0.id, parked: true) }.compactMap { cleaned($0.text) }),
            next: next,
            additions: of(.note).compactMap { cleaned($0.text) } + additions.compactMap { cleaned($0) })
    }
}

private func uniqued(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0.lowercased()).inserted }
}

/// What a summary says about meeting again.
public enum NextMeeting: Sendable, Equatable {
    /// No follow-up meeting is planned (or every one planned was cancelled).
    case notPlanned
    /// A follow-up is planned; `on` is its start once it has one (the earliest, if several).
    case planned(on: Date?)

    /// From the follow-up meetings that are not cancelled, by their start (`nil` for none yet).
    public static func from(followUpStarts starts: [Date?]) -> NextMeeting {
        guard !starts.isEmpty else { return .notPlanned }
        return .planned(on: starts.compactMap { $0 }.min())
    }

    /// The date, when one is set.
    public var date: Date? {
        if case .planned(let on) = self { return on }
        return nil
    }

    public var isPlanned: Bool { self != .notPlanned }
}
