import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The answers behind the trend charts: every family member's and the student's answer to a
/// held meeting about these students, in one joined read. Who sees which point is Core's
/// (`FeedbackTrend.lines`); an answer counted only in the totals never leaves the database.
enum FeedbackTrendRead {
    /// Whose meetings: one student's (their page), or, for a meeting's record, the meetings about
    /// any of its students, of the family members and student who take part in it.
    enum About {
        case student(UUID)
        case studentsOf(meeting: UUID)
    }

    static func answers(about: About, on db: any SQLDatabase) async throws -> [FeedbackTrend.Answer] {
        struct Row: Decodable {
            var meeting_id: UUID
            var school_id: UUID
            var organisation_id: UUID
            var created_by_id: UUID
            var lead_id: UUID?
            var state: MeetingState
            var held_at: Date
            var kind: ParticipantKind
            var person_id: UUID?
            var name: String?
            var role: String
            var scale: FeedbackScale
            var totals_only: Bool
        }
        // Whose answers make a line: Core says (`FeedbackTrend.follows`).
        let followed = ParticipantKind.allCases.filter(FeedbackTrend.follows).map(\.rawValue)
        var sql = SQLQueryString(
            """
            SELECT m.id AS meeting_id, m.school_id, sc.organisation_id, m.created_by_id, m.lead_id, m.state,
                COALESCE(m.started_at, m.starts_at, m.closed_at) AS held_at, p.kind,
                COALESCE(p.family_member_id, p.student_id) AS person_id,
                COALESCE(f.given_name || ' ' || f.family_name,
                    COALESCE(st.preferred_name, st.legal_given_name) || ' ' || st.legal_family_name) AS name,
                p.role, a.scale, a.totals_only
            """)
        sql.appendLiteral(FeedbackColumns.list("a"))
        sql.appendLiteral(
            """
             FROM feedback_answers a
            JOIN meetings m ON m.id = a.meeting_id
            JOIN schools sc ON sc.id = m.school_id
            JOIN meeting_participants p ON p.id = a.participant_id
            LEFT JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN students st ON st.id = p.student_id
            """)
        sql.appendLiteral(" WHERE a.totals_only = ")
        sql.appendInterpolation(bind: false)
        sql.appendLiteral(" AND p.kind IN (")
        sql.appendInterpolation(binds: followed)
        sql.appendLiteral(
            ") AND COALESCE(m.started_at, m.starts_at, m.closed_at) IS NOT NULL"
                + " AND m.id IN (SELECT ms.meeting_id FROM meeting_students ms WHERE ms.student_id")
        switch about {
        case .student(let id):
            sql.appendLiteral(" = ")
            sql.appendInterpolation(bind: id)
        case .studentsOf(let meeting):
            sql.appendLiteral(" IN (SELECT h.student_id FROM meeting_students h WHERE h.meeting_id = ")
            sql.appendInterpolation(bind: meeting)
            sql.appendLiteral(")")
        }
        sql.appendLiteral(")")
        if case .studentsOf(let meeting) = about {
            sql.appendLiteral(
                " AND COALESCE(p.family_member_id, p.student_id) IN (SELECT COALESCE(q.family_member_id, q.student_id)"
                    + " FROM meeting_participants q WHERE q.meeting_id = ")
            sql.appendInterpolation(bind: meeting)
            sql.appendLiteral(" AND q.kind IN (")
            sql.appendInterpolation(binds: followed)
            sql.appendLiteral("))")
        }
        return try await db.raw(sql).all().compactMap { raw in
            let row = try raw.decode(model: Row.self)
            // A person whose record is gone has no line to follow.
            guard let personID = row.person_id, let name = row.name else { return nil }
            return FeedbackTrend.Answer(
                person: FeedbackTrend.Person(kind: row.kind, id: personID), name: name, role: row.role,
                meetingID: row.meeting_id,
                meeting: MeetingRef(
                    school: SchoolRef(id: row.school_id, organisationID: row.organisation_id),
                    createdBy: row.created_by_id,
                    leadID: row.lead_id),
                state: row.state, heldAt: row.held_at, scale: row.scale, scores: try raw.feedbackScores(),
                totalsOnly: row.totals_only)
        }
    }
}
