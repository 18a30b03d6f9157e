import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// Staff's own reflections after a meeting: one per person per meeting, saved with one
/// statement however many presses arrive together, read back only by its author
/// (`StaffReflectionRule.maySee`: every read here is by the author's own id).
enum StaffReflections {
    /// One person's stored reflection.
    struct Stored: Decodable, Sendable {
        var user_id: UUID
        var went_well: String?
        var boundaries_held: String?
        var every_voice: String?
        var do_differently: String?
        var updated_at: Date
        /// From the same row (`FeedbackColumns`).
        var scores: [FeedbackQuestion: Int] = [:]

        private enum CodingKeys: String, CodingKey {
            case user_id, went_well, boundaries_held, every_voice, do_differently, updated_at
        }

        var answers: [StaffReflectionPrompt: String] {
            let all: [StaffReflectionPrompt: String?] = [
                .wentWell: went_well, .boundaries: boundaries_held, .voices: every_voice, .differently: do_differently,
            ]
            return all.compactMapValues { $0 }
        }

        /// The reflection as the form shows it again.
        var form: StaffReflectionForm {
            StaffReflectionForm(scores: scores.mapValues(String.init), answers: answers)
        }
    }

    /// The viewer's own reflection on a meeting: the only way one is read, by their own id, and
    /// kept only if Core agrees they wrote it.
    static func own(meetingID: UUID, viewer: Actor, on db: any SQLDatabase) async throws -> Stored? {
        let stored = try await db.select().column(SQLLiteral.all).from(StaffReflection.schema)
            .where("meeting_id", .equal, meetingID).where("user_id", .equal, viewer.userID)
            .first().map { row in
                var stored = try row.decode(model: Stored.self)
                stored.scores = try row.feedbackScores()
                return stored
            }
        return stored.flatMap { StaffReflectionRule.maySee(author: $0.user_id, viewer: viewer) ? $0 : nil }
    }

    /// How the person was marked on each of their places in the meeting (none: not invited),
    /// for `StaffReflectionRule.isAsked`.
    static func presences(meetingID: UUID, userID: UUID, on db: any SQLDatabase) async throws -> [Presence?] {
        struct Row: Decodable { var presence: Presence? }
        return try await db.select().column("presence").from(MeetingParticipant.schema)
            .where("meeting_id", .equal, meetingID).where("user_id", .equal, userID)
            .all(decoding: Row.self).map(\.presence)
    }

    /// Saves the author's reflection with one `INSERT … ON CONFLICT DO UPDATE` that changes the
    /// row only when something differs: two saves at once write one row, a double press writes
    /// once. Audited without its content.
    static func save(
        _ reflection: StaffReflectionForm.Checked, meeting: Meeting, author: UUID, context: AuditContext, now: Date,
        on db: any Database
    ) async throws {
        let meetingID = try meeting.requireID()
        let columns =
            StaffReflectionPrompt.allCases.map(\.field) + FeedbackQuestion.allCases.map(\.field)
        let words: [any Encodable & Sendable] = StaffReflectionPrompt.allCases.map { reflection.answers[$0] }
        let scores: [any Encodable & Sendable] = FeedbackQuestion.allCases.map { reflection.scores[$0] }
        let values = words + scores
        try await db.transaction { db in
            var sql = SQLQueryString("INSERT INTO staff_reflections (id, meeting_id, user_id, ")
            sql.appendLiteral(columns.joined(separator: ", "))
            sql.appendLiteral(", created_at, updated_at) VALUES (")
            sql.appendInterpolation(bind: UUID())
            sql.appendLiteral(", ")
            sql.appendInterpolation(bind: meetingID)
            sql.appendLiteral(", ")
            sql.appendInterpolation(bind: author)
            for value in values {
                sql.appendLiteral(", ")
                sql.appendInterpolation(bind: value)
            }
            sql.appendLiteral(", ")
            sql.appendInterpolation(bind: now)
            sql.appendLiteral(", ")
            sql.appendInterpolation(bind: now)
            sql.appendLiteral(") ON CONFLICT (meeting_id, user_id) DO UPDATE SET ")
            sql.appendLiteral(
                (columns + ["updated_at"]).map { "\($0) = excluded.\($0)" }.joined(separator: ", "))
            // Only when something differs: a second press of the same words writes nothing.
            sql.appendLiteral(" WHERE ")
            let differs = StaffReflectionPrompt.allCases.map {
                "COALESCE(staff_reflections.\($0.field), '') <> COALESCE(excluded.\($0.field), '')"
            }
            let scoreDiffers = FeedbackQuestion.allCases.map {
                "COALESCE(staff_reflections.\($0.field), -1) <> COALESCE(excluded.\($0.field), -1)"
            }
            sql.appendLiteral((differs + scoreDiffers).joined(separator: " OR "))
            sql.appendLiteral(" RETURNING id")
            guard try await db.sql().raw(sql).first() != nil else { return }
            // The meeting only: who wrote it is the actor, what it says stays out of the log.
            try await AuditLog.record(
                .staffReflectionSaved, on: db, context: context, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meetingID, summary: meeting.type.label)
        }
    }
}
