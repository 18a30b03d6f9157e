import Foundation
import RoundtableCore
import SQLKit

/// The closed meetings of one fixed period, for insight: five statements whatever the number
/// of meetings (the meetings with their counts, the family's presence, each student's groups
/// at close, the feedback answers, the goals and actions agreed). No name or text leaves the
/// database.
enum InsightRead {
    /// The meetings that started in `interval` and have closed, in `schools`.
    static func meetings(
        schools: [UUID], interval: Range<Date>, on db: any SQLDatabase
    ) async throws -> [InsightMeeting] {
        guard !schools.isEmpty else { return [] }
        let filter = SQLQueryString(
            "m.school_id IN (\(binds: schools)) AND m.closed_at IS NOT NULL AND m.started_at >= \(bind: interval.lowerBound) AND m.started_at < \(bind: interval.upperBound)"
        )
        let rows = try await db.raw(
            """
            SELECT m.id, m.school_id, m.type, m.requested_by, m.started_at, m.closed_at, m.length_minutes,
              m.record_shared_at,
              (SELECT CAST(COALESCE(SUM(a.extra_minutes), 0) AS INTEGER) FROM agenda_items a WHERE a.meeting_id = m.id)
                AS extra_minutes,
              (SELECT MIN(r.created_at) FROM meeting_requests r WHERE r.meeting_id = m.id) AS requested_at,
              CASE WHEN EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.kind = 'student'
                AND (p.presence IN ('present', 'by_video', 'by_phone')
                  OR EXISTS (SELECT 1 FROM participant_voices v WHERE v.participant_id = p.id)))
                THEN 1 ELSE 0 END AS student_voice,
              CASE WHEN EXISTS (SELECT 1 FROM meeting_participants p
                LEFT JOIN family_members f ON f.id = p.family_member_id
                LEFT JOIN participant_replies r ON r.participant_id = p.id
                WHERE p.meeting_id = m.id AND (f.needs_interpreter OR r.interpreter_language IS NOT NULL))
                THEN 1 ELSE 0 END AS interpreter_needed,
              CASE WHEN EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id
                AND p.interpreter_used IS NOT NULL) THEN 1 ELSE 0 END AS interpreter_used,
              CASE WHEN EXISTS (SELECT 1 FROM summary_responses s WHERE s.meeting_id = m.id)
                THEN 1 ELSE 0 END AS summary_answered,
              (SELECT COUNT(*) FROM feedback_alerts fa WHERE fa.meeting_id = m.id) AS alerts_raised,
              (SELECT COUNT(*) FROM feedback_alerts fa WHERE fa.meeting_id = m.id AND fa.closed_at IS NOT NULL)
                AS alerts_acted_on
            FROM meetings m WHERE \(filter)
            """
        ).all(decoding: MeetingRow.self)
        guard !rows.isEmpty else { return [] }

        struct PresenceRow: Decodable {
            var meeting_id: UUID
            var presence: Presence?
        }
        let presence = Dictionary(
            grouping: try await db.raw(
                """
                SELECT p.meeting_id, p.presence FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
                WHERE p.kind = 'family' AND \(filter)
                """
            ).all(decoding: PresenceRow.self), by: \.meeting_id)

        let students = Dictionary(
            grouping: try await db.raw(
                """
                SELECT s.meeting_id, s.student_id, s.year_group, s.home_language, s.needs_interpreter,
                  s.special_needs, s.separated_parents, s.sex, s.disadvantaged
                FROM meeting_group_snapshots s JOIN meetings m ON m.id = s.meeting_id WHERE \(filter)
                """
            ).all(decoding: SnapshotRow.self), by: \.meeting_id)

        var answers: [UUID: [InsightMeeting.Answer]] = [:]
        for row in try await db.raw(
            """
            SELECT a.meeting_id, a.scale, a.totals_only\(unsafeRaw: FeedbackColumns.list("a"))
            FROM feedback_answers a JOIN meetings m ON m.id = a.meeting_id WHERE \(filter)
            """
        ).all() {
            let meetingID = try row.decode(column: "meeting_id", as: UUID.self)
            answers[meetingID, default: []].append(
                InsightMeeting.Answer(
                    scale: try row.decode(column: "scale", as: FeedbackScale.self), scores: try row.feedbackScores(),
                    totalsOnly: try row.decode(column: "totals_only", as: Bool.self)))
        }

        struct EntryRow: Decodable {
            var meeting_id: UUID
            var kind: RecordEntryKind
            var date: Date?
            var current_status: String?
            var done_at: Date?
        }
        var actions: [UUID: [InsightMeeting.Action]] = [:]
        var goals: [UUID: [GoalStatus?]] = [:]
        for entry in try await db.raw(
            """
            SELECT e.meeting_id, e.kind, e.date, e.current_status,
              (SELECT MIN(u.at) FROM action_status_updates u WHERE u.entry_id = e.id AND u.status = 'done') AS done_at
            FROM record_entries e JOIN meetings m ON m.id = e.meeting_id
            WHERE e.kind IN ('action', 'goal') AND \(filter)
            """
        ).all(decoding: EntryRow.self) {
            if entry.kind == .action {
                actions[entry.meeting_id, default: []].append(.init(due: entry.date, doneAt: entry.done_at))
            } else {
                goals[entry.meeting_id, default: []].append(entry.current_status.flatMap(GoalStatus.init(rawValue:)))
            }
        }

        return rows.map { row in
            InsightMeeting(
                id: row.id, schoolID: row.school_id, type: row.type, requestedBy: row.requested_by,
                startedAt: row.started_at, closedAt: row.closed_at, boundaryMinutes: row.length_minutes,
                extraMinutes: row.extra_minutes, requestedAt: row.requested_at,
                familyPresence: (presence[row.id] ?? []).map(\.presence), studentVoiceGiven: row.student_voice == 1,
                interpreterNeeded: row.interpreter_needed == 1, interpreterUsed: row.interpreter_used == 1,
                recordSharedAt: row.record_shared_at, summaryAnswered: row.summary_answered == 1,
                students: (students[row.id] ?? []).map(\.student), answers: answers[row.id] ?? [],
                alertsRaised: row.alerts_raised, alertsActedOn: row.alerts_acted_on, actions: actions[row.id] ?? [],
                goals: goals[row.id] ?? [])
        }
    }

    struct MeetingRow: Decodable {
        var id: UUID
        var school_id: UUID
        var type: MeetingType
        var requested_by: RequestedBy
        var started_at: Date
        var closed_at: Date
        var length_minutes: Int
        var record_shared_at: Date?
        var extra_minutes: Int
        var requested_at: Date?
        var student_voice: Int
        var interpreter_needed: Int
        var interpreter_used: Int
        var summary_answered: Int
        var alerts_raised: Int
        var alerts_acted_on: Int
    }

    struct SnapshotRow: Decodable {
        var meeting_id: UUID
        var student_id: UUID
        var year_group: Int
        var home_language: String?
        var needs_interpreter: Bool
        var special_needs: Bool
        var separated_parents: Bool
        var sex: String?
        var disadvantaged: Bool

        var student: InsightMeeting.Student {
            InsightMeeting.Student(
                id: student_id,
                groups: GroupAttributes(
                    yearGroup: year_group, homeLanguage: home_language, needsInterpreter: needs_interpreter,
                    specialNeeds: special_needs, separatedParents: separated_parents,
                    sex: sex.flatMap(RecordedSex.init(rawValue:)), disadvantaged: disadvantaged))
        }
    }
}
