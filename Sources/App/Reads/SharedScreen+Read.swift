import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// What the shared screen's poll needs to know of a meeting before anything else: who may see
/// it, and its run revision. One indexed read, with no model reflection, asked every second.
struct ScreenHead: Decodable, Sendable {
    var id: UUID
    var school_id: UUID
    var organisation_id: UUID
    var created_by_id: UUID
    var lead_id: UUID?
    var run_revision: Int
    var purpose: String
    var state: MeetingState
    var type: MeetingType
    var follow_up_of_id: UUID?
    var started_at: Date?
    var created_at: Date?

    var ref: MeetingRef {
        MeetingRef(
            school: SchoolRef(id: school_id, organisationID: organisation_id), createdBy: created_by_id,
            leadID: lead_id)
    }

    static func read(_ id: UUID, on db: any SQLDatabase) async throws -> ScreenHead? {
        try await db.raw(
            """
            SELECT m.id, m.school_id, s.organisation_id, m.created_by_id, m.lead_id, m.run_revision, m.purpose, m.state,
                m.type, m.follow_up_of_id, m.started_at, m.created_at
            FROM meetings m JOIN schools s ON s.id = m.school_id WHERE m.id = \(bind: id)
            """
        ).first(decoding: ScreenHead.self)
    }
}

extension SharedScreen {
    /// The fragment: agenda, shared entries (`RecordVisibility` for the shared screen) and the
    /// students' first names, in one `UNION ALL` read; for a follow-up or a review, the goals
    /// and actions it carries in that everyone in the room may read (`CarriedRead`).
    static func read(_ head: ScreenHead, on db: any SQLDatabase) async throws -> SharedScreen {
        let run = try await RunRead.run(
            of: head.id, parts: [.items, .entries, .students], viewer: .sharedScreen, userID: nil, on: db)
        let lifecycle = MeetingLifecycle(head.state)
        let carried = try await CarriedRead.lines(
            into: .init(
                id: head.id, type: head.type, followUpOf: head.follow_up_of_id, startedAt: head.started_at,
                createdAt: head.created_at), viewer: .sharedScreen, userID: nil, on: db)
        return SharedScreen(
            meetingID: MeetingID(head.id), revision: head.run_revision,
            names: run.studentFirstNames.joined(separator: " and "), purpose: head.purpose,
            isRunning: lifecycle.isRunning, isHeld: lifecycle.isHeld, items: run.items, entries: run.entries,
            carried: carried)
    }
}
