import Foundation
import RoundtableCore
import SQLKit

/// The eight score columns (`q_cared` … `q_equal_partner`) that a participant's answer and a
/// member of staff's reflection both have, named and decoded in one place.
enum FeedbackColumns {
    /// ", a.q_cared, a.q_clear, …" to follow other columns in a select list.
    static func list(_ alias: String) -> String {
        FeedbackQuestion.allCases.map { ", \(alias).\($0.field) AS \($0.field)" }.joined()
    }

    /// The same, each NULL for an answer counted only in the school's totals, so its scores never
    /// leave the database.
    static func withheldWhenTotalsOnly(_ alias: String) -> String {
        FeedbackQuestion.allCases.map {
            ", CASE WHEN \(alias).totals_only THEN NULL ELSE \(alias).\($0.field) END AS \($0.field)"
        }.joined()
    }
}

extension SQLRow {
    /// The scores of a row that selected `FeedbackColumns` (a question left out has none).
    func feedbackScores() throws -> [FeedbackQuestion: Int] {
        try FeedbackQuestion.allCases.reduce(into: [:]) { scores, question in
            scores[question] = try decode(column: question.field, as: Int?.self)
        }
    }
}
