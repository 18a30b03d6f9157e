import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// How participants felt a meeting went: their answers, saved once however many presses
/// arrive together, and changeable for as long as `FeedbackRule` says.
enum FeedbackAnswers {
    /// One participant's stored answer.
    struct Stored: Sendable {
        var scale: FeedbackScale
        var better: String?
        var totals_only: Bool
        var saves: Int
        var created_at: Date
        var scores: [FeedbackQuestion: Int]

        /// From a row of `feedback_answers` (every column).
        init(_ row: any SQLRow) throws {
            struct Columns: Decodable {
                var scale: FeedbackScale
                var better: String?
                var totals_only: Bool
                var saves: Int
                var created_at: Date
            }
            let columns = try row.decode(model: Columns.self)
            scale = columns.scale
            better = columns.better
            totals_only = columns.totals_only
            saves = columns.saves
            created_at = columns.created_at
            scores = try row.feedbackScores()
        }

        func mayChange(at now: Date) -> Bool {
            FeedbackRule.mayAnswer(firstAnsweredAt: created_at, saves: saves, now: now)
        }

        /// The answer as the form shows it again.
        var form: FeedbackForm {
            FeedbackForm(
                scores: scores.mapValues(String.init), better: better ?? "", totalsOnly: totals_only)
        }
    }

    static func current(participantID: UUID, on db: any SQLDatabase) async throws -> Stored? {
        try await db.select().column(SQLLiteral.all).from(FeedbackAnswer.schema)
            .where("participant_id", .equal, participantID).first().map(Stored.init)
    }

    enum Outcome: Equatable {
        /// Saved: the first answer, or a change to it.
        case saved(first: Bool)
        /// The same answer sent again (a double press): nothing written.
        case unchanged
        /// The week to change it is over, or it was saved too many times.
        case locked
    }

    /// Saves one participant's answer. The first is one `INSERT … ON CONFLICT DO NOTHING`, so
    /// of two first answers at once one is written; a change is one conditional `UPDATE` that
    /// writes only when something differs, so a double press writes once. Each write is
    /// audited without its content.
    static func save(
        _ answer: FeedbackForm.Checked, scale: FeedbackScale, participant: MeetingParticipant, meeting: Meeting,
        context: AuditContext, now: Date, on db: any Database
    ) async throws -> Outcome {
        let participantID = try participant.requireID()
        let meetingID = try meeting.requireID()
        let questions = FeedbackQuestion.allCases
        let values = questions.map { question in scale.questions.contains(question) ? answer.scores[question] : nil }
        return try await db.transaction { db in
            let sql = try db.sql()
            var insert = SQLQueryString(
                "INSERT INTO feedback_answers (id, meeting_id, participant_id, scale, ")
            insert.appendLiteral(questions.map(\.field).joined(separator: ", "))
            insert.appendLiteral(", better, totals_only, saves, created_at, updated_at) VALUES (")
            insert.appendInterpolation(bind: UUID())
            insert.appendLiteral(", ")
            insert.appendInterpolation(bind: meetingID)
            insert.appendLiteral(", ")
            insert.appendInterpolation(bind: participantID)
            insert.appendLiteral(", ")
            insert.appendInterpolation(bind: scale.rawValue)
            for value in values {
                insert.appendLiteral(", ")
                insert.appendInterpolation(bind: value)
            }
            insert.appendLiteral(", ")
            insert.appendInterpolation(bind: answer.better)
            insert.appendLiteral(", ")
            insert.appendInterpolation(bind: answer.totalsOnly)
            insert.appendLiteral(", 1, ")
            insert.appendInterpolation(bind: now)
            insert.appendLiteral(", ")
            insert.appendInterpolation(bind: now)
            insert.appendLiteral(") ON CONFLICT (participant_id) DO NOTHING RETURNING id")
            let written = FeedbackAlerts.Answer(
                scale: scale, scores: answer.scores.filter { scale.questions.contains($0.key) },
                totalsOnly: answer.totalsOnly)
            if try await sql.raw(insert).first() != nil {
                try await audit(.feedbackGiven, participant, meeting, context: context, on: db)
                try await FeedbackAlertStore.raise(
                    for: written, participant: participant, meeting: meeting, now: now, on: sql)
                return .saved(first: true)
            }
            guard let stored = try await current(participantID: participantID, on: sql), stored.mayChange(at: now)
            else {
                return .locked
            }
            var update = SQLQueryString("UPDATE feedback_answers SET ")
            for (question, value) in zip(questions, values) {
                update.appendLiteral(question.field + " = ")
                update.appendInterpolation(bind: value)
                update.appendLiteral(", ")
            }
            update.appendLiteral("better = ")
            update.appendInterpolation(bind: answer.better)
            update.appendLiteral(", totals_only = ")
            update.appendInterpolation(bind: answer.totalsOnly)
            update.appendLiteral(", saves = saves + 1, updated_at = ")
            update.appendInterpolation(bind: now)
            update.appendLiteral(" WHERE participant_id = ")
            update.appendInterpolation(bind: participantID)
            update.appendLiteral(" AND saves < ")
            update.appendInterpolation(bind: FeedbackRule.maxSaves)
            // Only when something differs: a second press of the same answer writes nothing.
            update.appendLiteral(" AND (")
            for (question, value) in zip(questions, values) {
                update.appendLiteral("COALESCE(\(question.field), -1) <> ")
                update.appendInterpolation(bind: value ?? -1)
                update.appendLiteral(" OR ")
            }
            update.appendLiteral("COALESCE(better, '') <> ")
            update.appendInterpolation(bind: answer.better ?? "")
            update.appendLiteral(" OR totals_only <> ")
            update.appendInterpolation(bind: answer.totalsOnly)
            update.appendLiteral(") RETURNING id")
            guard try await sql.raw(update).first() != nil else { return .unchanged }
            try await audit(.feedbackChanged, participant, meeting, context: context, on: db)
            try await FeedbackAlertStore.raise(
                for: written, participant: participant, meeting: meeting, now: now, on: sql)
            return .saved(first: false)
        }
    }

    private static func audit(
        _ action: AuditAction, _ participant: MeetingParticipant, _ meeting: Meeting, context: AuditContext,
        on db: any Database
    ) async throws {
        // The role only ("Mother", "Student"): what they answered stays out of the log.
        try await AuditLog.record(
            action, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
            subjectID: meeting.id, summary: participant.role)
    }
}
