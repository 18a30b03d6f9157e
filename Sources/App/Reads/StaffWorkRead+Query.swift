import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension StaffWorkRead {
    /// The candidates, each part driven by an indexed column: the meetings the person leads
    /// (`lead_id`, or `created_by_id` when nobody leads), their owner rows (`user_id`), the
    /// school's open requests (`school_id, status`). Empty values are typed (`CAST(NULL AS …)`)
    /// because PostgreSQL settles a UNION's column types pairwise, and two bare NULLs would
    /// settle as text.
    static func query(for staff: StaffContext, now: Date, timeZone: TimeZone) -> SQLQueryString {
        let me = staff.user.id ?? UUID()
        let schools: SQLQueryString =
            staff.actor.role.spansSchools
            ? "SELECT id FROM schools WHERE organisation_id = \(bind: staff.actor.organisationID)"
            : "SELECT id FROM schools WHERE id = \(bind: staff.actor.schoolID ?? UUID())"
        let replyStates = binds(MeetingLifecycle.states(allowing: .reply).map(\.rawValue))
        let summaryStates = binds(MeetingLifecycle.states { $0.awaitsSummary }.map(\.rawValue))
        let prepareStates = binds(MeetingLifecycle.states(allowing: .start).map(\.rawValue))
        let settled = binds(GoalStatus.allCases.filter(\.isSettled).map(\.rawValue))
        let horizon = StaffWork.dueHorizon(now: now, timeZone: timeZone)
        let weekEnd = now.addingTimeInterval(Double(StaffWork.daysAhead) * 86_400)
        let open = ActionStatus.open.rawValue
        let comment = SummaryResponse.Kind.comment.rawValue
        let openRequest = MeetingRequest.Status.open.rawValue
        let staffKind = ParticipantKind.staff.rawValue
        let action = RecordEntryKind.action.rawValue
        let goal = RecordEntryKind.goal.rawValue
        return """
            WITH mine AS (
                SELECT id FROM meetings WHERE lead_id = \(bind: me) OR (lead_id IS NULL AND created_by_id = \(bind: me))
            ),
            work AS (
                SELECT 'correction' AS kind, r.id AS item_id, r.meeting_id AS meeting_id,
                    CAST(NULL AS UUID) AS student_id, r.created_at AS at, CAST(NULL AS TIMESTAMPTZ) AS due,
                    CAST(NULL AS TEXT) AS status, CAST(NULL AS TEXT) AS label, CAST(NULL AS UUID) AS author_id,
                    CAST(NULL AS TEXT) AS text, CAST(NULL AS TEXT) AS detail, CAST(NULL AS TEXT) AS who
                FROM summary_responses r
                WHERE r.meeting_id IN (SELECT id FROM mine) AND r.kind = \(bind: comment) AND r.answer IS NULL
                UNION ALL
                SELECT 'needs', pr.id, p.meeting_id, NULL, pr.updated_at, NULL, NULL, NULL, NULL,
                    pr.access_needs, pr.interpreter_language,
                    COALESCE(f.given_name || ' ' || f.family_name,
                        COALESCE(s.preferred_name, s.legal_given_name) || ' ' || s.legal_family_name, a.name)
                FROM meeting_participants p
                JOIN meetings m ON m.id = p.meeting_id
                JOIN participant_replies pr ON pr.participant_id = p.id
                LEFT JOIN family_members f ON f.id = p.family_member_id
                LEFT JOIN students s ON s.id = p.student_id
                LEFT JOIN agency_contacts a ON a.id = p.agency_contact_id
                WHERE p.meeting_id IN (SELECT id FROM mine) AND m.state IN (\(replyStates))
                    AND (pr.interpreter_language <> '' OR pr.access_needs <> '')
                    AND NOT EXISTS (SELECT 1 FROM meeting_views v WHERE v.meeting_id = p.meeting_id
                        AND v.user_id = \(bind: me) AND v.viewed_at >= pr.updated_at)
                UNION ALL
                SELECT 'request', q.id, NULL, q.student_id, q.created_at, NULL, NULL, NULL, NULL, NULL, q.urgency, NULL
                FROM meeting_requests q
                WHERE q.school_id IN (\(schools)) AND q.status = \(bind: openRequest)
                UNION ALL
                SELECT 'summary', m.id, m.id, NULL, m.closed_at, NULL, NULL, NULL, NULL, NULL, NULL, NULL
                FROM meetings m WHERE m.id IN (SELECT id FROM mine) AND m.state IN (\(summaryStates))
                UNION ALL
                SELECT 'prepare', m.id, m.id, NULL, m.starts_at, NULL, NULL, NULL, NULL, NULL, NULL, NULL
                FROM meetings m WHERE m.id IN (SELECT id FROM mine) AND m.state IN (\(prepareStates))
                    AND m.starts_at >= \(bind: now) AND m.starts_at <= \(bind: weekEnd)
                UNION ALL
                SELECT ft.kind, ft.entry_id, ft.meeting_id, NULL, NULL, ft.due, ft.status, ft.label, ft.author_id,
                    ft.text, 'owner', NULL
                FROM record_entry_owners o JOIN follow_through_current ft ON ft.entry_id = o.entry_id
                WHERE o.user_id = \(bind: me) AND o.kind = \(bind: staffKind) AND ft.due <= \(bind: horizon)
                    AND ((ft.kind = \(bind: action) AND ft.status = \(bind: open))
                        OR (ft.kind = \(bind: goal) AND ft.status NOT IN (\(settled))))
                UNION ALL
                SELECT ft.kind, ft.entry_id, ft.meeting_id, NULL, NULL, ft.due, ft.status, ft.label, ft.author_id,
                    ft.text, 'meeting', NULL
                FROM follow_through_current ft
                WHERE ft.meeting_id IN (SELECT id FROM mine) AND ft.due <= \(bind: horizon)
                    AND ((ft.kind = \(bind: action) AND ft.status = \(bind: open)
                            AND NOT EXISTS (SELECT 1 FROM record_entry_owners o WHERE o.entry_id = ft.entry_id))
                        OR (ft.kind = \(bind: goal) AND ft.status NOT IN (\(settled))))
                UNION ALL
                SELECT 'alert', fa.id, fa.meeting_id, NULL, fa.raised_at, NULL, NULL, NULL, NULL, NULL, NULL,
                    COALESCE(af.given_name || ' ' || af.family_name,
                        COALESCE(ast.preferred_name, ast.legal_given_name) || ' ' || ast.legal_family_name, aa.name)
                        || ' (' || ap.role || ')'
                FROM feedback_alerts fa
                JOIN meeting_participants ap ON ap.id = fa.participant_id
                LEFT JOIN family_members af ON af.id = ap.family_member_id
                LEFT JOIN students ast ON ast.id = ap.student_id
                LEFT JOIN agency_contacts aa ON aa.id = ap.agency_contact_id
                WHERE fa.owner_id = \(bind: me) AND fa.closed_at IS NULL
            )
            SELECT w.kind, w.item_id, w.meeting_id, w.at, w.due, w.status, w.label, w.author_id, w.text, w.detail,
                w.who, m.type, m.state, m.urgency, m.preparation_done, m.starts_at,
                \(Row.studentColumns(linkedTo: me))
            FROM work w
            LEFT JOIN meetings m ON m.id = w.meeting_id
            LEFT JOIN meeting_students ms ON ms.meeting_id = w.meeting_id
            LEFT JOIN students st ON st.id = COALESCE(w.student_id, ms.student_id)
            LEFT JOIN schools sc ON sc.id = st.school_id
            ORDER BY w.kind, w.item_id, st.legal_family_name, st.legal_given_name
            """
    }

    private static func binds(_ values: [String]) -> SQLQueryString {
        let list: [any Encodable & Sendable] = values
        return "\(binds: list)"
    }
}
