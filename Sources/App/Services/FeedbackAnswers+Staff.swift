import Foundation
import RoundtableCore
import SQLKit

extension FeedbackAnswers {
    /// One participant's answer as the lead and the school's leaders read it (the record page
    /// and `/api/v1/meetings/{id}/feedback`). An answer counted only in the school's totals
    /// leaves the database without its scores, its words or when it last changed, so nothing
    /// of it can reach a page or a token: only that it came, and when.
    struct ForStaff: Decodable, Sendable {
        var participant_id: UUID
        var scale: FeedbackScale
        var totals_only: Bool
        var q_cared: Int?
        var q_clear: Int?
        var q_kept: Int?
        var q_strengths: Int?
        var q_respectful: Int?
        var q_listened: Int?
        var q_spoke_freely: Int?
        var q_equal_partner: Int?
        var better: String?
        var created_at: Date
        var updated_at: Date?

        /// The scores given, in the order the participant was asked the questions.
        var scores: [(question: FeedbackQuestion, value: Int)] {
            let values: [FeedbackQuestion: Int?] = [
                .cared: q_cared, .clear: q_clear, .kept: q_kept, .strengths: q_strengths,
                .respectful: q_respectful, .listened: q_listened, .spokeFreely: q_spoke_freely,
                .equalPartner: q_equal_partner,
            ]
            return scale.questions.compactMap { question in
                values[question].flatMap { $0 }.map { (question: question, value: $0) }
            }
        }
    }

    /// A meeting's answers by participant, in one indexed read. Call it only for a viewer
    /// `FeedbackVisibility.maySee` lets read them.
    static func forStaff(of meetingID: UUID, on db: any SQLDatabase) async throws -> [UUID: ForStaff] {
        var sql = SQLQueryString("SELECT participant_id, scale, totals_only, created_at")
        for column in FeedbackQuestion.allCases.map(\.field) + ["better", "updated_at"] {
            sql.appendLiteral(", CASE WHEN totals_only THEN NULL ELSE \(column) END AS \(column)")
        }
        sql.appendLiteral(" FROM feedback_answers WHERE meeting_id = ")
        sql.appendInterpolation(bind: meetingID)
        let rows = try await db.raw(sql).all(decoding: ForStaff.self)
        return Dictionary(rows.map { ($0.participant_id, $0) }) { first, _ in first }
    }
}
