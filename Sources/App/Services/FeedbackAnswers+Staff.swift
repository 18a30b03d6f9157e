import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension FeedbackAnswers {
    /// One participant's answer as the lead and the school's leaders read it (the record page
    /// and `/api/v1/meetings/{id}/feedback`). An answer counted only in the school's totals
    /// leaves the database without its scores, its words or when it last changed, so nothing
    /// of it can reach a page or a token: only that it came, and when.
    struct ForStaff: Sendable {
        var scale: FeedbackScale
        var totalsOnly: Bool
        var scores: [FeedbackQuestion: Int]
        var better: String?
        var createdAt: Date
        var updatedAt: Date?

        /// What staff may read of it (Core's shape for the record page).
        var shown: FeedbackAnswerLine.Shown {
            totalsOnly
                ? .totalsOnly
                : .answers(
                    scores: scale.questions.compactMap { question in
                        scores[question].map { FeedbackAnswerLine.Score(question: question, value: $0) }
                    }, better: better)
        }
    }

    /// A meeting's answers by participant, in one indexed read; with `reflectionBy`, the same
    /// statement also reads that person's own reflection (its scores only), for "Your view".
    /// Call it only for a viewer `FeedbackVisibility.maySee` lets read the answers.
    static func forStaff(
        of meetingID: UUID, reflectionBy author: UUID? = nil, on db: any SQLDatabase
    ) async throws -> (answers: [UUID: ForStaff], own: [FeedbackQuestion: Int]?) {
        struct Row: Decodable {
            /// NULL for the viewer's own reflection.
            var participant_id: UUID?
            var scale: FeedbackScale?
            var totals_only: Bool
            var better: String?
            var created_at: Date
            var updated_at: Date?
        }
        var sql = SQLQueryString(
            """
            SELECT a.participant_id, a.scale, a.totals_only, a.created_at,
                CASE WHEN a.totals_only THEN NULL ELSE a.better END AS better,
                CASE WHEN a.totals_only THEN NULL ELSE a.updated_at END AS updated_at
            """)
        sql.appendLiteral(FeedbackColumns.withheldWhenTotalsOnly("a"))
        sql.appendLiteral(" FROM feedback_answers a WHERE a.meeting_id = ")
        sql.appendInterpolation(bind: meetingID)
        if let author {
            sql.appendLiteral(" UNION ALL SELECT NULL, NULL, ")
            sql.appendInterpolation(bind: false)
            sql.appendLiteral(", r.created_at, NULL, r.updated_at")
            sql.appendLiteral(FeedbackColumns.list("r"))
            sql.appendLiteral(" FROM staff_reflections r WHERE r.meeting_id = ")
            sql.appendInterpolation(bind: meetingID)
            sql.appendLiteral(" AND r.user_id = ")
            sql.appendInterpolation(bind: author)
        }
        var answers: [UUID: ForStaff] = [:]
        var own: [FeedbackQuestion: Int]?
        for raw in try await db.raw(sql).all() {
            let row = try raw.decode(model: Row.self)
            let scores = try raw.feedbackScores()
            guard let participant = row.participant_id, let scale = row.scale else {
                own = scores
                continue
            }
            answers[participant] = ForStaff(
                scale: scale, totalsOnly: row.totals_only, scores: scores, better: row.better,
                createdAt: row.created_at, updatedAt: row.updated_at)
        }
        return (answers, own)
    }
}
