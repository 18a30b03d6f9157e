import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension ParticipantFollowThrough {
    /// This meeting's goals and actions as this participant may read them (`RecordVisibility`),
    /// where each stands now, and which actions are theirs: one query.
    static func read(
        meetingID: UUID, person: PersonRef?, viewer: RecordViewer, on db: any SQLDatabase
    ) async throws -> ParticipantFollowThrough {
        struct Row: Decodable {
            var entry_id: UUID
            var kind: RecordEntryKind
            var label: RecordLabel
            var text: String
            var status: String
            var due: Date?
            var mine: Bool
        }
        let family: UUID? = if case .family(let id) = person { id } else { nil }
        let student: UUID? = if case .student(let id) = person { id } else { nil }
        let rows = try await db.raw(
            """
            SELECT c.entry_id, c.kind, c.label, c.text, c.status, c.due,
                EXISTS (SELECT 1 FROM record_entry_owners o WHERE o.entry_id = c.entry_id
                    AND (o.family_member_id = \(bind: family) OR o.student_id = \(bind: student))) AS mine
            FROM follow_through_current c JOIN record_entries e ON e.id = c.entry_id
            WHERE c.meeting_id = \(bind: meetingID)
            ORDER BY e.created_at, e.id
            """
        ).all(decoding: Row.self)
        let visible = rows.filter {
            RecordVisibility.canSee(viewer, label: $0.kind.effectiveLabel($0.label), isAuthor: false)
        }
        return ParticipantFollowThrough(
            goals: visible.filter { $0.kind == .goal }.compactMap { row in
                GoalStatus(rawValue: row.status).map {
                    Goal(id: RecordEntryID(row.entry_id), what: row.text, status: $0, review: row.due)
                }
            },
            actions: visible.filter { $0.kind == .action && $0.mine }.compactMap { row in
                ActionStatus(rawValue: row.status).map {
                    Action(id: RecordEntryID(row.entry_id), what: row.text, status: $0, due: row.due)
                }
            })
    }
}

extension MeetingParticipant {
    /// Who they are beyond this meeting, as an owner of goals and actions.
    var person: PersonRef? {
        PersonRef(
            kind: kind, user: $user.id, family: $familyMember.id, student: $student.id, agency: $agencyContact.id)
    }
}
