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

    var ref: MeetingRef {
        MeetingRef(
            school: SchoolRef(id: school_id, organisationID: organisation_id), createdBy: created_by_id,
            leadID: lead_id)
    }

    static func read(_ id: UUID, on db: any SQLDatabase) async throws -> ScreenHead? {
        try await db.raw(
            """
            SELECT m.id, m.school_id, s.organisation_id, m.created_by_id, m.lead_id, m.run_revision, m.purpose, m.state
            FROM meetings m JOIN schools s ON s.id = m.school_id WHERE m.id = \(bind: id)
            """
        ).first(decoding: ScreenHead.self)
    }
}

extension SharedScreen {
    /// The fragment: agenda, shared entries (`RecordVisibility` for the shared screen) and the
    /// students' first names, in one `UNION ALL` read.
    static func read(_ head: ScreenHead, on db: any SQLDatabase) async throws -> SharedScreen {
        let run = try await RunRead.run(
            of: head.id, parts: [.items, .entries, .students], viewer: .sharedScreen, userID: nil, on: db)
        let lifecycle = MeetingLifecycle(head.state)
        return SharedScreen(
            meetingID: MeetingID(head.id), revision: head.run_revision,
            names: run.studentFirstNames.joined(separator: " and "), purpose: head.purpose,
            isRunning: lifecycle.isRunning, isHeld: lifecycle.isHeld, items: run.items, entries: run.entries)
    }
}
