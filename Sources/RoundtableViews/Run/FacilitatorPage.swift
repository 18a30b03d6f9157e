import Foundation
import RoundtableCore

/// The view the lead runs the meeting from, on a laptop or tablet: purpose, boundary and
/// ground rules on top; the agenda with clocks, what people said and questions that might
/// help; quick capture; who took part; more time; closing.
public struct FacilitatorPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var type: MeetingType
    public var state: MeetingState
    /// The students' display names, in the meeting's order.
    public var studentNames: [String]
    public var purpose: String
    public var startsAt: Date?
    public var startedAt: Date?
    /// The time boundary.
    public var lengthMinutes: Int
    public var groundRules: [String]
    /// What the meeting's state allows, asked of `MeetingLifecycle` before the page is drawn.
    public var flags: Flags
    /// Everyone taking part, students first, then family (parents first), agencies, staff.
    public var people: [RunPerson]
    /// In agenda order.
    public var items: [AgendaLine]
    /// The entries this viewer may read, oldest first.
    public var entries: [RecordLine]
    /// The agenda's log, newest first (at most 30).
    public var events: [Event]
    public var followUps: [FollowUp]
    /// Goals and actions carried in from earlier meetings ("Since last time").
    public var carried: [CarriedLine]
    /// What closing asks about: agenda items not finished, parked topics, carried lines still open.
    public var looseEnds: [LooseEnds.Item]
    /// A "Since last time" update that was refused, as typed.
    public var sinceDraft: FollowThroughDraft?
    public var capture: CaptureState
    public var refusal: String?

    public struct Flags: Sendable, Equatable {
        public var isRunning: Bool
        public var isHeld: Bool
        public var mayStart: Bool
        public var mayCapture: Bool
        public var mayClose: Bool

        public init(isRunning: Bool, isHeld: Bool, mayStart: Bool, mayCapture: Bool, mayClose: Bool) {
            self.isRunning = isRunning
            self.isHeld = isHeld
            self.mayStart = mayStart
            self.mayCapture = mayCapture
            self.mayClose = mayClose
        }

        public init(_ lifecycle: MeetingLifecycle) {
            self.init(
                isRunning: lifecycle.isRunning, isHeld: lifecycle.isHeld, mayStart: lifecycle.allows(.start),
                mayCapture: lifecycle.allows(.capture), mayClose: lifecycle.allows(.close))
        }
    }

    public struct Event: Sendable, Equatable {
        public var at: Date
        public var sentence: String

        public init(at: Date, sentence: String) {
            self.at = at
            self.sentence = sentence
        }
    }

    public struct FollowUp: Sendable, Equatable {
        public var id: MeetingID
        public var purpose: String

        public init(id: MeetingID, purpose: String) {
            self.id = id
            self.purpose = purpose
        }
    }

    public init(
        meetingID: MeetingID, type: MeetingType, state: MeetingState, studentNames: [String], purpose: String,
        startsAt: Date?, startedAt: Date?, lengthMinutes: Int, groundRules: [String], flags: Flags,
        people: [RunPerson], items: [AgendaLine], entries: [RecordLine], events: [Event] = [],
        followUps: [FollowUp] = [], carried: [CarriedLine] = [], looseEnds: [LooseEnds.Item] = [],
        sinceDraft: FollowThroughDraft? = nil, capture: CaptureState = CaptureState(), refusal: String? = nil
    ) {
        self.meetingID = meetingID
        self.type = type
        self.state = state
        self.studentNames = studentNames
        self.purpose = purpose
        self.startsAt = startsAt
        self.startedAt = startedAt
        self.lengthMinutes = lengthMinutes
        self.groundRules = groundRules
        self.flags = flags
        self.people = people
        self.items = items
        self.entries = entries
        self.events = events
        self.followUps = followUps
        self.carried = carried
        self.looseEnds = looseEnds
        self.sinceDraft = sinceDraft
        self.capture = capture
        self.refusal = refusal
    }

    public var title: String { "Run the meeting" }
    public var area: StaffArea? { .meetings }
    public var hasErrors: Bool { !capture.errors.isEmpty || refusal != nil || sinceDraft != nil }
    public var usesLiveScript: Bool { flags.isRunning }

    var current: AgendaLine? { items.first { $0.runState == .current } }
    var clock: MeetingClock? {
        startedAt.map { MeetingClock(meetingStartedAt: $0, boundaryMinutes: lengthMinutes) }
    }
}
