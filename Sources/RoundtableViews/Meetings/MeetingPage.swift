import Foundation
import RoundtableCore

/// A meeting as a task list: who, why, when and where, what the family and the student said,
/// then each part of planning with its state (`PlanningTasks`), each opening its own page. The
/// parts drawn from this model (`part`) are pages of their own: who is coming, the agenda, the
/// ground rules and notes, preparation and the private reflection. Every question about what
/// the viewer may do, and what the meeting's state allows, is answered before the page is drawn.
public struct MeetingPage: HTMLPage, Sendable, Equatable {
    public var id: MeetingID
    public var type: MeetingType
    public var state: MeetingState
    public var studentNames: [String]
    public var notice: SiteRoute.Notice?

    public var purpose: String
    public var startsAt: Date?
    public var lengthMinutes: Int
    public var format: MeetingFormat
    public var videoLink: String?
    public var fallbackPlan: String?
    public var requestedBy: RequestedBy
    public var urgency: Urgency
    /// The lead's name, when the lead is among the people.
    public var leadName: String?
    public var groundRules: [String]
    public var viewsPlan: String?
    public var inclusionNotes: String?
    public var difficultNotes: String?

    public var flags: Flags
    public var run: RunLinks
    public var sharing: Sharing
    public var people: [Person]
    /// Someone the family brings: a name on the list (`MeetingPage+People`).
    public var guests: [MeetingGuest] = []
    /// Family of these students who must not be contacted and are not among the people.
    public var restricted: [String]
    public var agenda: MeetingAgendaSection
    public var room: MeetingRoomSection
    /// Advice about the length, before the meeting starts (empty after).
    public var lengthAdvice: [String]
    /// Steps to prepare, until the meeting starts (`nil` after).
    public var preparation: Preparation?
    /// The viewer's own private reflection.
    public var biasCheck: String
    /// Other meetings holding this one's room or staff at the same time (before it starts).
    public var clashes: [MeetingClash]
    /// What the letter still states that the plan no longer says ("15:45"), while a change
    /// waits to be told (`InvitationCheck.staleDetails`).
    public var staleLetter: [String] = []
    /// How each person was reached and who has not replied, once shared (`nil` when not read).
    public var delivery: Delivery?
    /// The part of planning this page shows on its own; `nil`: the meeting's task list.
    public var part: PlanningTaskKind?
    /// Each part of planning with its state, decided by `PlanningTasks` (the task list only).
    public var tasks: [PlanningTask] = []

    public init(
        id: MeetingID, type: MeetingType, state: MeetingState, studentNames: [String],
        notice: SiteRoute.Notice? = nil, purpose: String, startsAt: Date?, lengthMinutes: Int,
        format: MeetingFormat, videoLink: String? = nil, fallbackPlan: String? = nil, requestedBy: RequestedBy,
        urgency: Urgency, leadName: String?, groundRules: [String], viewsPlan: String? = nil,
        inclusionNotes: String? = nil, difficultNotes: String? = nil, flags: Flags, run: RunLinks,
        sharing: Sharing, people: [Person], restricted: [String] = [], agenda: MeetingAgendaSection,
        room: MeetingRoomSection, lengthAdvice: [String] = [], preparation: Preparation?, biasCheck: String = "",
        clashes: [MeetingClash] = [],
        delivery: Delivery? = nil
    ) {
        self.id = id
        self.type = type
        self.state = state
        self.studentNames = studentNames
        self.notice = notice
        self.purpose = purpose
        self.startsAt = startsAt
        self.lengthMinutes = lengthMinutes
        self.format = format
        self.videoLink = videoLink
        self.fallbackPlan = fallbackPlan
        self.requestedBy = requestedBy
        self.urgency = urgency
        self.leadName = leadName
        self.groundRules = groundRules
        self.viewsPlan = viewsPlan
        self.inclusionNotes = inclusionNotes
        self.difficultNotes = difficultNotes
        self.flags = flags
        self.run = run
        self.sharing = sharing
        self.people = people
        self.restricted = restricted
        self.agenda = agenda
        self.room = room
        self.lengthAdvice = lengthAdvice
        self.preparation = preparation
        self.biasCheck = biasCheck
        self.clashes = clashes
        self.delivery = delivery
    }

    /// What the viewer may do here, and what the meeting's state shows.
    public struct Flags: Sendable, Equatable {
        /// The viewer may change the meeting (made it, leads it, or is a leader).
        public var mayChange: Bool
        /// "Change the plan" and "Cancel the meeting" are offered.
        public var mayChangePlan: Bool
        /// People, agenda and room may change: the viewer may change the meeting and it has not
        /// started (once it has, its plan is history: the record says what happened).
        public var mayPlan: Bool
        /// Offer to split it into two shorter meetings (with the length advice).
        public var mayOfferSplit: Bool
        public var isCancelled: Bool

        public init(
            mayChange: Bool, mayChangePlan: Bool, mayPlan: Bool, mayOfferSplit: Bool = false, isCancelled: Bool = false
        ) {
            self.mayChange = mayChange
            self.mayChangePlan = mayChangePlan
            self.mayPlan = mayPlan
            self.mayOfferSplit = mayOfferSplit
            self.isCancelled = isCancelled
        }
    }

    /// Where the meeting goes next: run it, follow it on the shared screen, read its record.
    public struct RunLinks: Sendable, Equatable {
        public enum Stage: Sendable, Equatable {
            /// It may start now.
            case mayStart
            case running
            /// Held: closed, its summary perhaps shared.
            case held(mayShareSummary: Bool)
            /// Anything else (a draft that may not start yet, a cancelled meeting).
            case none
        }

        public var followUpOf: MeetingID?
        public var stage: Stage
        /// Participants' comments on the summary still waiting for an answer.
        public var openComments: Int
        /// Once it is held, for the lead and staff who took part (`StaffReflectionRule`):
        /// whether they have written their own reflection; nil for anyone not asked.
        public var reflectionAfter: Bool?

        public init(followUpOf: MeetingID? = nil, stage: Stage, openComments: Int = 0, reflectionAfter: Bool? = nil) {
            self.followUpOf = followUpOf
            self.stage = stage
            self.openComments = openComments
            self.reflectionAfter = reflectionAfter
        }
    }

    /// The invitation and sharing.
    public struct Sharing: Sendable, Equatable {
        public var hasBeenShared: Bool
        public var sharedAt: Date?
        /// When changes not told yet go out by themselves, if there are such changes.
        public var changesToldAt: Date?
        /// When only the part of the meeting some people come for moved (the plan did not):
        /// their names, since the notice goes to them alone.
        public var partMovedFor: [String]

        public init(
            hasBeenShared: Bool, sharedAt: Date? = nil, changesToldAt: Date? = nil, partMovedFor: [String] = []
        ) {
            self.hasBeenShared = hasBeenShared
            self.sharedAt = sharedAt
            self.changesToldAt = changesToldAt
            self.partMovedFor = partMovedFor
        }
    }

    /// The preparation steps for this meeting's urgency, and which are done.
    public struct Preparation: Sendable, Equatable {
        public var steps: [PreparationStep]
        public var done: [PreparationStep]
        public var isUrgent: Bool

        public init(steps: [PreparationStep], done: [PreparationStep], isUrgent: Bool) {
            self.steps = steps
            self.done = done
            self.isUrgent = isUrgent
        }
    }

    /// "Wellbeing check-in: Maya Patel"
    public var meetingTitle: String { "\(type.label): \(studentNames.joined(separator: ", "))" }
    public var title: String { part.map { "\($0.label): \(meetingTitle)" } ?? meetingTitle }
    public var area: StaffArea? { .meetings }
}
