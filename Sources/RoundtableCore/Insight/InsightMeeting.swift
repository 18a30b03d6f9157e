import Foundation

/// One closed meeting as the school's insight counts it: the facts read from its record, with
/// each student's groups as they were when it closed. Nothing here names a person; the ids are
/// only for counting distinct students and families.
public struct InsightMeeting: Sendable, Equatable {
    public var id: UUID
    public var schoolID: UUID
    public var type: MeetingType
    public var requestedBy: RequestedBy
    public var startedAt: Date
    public var closedAt: Date
    /// The time boundary the plan set.
    public var boundaryMinutes: Int
    /// The minutes added to agenda items while it ran.
    public var extraMinutes: Int
    /// When the family's request that led to it was made, if one did.
    public var requestedAt: Date?
    /// How each invited family member took part, as marked during the meeting (nil: not marked).
    public var familyPresence: [Presence?]
    /// The student was there, or gave their views beforehand (the voice form or their own page).
    public var studentVoiceGiven: Bool
    /// Someone invited needed an interpreter (their record or their reply said so).
    public var interpreterNeeded: Bool
    /// An interpreter helped someone during the meeting.
    public var interpreterUsed: Bool
    public var recordSharedAt: Date?
    /// A participant confirmed the summary or asked about it.
    public var summaryAnswered: Bool
    public var students: [Student]
    public var answers: [Answer]
    public var alertsRaised: Int
    public var alertsActedOn: Int
    /// The actions agreed, with their due day and when one was first said done.
    public var actions: [Action]
    /// Where each goal agreed stands now (nil: nobody has said yet).
    public var goals: [GoalStatus?]

    public struct Action: Sendable, Equatable {
        /// Midnight UTC of the due day, as the record stores it; nil when no date was set.
        public var due: Date?
        public var doneAt: Date?

        public init(due: Date?, doneAt: Date?) {
            self.due = due
            self.doneAt = doneAt
        }

        /// Whether it counts yet: done, or its day has passed.
        public func isDue(today: SchoolDay) -> Bool {
            guard let due else { return false }
            return doneAt != nil || SchoolDay(due, in: .gmt) < today
        }

        /// Done on or before its day (the day it was done on the school's calendar).
        public func doneOnTime(in timeZone: TimeZone) -> Bool {
            guard let due, let doneAt else { return false }
            return SchoolDay(doneAt, in: timeZone) <= SchoolDay(due, in: .gmt)
        }
    }

    public struct Student: Sendable, Equatable {
        public var id: UUID
        public var groups: GroupAttributes

        public init(id: UUID, groups: GroupAttributes) {
            self.id = id
            self.groups = groups
        }
    }

    /// One participant's answers about how the meeting felt.
    public struct Answer: Sendable, Equatable {
        public var scale: FeedbackScale
        public var scores: [FeedbackQuestion: Int]
        /// They asked to be counted only in the school's totals: never in a group's figures.
        public var totalsOnly: Bool

        public init(scale: FeedbackScale, scores: [FeedbackQuestion: Int], totalsOnly: Bool) {
            self.scale = scale
            self.scores = scores
            self.totalsOnly = totalsOnly
        }

        /// A score on the 0–10 scale whatever was answered: faces 1…5 become 0, 2.5, … 10, so
        /// a child's "best face" and an adult's 10 count the same.
        public func tenths(_ question: FeedbackQuestion) -> Double? {
            guard let value = scores[question] else { return nil }
            switch scale {
            case .zeroToTen: return Double(value)
            case .faces: return Double(value - 1) * 2.5
            }
        }
    }

    public init(
        id: UUID, schoolID: UUID, type: MeetingType, requestedBy: RequestedBy, startedAt: Date, closedAt: Date,
        boundaryMinutes: Int, extraMinutes: Int = 0, requestedAt: Date? = nil, familyPresence: [Presence?] = [],
        studentVoiceGiven: Bool = false, interpreterNeeded: Bool = false, interpreterUsed: Bool = false,
        recordSharedAt: Date? = nil, summaryAnswered: Bool = false, students: [Student] = [],
        answers: [Answer] = [], alertsRaised: Int = 0, alertsActedOn: Int = 0, actions: [Action] = [],
        goals: [GoalStatus?] = []
    ) {
        self.id = id
        self.schoolID = schoolID
        self.type = type
        self.requestedBy = requestedBy
        self.startedAt = startedAt
        self.closedAt = closedAt
        self.boundaryMinutes = boundaryMinutes
        self.extraMinutes = extraMinutes
        self.requestedAt = requestedAt
        self.familyPresence = familyPresence
        self.studentVoiceGiven = studentVoiceGiven
        self.interpreterNeeded = interpreterNeeded
        self.interpreterUsed = interpreterUsed
        self.recordSharedAt = recordSharedAt
        self.summaryAnswered = summaryAnswered
        self.students = students
        self.answers = answers
        self.alertsRaised = alertsRaised
        self.alertsActedOn = alertsActedOn
        self.actions = actions
        self.goals = goals
    }

    /// The figures that take calendar arithmetic, worked out once per count by
    /// `InsightReport.make`: a meeting falls in thirty or so breakdowns, and at an
    /// organisation's size the calendar was most of the time spent counting (docs/BENCHMARKS.md).
    public struct Settled: Sendable, Equatable {
        public var summaryOnTime: Bool
        public var actionsDue: Int
        public var actionsOnTime: Int
    }

    public var settled: Settled?

    /// This meeting with its calendar figures worked out for `timeZone` and `today`.
    public func settling(timeZone: TimeZone, today: SchoolDay) -> InsightMeeting {
        var copy = self
        let due = actions.filter { $0.isDue(today: today) }
        copy.settled = Settled(
            summaryOnTime: summaryOnTime(in: timeZone), actionsDue: due.count,
            actionsOnTime: due.filter { $0.doneOnTime(in: timeZone) }.count)
        return copy
    }

    /// At least one family member took part, in person, by video or by phone.
    public var familyTookPart: Bool {
        familyPresence.contains { $0 == .present || $0 == .byVideo || $0 == .byPhone }
    }

    /// The plan's time was kept: no minutes were added while it ran, and the room was not held
    /// open past the boundary (closing happens at the end of the run).
    public var ranOver: Bool {
        extraMinutes > 0 || closedAt.timeIntervalSince(startedAt) > Double(boundaryMinutes + Self.closingGrace) * 60
    }

    /// Closing the record takes a few minutes after the last word; that is not running over.
    public static let closingGrace = 10

    /// The summary was shared within `Self.summaryWeekdays` weekdays of closing, in the school's
    /// time zone (Saturdays and Sundays do not count).
    public func summaryOnTime(in timeZone: TimeZone) -> Bool {
        guard let shared = recordSharedAt else { return false }
        return Weekdays.between(closedAt, shared, in: timeZone) <= Self.summaryWeekdays
    }

    public static let summaryWeekdays = 5
}

/// Counting weekdays on the school's calendar.
public enum Weekdays {
    /// How many weekdays after `start`'s day `end`'s day falls (the same day is 0; Friday to
    /// Monday is 1). Zero when `end` is earlier.
    public static func between(_ start: Date, _ end: Date, in timeZone: TimeZone) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let first = calendar.startOfDay(for: start)
        let last = calendar.startOfDay(for: end)
        guard last > first else { return 0 }
        let days = calendar.dateComponents([.day], from: first, to: last).day ?? 0
        // Whole weeks hold five weekdays each; walk only the days left over.
        var count = (days / 7) * 5
        var day = calendar.date(byAdding: .day, value: (days / 7) * 7, to: first) ?? first
        while day < last {
            day = calendar.date(byAdding: .day, value: 1, to: day) ?? last
            let weekday = calendar.component(.weekday, from: day)
            if weekday != 1 && weekday != 7 { count += 1 }
        }
        return count
    }
}
