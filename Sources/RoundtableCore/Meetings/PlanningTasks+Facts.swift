import Foundation

/// The plain facts about a meeting the task list is decided from: what is written and chosen,
/// and what went wrong since.
public struct PlanningFacts: Sendable, Equatable {
    public var lifecycle: MeetingLifecycle
    public var hasPurpose: Bool
    public var hasTime: Bool
    public var needsRoom: Bool
    public var hasRoom: Bool
    /// The student or someone of their family is invited (sharing needs one of them).
    public var invitesStudentOrFamily: Bool
    /// People invited, staff included.
    public var peopleCount: Int
    /// Participants we wait for a reply from (`ReplyChase`), once shared.
    public var notReplied: Int
    /// Participants whose newest email failed.
    public var failedDeliveries: Int
    public var agendaItems: Int
    public var agendaOverTime: Bool
    public var hasGroundRules: Bool
    /// How many of the three notes (views, inclusion, difficult news) are written.
    public var notesWritten: Int
    public var hasLetter: Bool
    /// What the invitation check still finds in the English letter.
    public var letterFindings: Int
    /// The letter states a time or place the plan no longer says.
    public var letterIsStale: Bool
    public var roomClash: Bool
    /// What the space check says to think again about in the chosen room.
    public var roomWarnings: Int
    /// The time clashes for a member of staff (or for the room, when there is no room task).
    public var timeClash: Bool
    /// Preparation steps for this meeting's urgency; 0 once it has started.
    public var preparationSteps: Int
    public var preparationDone: Int
    public var hasReflection: Bool

    public init(
        lifecycle: MeetingLifecycle, hasPurpose: Bool = false, hasTime: Bool = false, needsRoom: Bool = false,
        hasRoom: Bool = false, invitesStudentOrFamily: Bool = false, peopleCount: Int = 0, notReplied: Int = 0,
        failedDeliveries: Int = 0, agendaItems: Int = 0, agendaOverTime: Bool = false, hasGroundRules: Bool = false,
        notesWritten: Int = 0, hasLetter: Bool = false, letterFindings: Int = 0, letterIsStale: Bool = false,
        roomClash: Bool = false, roomWarnings: Int = 0, timeClash: Bool = false, preparationSteps: Int = 0,
        preparationDone: Int = 0,
        hasReflection: Bool = false
    ) {
        self.lifecycle = lifecycle
        self.hasPurpose = hasPurpose
        self.hasTime = hasTime
        self.needsRoom = needsRoom
        self.hasRoom = hasRoom
        self.invitesStudentOrFamily = invitesStudentOrFamily
        self.peopleCount = peopleCount
        self.notReplied = notReplied
        self.failedDeliveries = failedDeliveries
        self.agendaItems = agendaItems
        self.agendaOverTime = agendaOverTime
        self.hasGroundRules = hasGroundRules
        self.notesWritten = notesWritten
        self.hasLetter = hasLetter
        self.letterFindings = letterFindings
        self.letterIsStale = letterIsStale
        self.roomClash = roomClash
        self.roomWarnings = roomWarnings
        self.timeClash = timeClash
        self.preparationSteps = preparationSteps
        self.preparationDone = preparationDone
        self.hasReflection = hasReflection
    }
}
