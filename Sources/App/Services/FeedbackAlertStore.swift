import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// Alerts raised by participants' answers (`FeedbackAlerts`): raised in the transaction that
/// saves an answer, closed by the lead with what they did. Each write is one conditional
/// statement, so parallel saves make one alert and a double press closes it once.
enum FeedbackAlertStore {
    /// The school's thresholds, as its leaders set them.
    static func thresholds(schoolID: UUID, on db: any SQLDatabase) async throws -> FeedbackAlerts.Thresholds {
        struct Row: Decodable {
            var feedback_low_score: Int
            var feedback_drop: Int
            var feedback_low_face: Int
        }
        let row = try await db.raw(
            """
            SELECT feedback_low_score, feedback_drop, feedback_low_face FROM schools WHERE id = \(bind: schoolID)
            """
        ).first(decoding: Row.self)
        guard let row else { return FeedbackAlerts.Thresholds() }
        return FeedbackAlerts.Thresholds(
            lowScore: row.feedback_low_score, drop: row.feedback_drop, lowFace: row.feedback_low_face)
    }

    static func saveThresholds(
        _ thresholds: FeedbackAlerts.Thresholds, schoolID: UUID, context: AuditContext, on db: any Database
    ) async throws {
        try await db.transaction { db in
            let changed = try await db.sql().raw(
                """
                UPDATE schools SET feedback_low_score = \(bind: thresholds.lowScore),
                    feedback_drop = \(bind: thresholds.drop), feedback_low_face = \(bind: thresholds.lowFace)
                WHERE id = \(bind: schoolID) AND (feedback_low_score <> \(bind: thresholds.lowScore)
                    OR feedback_drop <> \(bind: thresholds.drop) OR feedback_low_face <> \(bind: thresholds.lowFace))
                RETURNING id
                """
            ).first()
            guard changed != nil else { return }
            try await AuditLog.record(
                .feedbackThresholdsChanged, on: db, context: context, schoolID: schoolID, subjectType: "school",
                subjectID: schoolID,
                summary:
                    "Low score \(thresholds.lowScore), drop \(thresholds.drop), sad face \(thresholds.lowFace)")
        }
    }

    /// The same person's latest earlier answer about one of the same students, on the same
    /// scale, from a meeting closed before this one; an answer counted only in the totals is
    /// never compared (that would name it).
    static func previous(
        participant: MeetingParticipant, meeting: Meeting, scale: FeedbackScale, on db: any SQLDatabase
    ) async throws -> FeedbackAlerts.Answer? {
        let meetingID = try meeting.requireID()
        let person: SQLQueryString
        if let id = participant.$familyMember.id {
            person = "p.family_member_id = \(bind: id)"
        } else if let id = participant.$student.id {
            person = "p.student_id = \(bind: id)"
        } else if let id = participant.$agencyContact.id {
            person = "p.agency_contact_id = \(bind: id)"
        } else {
            return nil
        }
        let closedBefore: SQLQueryString =
            if let closed = meeting.closedAt { "AND m.closed_at < \(bind: closed)" } else { "" }
        let stored = try await db.raw(
            """
            SELECT a.* FROM feedback_answers a
            JOIN meeting_participants p ON p.id = a.participant_id
            JOIN meetings m ON m.id = a.meeting_id
            WHERE \(person) AND a.meeting_id <> \(bind: meetingID) AND m.closed_at IS NOT NULL \(closedBefore)
                AND a.scale = \(bind: scale.rawValue) AND a.totals_only = \(bind: false)
                AND EXISTS (SELECT 1 FROM meeting_students earlier JOIN meeting_students here
                    ON here.student_id = earlier.student_id
                    WHERE earlier.meeting_id = m.id AND here.meeting_id = \(bind: meetingID))
            ORDER BY m.closed_at DESC LIMIT 1
            """
        ).first().map(FeedbackAnswers.Stored.init)
        return stored.map { FeedbackAlerts.Answer(scale: $0.scale, scores: $0.scores) }
    }

    /// After an answer was written: raises or updates the participant's open alert, or, when
    /// nothing is low any more, closes the open one as "they changed their answers". An alert
    /// the lead already closed keeps what was done; a new one is raised only for reasons other
    /// than those the lead already acted on. Saves by one participant reach here one at a time
    /// (the answer's own write above serialises them), so reading before writing is safe.
    static func raise(
        for answer: FeedbackAlerts.Answer, participant: MeetingParticipant, meeting: Meeting, now: Date,
        on db: any SQLDatabase
    ) async throws {
        let participantID = try participant.requireID()
        let meetingID = try meeting.requireID()
        let theirs: SQLQueryString = "meeting_id = \(bind: meetingID) AND participant_id = \(bind: participantID)"
        guard !answer.totalsOnly else {
            // Counted only in the totals now: no alert may name them or keep their scores. One
            // nobody acted on goes; one acted on keeps only what was done.
            try await db.raw("DELETE FROM feedback_alerts WHERE \(theirs) AND closed_by_id IS NULL").run()
            try await db.raw(
                "UPDATE feedback_alerts SET reasons = \(bind: FeedbackAlerts.encode([])) WHERE \(theirs)"
            ).run()
            return
        }
        let limits = try await thresholds(schoolID: meeting.$school.id, on: db)
        let earlier = try await previous(participant: participant, meeting: meeting, scale: answer.scale, on: db)
        let alerts = FeedbackAlerts.raised(by: answer, previous: earlier, thresholds: limits)
        let reasons = FeedbackAlerts.encode(alerts)
        let actedOn =
            try await db.raw(
                """
                SELECT 1 FROM feedback_alerts WHERE \(theirs) AND closed_by_id IS NOT NULL
                    AND reasons = \(bind: reasons)
                """
            ).first() != nil
        guard !alerts.isEmpty, !actedOn else {
            try await db.raw(
                """
                UPDATE feedback_alerts SET closed_at = \(bind: now),
                    action = \(bind: FeedbackAlerts.Action.answerChanged.rawValue)
                WHERE \(theirs) AND closed_at IS NULL
                """
            ).run()
            return
        }
        try await db.raw(
            """
            INSERT INTO feedback_alerts (id, school_id, meeting_id, participant_id, owner_id, reasons, raised_at)
            VALUES (\(bind: UUID()), \(bind: meeting.$school.id), \(bind: meetingID), \(bind: participantID),
                \(bind: FeedbackAlerts.owner(of: meeting.ref)), \(bind: reasons), \(bind: now))
            ON CONFLICT (meeting_id, participant_id) WHERE closed_at IS NULL
            DO UPDATE SET reasons = excluded.reasons, owner_id = excluded.owner_id
            """
        ).run()
    }

    enum CloseOutcome: Equatable {
        case closed
        /// Closed already (a double press, or a colleague was quicker): nothing written.
        case alreadyClosed
    }

    /// Records what the lead did and closes the alert: one conditional `UPDATE`, so a double
    /// press closes it once. Audited with the action, never the note.
    static func close(
        _ alertID: UUID, schoolID: UUID, with checked: FeedbackAlerts.ActionForm.Checked, by userID: UUID,
        context: AuditContext, now: Date, on db: any Database
    ) async throws -> CloseOutcome {
        try await db.transaction { db in
            let closed = try await db.sql().raw(
                """
                UPDATE feedback_alerts SET closed_at = \(bind: now), closed_by_id = \(bind: userID),
                    action = \(bind: checked.action.rawValue), action_note = \(bind: checked.note)
                WHERE id = \(bind: alertID) AND closed_at IS NULL
                RETURNING meeting_id
                """
            ).first()
            guard let closed else { return .alreadyClosed }
            try await AuditLog.record(
                .feedbackAlertClosed, on: db, context: context, schoolID: schoolID, subjectType: "meeting",
                subjectID: try closed.decode(column: "meeting_id", as: UUID.self),
                summary: checked.action.label)
            return .closed
        }
    }
}
