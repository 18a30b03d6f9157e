import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The goals and actions a follow-up or a review carries in from earlier meetings about the
/// same students (Core's `CarriedIn`): those still open, all of the meeting it follows, and
/// any said about since this one was planned (so a tap during the meeting does not make a line
/// vanish). Two indexed reads: the entries with where they stand, and the people of each meeting.
enum CarriedRead {
    /// The meeting the lines are carried into, as plain values.
    struct Into: Sendable {
        var id: UUID
        var type: MeetingType
        var followUpOf: UUID?
        var startedAt: Date?
        var createdAt: Date?

        init(id: UUID, type: MeetingType, followUpOf: UUID?, startedAt: Date?, createdAt: Date?) {
            self.id = id
            self.type = type
            self.followUpOf = followUpOf
            self.startedAt = startedAt
            self.createdAt = createdAt
        }

        init(_ meeting: Meeting) throws {
            id = try meeting.requireID()
            type = meeting.type
            followUpOf = meeting.$followUpOf.id
            startedAt = meeting.startedAt
            createdAt = meeting.createdAt
        }
    }

    private struct Row: Decodable {
        var entry_id: UUID
        var meeting_id: UUID
        var kind: RecordEntryKind
        var label: RecordLabel
        var text: String
        var author_id: UUID?
        var status: String
        var due: Date?
        var owners: String?
        var held_at: Date?
        var shared_here: Bool
    }

    private struct PersonRow: Decodable, PersonColumns {
        var meeting_id: UUID
        var kind: ParticipantKind
        var user_id: UUID?
        var family_member_id: UUID?
        var student_id: UUID?
        var agency_contact_id: UUID?
    }

    /// What `viewer` may read of the lines carried into `meeting`, oldest meeting first, goals
    /// before actions. `only` narrows to one entry (to check a form names a carried line).
    static func lines(
        into meeting: Into, viewer: RecordViewer, userID: UUID?, only entryID: UUID? = nil, on db: any SQLDatabase
    ) async throws -> [CarriedLine] {
        guard CarriedIn.applies(to: meeting.type, isFollowUp: meeting.followUpOf != nil) else { return [] }
        let settled: [any Encodable & Sendable] = GoalStatus.allCases.filter(\.isSettled).map(\.rawValue)
        // Held before this one started (any time, while it is only planned).
        let before: SQLQueryString = meeting.startedAt.map { " AND src.closed_at <= \(bind: $0)" } ?? ""
        let one: SQLQueryString = entryID.map { " AND ft.entry_id = \(bind: $0)" } ?? ""
        let since = meeting.createdAt ?? .distantFuture
        let rows = try await db.raw(
            """
            SELECT ft.entry_id, ft.meeting_id, ft.kind, ft.label, ft.text, ft.author_id, ft.status, ft.due,
                e.owners, COALESCE(src.started_at, src.starts_at) AS held_at,
                EXISTS (SELECT 1 FROM carried_shares cs WHERE cs.meeting_id = \(bind: meeting.id)
                    AND cs.entry_id = ft.entry_id) AS shared_here
            FROM follow_through_current ft
            JOIN record_entries e ON e.id = ft.entry_id
            JOIN meetings src ON src.id = ft.meeting_id
            WHERE src.id <> \(bind: meeting.id) AND src.closed_at IS NOT NULL\(before)\(one)
                AND src.id IN (SELECT o.meeting_id FROM meeting_students o WHERE o.student_id IN
                    (SELECT h.student_id FROM meeting_students h WHERE h.meeting_id = \(bind: meeting.id)))
                AND ((ft.kind = 'action' AND ft.status = 'open')
                    OR (ft.kind = 'goal' AND ft.status NOT IN (\(binds: settled)))
                    OR src.id = \(bind: meeting.followUpOf ?? meeting.id)
                    OR EXISTS (SELECT 1 FROM action_status_updates a WHERE a.entry_id = ft.entry_id
                        AND a.at >= \(bind: since))
                    OR EXISTS (SELECT 1 FROM goal_progress_updates g WHERE g.entry_id = ft.entry_id
                        AND g.at >= \(bind: since)))
            ORDER BY held_at, src.id, ft.kind DESC, e.created_at, e.id
            """
        ).all(decoding: Row.self)
        guard !rows.isEmpty else { return [] }

        let meetingIDs = Array(Set(rows.map(\.meeting_id)) + [meeting.id])
        let ids: [any Encodable & Sendable] = meetingIDs
        let people = try await db.raw(
            """
            SELECT meeting_id, kind, user_id, family_member_id, student_id, agency_contact_id
            FROM meeting_participants WHERE meeting_id IN (\(binds: ids))
            """
        ).all(decoding: PersonRow.self)
        var byMeeting: [UUID: Set<PersonRef>] = [:]
        for row in people {
            guard let person = row.person else { continue }
            byMeeting[row.meeting_id, default: []].insert(person)
        }
        let here = byMeeting[meeting.id] ?? []
        return rows.compactMap { row in
            guard
                RecordVisibility.canSee(
                    viewer, kind: row.kind, label: row.label, isAuthor: userID != nil && row.author_id == userID)
            else { return nil }
            let showing = CarriedIn.showing(
                kind: row.kind, label: row.label, earlier: byMeeting[row.meeting_id] ?? [], here: here,
                sharedHere: row.shared_here)
            guard CarriedIn.mayRead(viewer, showing) else { return nil }
            let status: CarriedLine.Status =
                row.kind == .goal
                ? .goal(GoalStatus(rawValue: row.status) ?? GoalStatus.initial)
                : .action(ActionStatus(rawValue: row.status) ?? .open)
            return CarriedLine(
                id: RecordEntryID(row.entry_id), meetingID: MeetingID(row.meeting_id), heldAt: row.held_at,
                text: row.text, owners: row.owners, status: status, due: row.due, showing: showing)
        }
    }
}
