import Foundation

/// What insight says about a set of meetings (the whole school, one type, one group): how
/// many, who took part, whether the summary followed on time, and how they felt. Shares are
/// 0…1, averages on 0–10; nil when nothing could be counted (no meeting needed an interpreter).
public struct InsightMeasures: Sendable, Equatable, Codable {
    public var meetings: Int
    /// Distinct students; the count `Suppression` checks.
    public var students: Int
    public var familyTookPart: Double?
    public var studentVoice: Double?
    public var interpreterProvided: Double?
    public var summaryOnTime: Double?
    /// Of the summaries shared, those a participant confirmed or asked about.
    public var summaryAnswered: Double?
    public var ranOver: Double?
    /// The middle number of days from a family's request to the meeting.
    public var medianDaysFromRequest: Double?
    /// Each question's average on 0–10, over every answer counted.
    public var feedback: [FeedbackQuestion: Double]
    public var feedbackAnswers: Int
    public var alertsRaised: Int
    public var alertsActedOn: Int
    /// Of the actions due by today (or done already), those done on or before their day.
    public var actionsOnTime: Double?
    /// Of the goals agreed, those achieved or changed for a better one.
    public var goalsAchievedOrChanged: Double?

    /// The average of every question answered (each answer's questions weigh the same).
    public var feedbackOverall: Double? {
        let values = FeedbackQuestion.allCases.compactMap { feedback[$0] }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    public init(
        meetings: Int = 0, students: Int = 0, familyTookPart: Double? = nil, studentVoice: Double? = nil,
        interpreterProvided: Double? = nil, summaryOnTime: Double? = nil, summaryAnswered: Double? = nil,
        ranOver: Double? = nil, medianDaysFromRequest: Double? = nil, feedback: [FeedbackQuestion: Double] = [:],
        feedbackAnswers: Int = 0, alertsRaised: Int = 0, alertsActedOn: Int = 0, actionsOnTime: Double? = nil,
        goalsAchievedOrChanged: Double? = nil
    ) {
        self.meetings = meetings
        self.students = students
        self.familyTookPart = familyTookPart
        self.studentVoice = studentVoice
        self.interpreterProvided = interpreterProvided
        self.summaryOnTime = summaryOnTime
        self.summaryAnswered = summaryAnswered
        self.ranOver = ranOver
        self.medianDaysFromRequest = medianDaysFromRequest
        self.feedback = feedback
        self.feedbackAnswers = feedbackAnswers
        self.alertsRaised = alertsRaised
        self.alertsActedOn = alertsActedOn
        self.actionsOnTime = actionsOnTime
        self.goalsAchievedOrChanged = goalsAchievedOrChanged
    }

    /// Which answers a figure counts.
    public enum Answers: Sendable {
        /// Everyone's, as the whole school's figures count them.
        case all
        /// Family members' only, leaving out those counted only in the totals: a group's
        /// figures ("families who needed an interpreter rated …").
        case familiesInGroups
    }

    /// Counts `meetings` (each once, however many students it was about).
    public static func of(
        _ meetings: [InsightMeeting], answers: Answers = .all, timeZone: TimeZone, today: SchoolDay
    ) -> Self {
        var result = InsightMeasures(meetings: meetings.count)
        result.students = Set(meetings.flatMap { $0.students.map(\.id) }).count
        func share(_ counted: [InsightMeeting], _ yes: (InsightMeeting) -> Bool) -> Double? {
            counted.isEmpty ? nil : Double(counted.filter(yes).count) / Double(counted.count)
        }
        result.familyTookPart = share(meetings.filter { !$0.familyPresence.isEmpty }) { $0.familyTookPart }
        result.studentVoice = share(meetings) { $0.studentVoiceGiven }
        result.interpreterProvided = share(meetings.filter(\.interpreterNeeded)) { $0.interpreterUsed }
        result.summaryOnTime = share(meetings) { $0.settled?.summaryOnTime ?? $0.summaryOnTime(in: timeZone) }
        result.summaryAnswered = share(meetings.filter { $0.recordSharedAt != nil }) { $0.summaryAnswered }
        result.ranOver = share(meetings) { $0.ranOver }
        result.medianDaysFromRequest = median(
            meetings.compactMap { meeting in
                meeting.requestedAt.map { max(0, meeting.startedAt.timeIntervalSince($0) / 86_400) }
            })
        let counted = meetings.flatMap(\.answers).filter { answer in
            switch answers {
            case .all: true
            case .familiesInGroups: answer.scale == .zeroToTen && !answer.totalsOnly
            }
        }
        result.feedbackAnswers = counted.count
        for question in FeedbackQuestion.allCases {
            let values = counted.compactMap { $0.tenths(question) }
            if !values.isEmpty { result.feedback[question] = values.reduce(0, +) / Double(values.count) }
        }
        result.alertsRaised = meetings.reduce(0) { $0 + $1.alertsRaised }
        result.alertsActedOn = meetings.reduce(0) { $0 + $1.alertsActedOn }
        var due = 0
        var onTime = 0
        for meeting in meetings {
            let settled = meeting.settled ?? meeting.settling(timeZone: timeZone, today: today).settled
            due += settled?.actionsDue ?? 0
            onTime += settled?.actionsOnTime ?? 0
        }
        result.actionsOnTime = due == 0 ? nil : Double(onTime) / Double(due)
        let goals = meetings.flatMap(\.goals)
        result.goalsAchievedOrChanged =
            goals.isEmpty ? nil : Double(goals.filter { $0 == .achieved || $0 == .changed }.count) / Double(goals.count)
        return result
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
