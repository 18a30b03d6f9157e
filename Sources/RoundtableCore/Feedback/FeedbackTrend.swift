import Foundation

/// How meetings about one student have felt for each person who takes part, meeting by
/// meeting: the points of the small charts on the student's page and the record.
///
/// Each point is one held meeting's answer, and a viewer sees a point only when they may read
/// that meeting's answers (`FeedbackVisibility`): a leader sees every point, a lead only the
/// meetings they led. An answer counted only in the school's totals is never a point.
public enum FeedbackTrend {
    /// Whose answers a line follows across meetings: the family member's or the student's own
    /// record, not the participant row of one meeting.
    public struct Person: Sendable, Hashable {
        public var kind: ParticipantKind
        public var id: UUID

        public init(kind: ParticipantKind, id: UUID) {
            self.kind = kind
            self.id = id
        }
    }

    /// One person's answer to one meeting, as read, before anyone decided who sees it.
    public struct Answer: Sendable, Equatable {
        public var person: Person
        public var name: String
        /// What they were there as at that meeting: "Mother", "Student".
        public var role: String
        public var meetingID: UUID
        public var meeting: MeetingRef
        public var state: MeetingState
        /// When the meeting was held (started, else planned for).
        public var heldAt: Date
        public var scale: FeedbackScale
        public var scores: [FeedbackQuestion: Int]
        public var totalsOnly: Bool

        public init(
            person: Person, name: String, role: String, meetingID: UUID, meeting: MeetingRef, state: MeetingState,
            heldAt: Date, scale: FeedbackScale, scores: [FeedbackQuestion: Int], totalsOnly: Bool = false
        ) {
            self.person = person
            self.name = name
            self.role = role
            self.meetingID = meetingID
            self.meeting = meeting
            self.state = state
            self.heldAt = heldAt
            self.scale = scale
            self.scores = scores
            self.totalsOnly = totalsOnly
        }
    }

    /// One meeting on a line: each question's score and their average.
    public struct Point: Sendable, Equatable {
        public var meetingID: UUID
        public var date: Date
        public var scores: [FeedbackQuestion: Int]
        /// The average of the questions they answered, on the line's scale.
        public var average: Double
        /// Their lowest answer: a low score hides in an average.
        public var lowest: Int

        public init(meetingID: UUID, date: Date, scores: [FeedbackQuestion: Int]) {
            self.meetingID = meetingID
            self.date = date
            self.scores = scores
            self.average = Double(scores.values.reduce(0, +)) / Double(max(scores.count, 1))
            self.lowest = scores.values.min() ?? 0
        }
    }

    /// One person's answers on one scale, oldest meeting first.
    public struct Line: Sendable, Equatable {
        public var person: Person
        /// Their name and role as at their latest meeting here.
        public var name: String
        public var role: String
        public var scale: FeedbackScale
        public var points: [Point]

        public init(person: Person, name: String, role: String, scale: FeedbackScale, points: [Point]) {
            self.person = person
            self.name = name
            self.role = role
            self.scale = scale
            self.points = points
        }
    }

    /// Whose answers are followed across meetings: the family and the student, whose
    /// relationship with the school the meetings are about. Agencies come and go with a case.
    public static func follows(_ kind: ParticipantKind) -> Bool { kind == .family || kind == .student }

    /// The lines a viewer sees: only points from held meetings whose answers the viewer may
    /// read, never a totals-only answer or one with no score; `upTo` keeps meetings held no
    /// later than it (the record's "until this meeting"). A line
    /// with no point left is not drawn. Family members first, then the student, each by name;
    /// a person who answered on two scales gets one line for each (never mixed on one axis).
    public static func lines(
        _ answers: [Answer], viewer: Actor, upTo: Date? = nil
    ) -> [Line] {
        var byLine: [LineKey: [Answer]] = [:]
        for answer in answers {
            guard follows(answer.person.kind), !answer.totalsOnly, !answer.scores.isEmpty,
                MeetingLifecycle(answer.state).isHeld,
                FeedbackVisibility.maySee(viewer: viewer, meeting: answer.meeting)
            else { continue }
            if let upTo, answer.heldAt > upTo { continue }
            byLine[LineKey(person: answer.person, scale: answer.scale), default: []].append(answer)
        }
        let lines = byLine.map { key, answers in
            var seen = Set<UUID>()
            let ordered = answers.sorted { ($0.heldAt, $0.meetingID.uuidString) < ($1.heldAt, $1.meetingID.uuidString) }
                .filter { seen.insert($0.meetingID).inserted }
            let latest = ordered[ordered.count - 1]
            return Line(
                person: key.person, name: latest.name, role: latest.role, scale: key.scale,
                points: ordered.map { Point(meetingID: $0.meetingID, date: $0.heldAt, scores: $0.scores) })
        }
        return lines.sorted {
            ($0.person.kind == .student ? 1 : 0, $0.name, $0.scale.rawValue, $0.person.id.uuidString)
                < ($1.person.kind == .student ? 1 : 0, $1.name, $1.scale.rawValue, $1.person.id.uuidString)
        }
    }

    private struct LineKey: Hashable {
        var person: Person
        var scale: FeedbackScale
    }
}
