import Foundation
import RoundtableCore

/// Everything that happened around one student, newest first: meetings, decisions, goals and
/// their progress, actions and how they went, family requests, answers to summaries, contact
/// restrictions. Each viewer's events were chosen by `TimelineVisibility` before they got here.
public struct StudentTimelinePage: HTMLPage, Sendable, Equatable {
    public var studentID: StudentID
    public var studentName: String
    public var schoolName: String
    public var filter: TimelineFilter
    /// The kinds this viewer may see, offered in the filter.
    public var kinds: [TimelineKind]
    public var events: [Event]
    /// More events after this page.
    public var hasOlder: Bool

    public static let pageSize = 50

    public struct Event: Sendable, Equatable {
        public var at: Date
        public var what: What
        /// The meeting it belongs to, for its link; `nil` for a restriction.
        public var meeting: MeetingLink?

        public init(at: Date, what: What, meeting: MeetingLink? = nil) {
            self.at = at
            self.what = what
            self.meeting = meeting
        }

        public var kind: TimelineKind {
            switch what {
            case .meeting: .meetings
            case .decision: .decisions
            case .goalSet, .goalProgress: .goals
            case .actionAgreed, .actionStatus: .actions
            case .request: .requests
            case .summaryAnswer: .summaries
            case .restriction: .restrictions
            }
        }
    }

    public struct MeetingLink: Sendable, Equatable {
        public var id: MeetingID
        public var type: MeetingType
        /// Held meetings link to their record; others to the meeting's page.
        public var hasRecord: Bool

        public init(id: MeetingID, type: MeetingType, hasRecord: Bool) {
            self.id = id
            self.type = type
            self.hasRecord = hasRecord
        }
    }

    /// What happened. Words a viewer may not read (a family's note, for someone who was not at
    /// the meeting) arrive here as `nil`.
    public enum What: Sendable, Equatable {
        case meeting(TimelineMeetingOutcome)
        case decision(text: String, label: RecordLabel)
        case goalSet(text: String, label: RecordLabel, target: String?)
        case goalProgress(goal: String, status: GoalStatus, note: String?, observed: String?, by: String?)
        case actionAgreed(text: String, label: RecordLabel, owners: String?, due: Date?)
        case actionStatus(action: String, status: ActionStatus, note: String?, by: String?)
        case request(by: String, topic: String?, urgency: Urgency)
        case summaryAnswer(by: String, confirmed: Bool, comment: String?)
        case restriction(person: String, change: RestrictionChange)
    }

    public enum RestrictionChange: String, Sendable, Equatable {
        case set, changed, lifted
    }

    public init(
        studentID: StudentID, studentName: String, schoolName: String, filter: TimelineFilter = TimelineFilter(),
        kinds: [TimelineKind], events: [Event], hasOlder: Bool = false
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.schoolName = schoolName
        self.filter = filter
        self.kinds = kinds
        self.events = events
        self.hasOlder = hasOlder
    }

    public var title: String { "\(studentName): timeline" }
    public var area: StaffArea? { .students }
}
