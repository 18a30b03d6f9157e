import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// How the actions agreed at a meeting went, said after it by staff who may change the meeting.
enum ActionStatuses {
    /// The action, if it is one of this meeting's that the viewer may read ("not found"
    /// otherwise), in a meeting that is over (`MeetingAction.followThrough`).
    static func action(_ entryID: UUID, in context: MeetingContext, on db: any Database) async throws -> RecordEntry {
        let meeting = context.meeting
        let entry = try await MeetingRecord.entry(
            entryID, in: meeting, for: context.viewer, userID: context.staff.user.id, on: db)
        guard entry.kind == .action else { throw AppError.notFound }
        guard meeting.lifecycle.allows(.followThrough) else {
            throw AppError.badRequest("How an action went is said once the meeting is over.")
        }
        return entry
    }

    /// Where the action stands now: the last thing said about it, or open.
    static func current(of entryID: UUID, on db: any Database) async throws -> ActionStatus {
        try await ActionStatusUpdate.query(on: db).filter(\.$entry.$id == entryID).sort(\.$at, .descending)
            .sort(\.$id, .descending).first()?.status ?? .open
    }

    /// Adds a line to the action's history and audits it.
    static func record(
        _ checked: ActionStatusForm.Checked, for entry: RecordEntry, in context: MeetingContext, audit: AuditContext,
        now: Date, on db: any Database
    ) async throws {
        let meeting = context.meeting
        let userID = try context.staff.user.requireID()
        let update = ActionStatusUpdate()
        update.$entry.id = try entry.requireID()
        update.status = checked.status
        update.note = checked.note
        update.$by.id = userID
        update.at = now
        try await db.transaction { db in
            try await update.create(on: db)
            try await AuditLog.record(
                .actionStatusRecorded, on: db, context: audit, schoolID: meeting.$school.id, subjectType: "meeting",
                subjectID: meeting.id, summary: checked.status.label)
        }
    }

    /// Every line said about these actions, oldest first, with who said it.
    struct Line: Decodable, Sendable {
        var entry_id: UUID
        var status: String
        var note: String?
        var by_name: String?
        var at: Date
    }

    static func lines(of entryIDs: [UUID], on db: any SQLDatabase) async throws -> [Line] {
        guard !entryIDs.isEmpty else { return [] }
        let ids: [any Encodable & Sendable] = entryIDs
        return try await db.raw(
            """
            SELECT a.entry_id, a.status, a.note, u.name AS by_name, a.at
            FROM action_status_updates a LEFT JOIN users u ON u.id = a.by_id
            WHERE a.entry_id IN (\(binds: ids)) ORDER BY a.at, a.id
            """
        ).all(decoding: Line.self)
    }
}
