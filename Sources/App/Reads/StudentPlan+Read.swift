import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// How the signed-in person reads one of a student's meetings: whether they may open it
/// (`Permission.viewMeeting`, as the student's page lists meetings) and, if so, as which
/// `RecordViewer` (the same question `visibleMeeting` asks for the record page).
struct StudentMeetingAccess: Decodable {
    var schoolId: UUID
    var createdById: UUID
    var leadId: UUID?
    var takesPart: Bool

    /// `nil` when the person may not open the meeting.
    func viewer(for actor: Actor, organisationID: UUID) -> RecordViewer? {
        let ref = MeetingRef(
            school: SchoolRef(id: schoolId, organisationID: organisationID), createdBy: createdById, leadID: leadId)
        guard AccessPolicy.allows(actor, .viewMeeting(ref, seesAllStudents: true, takesPart: takesPart)) else {
            return nil
        }
        return .staff(
            isLeadOrOwner: AccessPolicy.isOwnerOrLead(actor, ref), isLeader: actor.role >= .schoolLeader,
            takesPart: takesPart)
    }
}

extension StudentProfilePage {
    /// The student's plan in one query: each goal not settled and each action still open
    /// (where it stands from `follow_through_current`), with its meeting's access facts and
    /// one row per owner named as a person. Rows the viewer may not read (a colleague's private
    /// entry; a meeting they may not open) are dropped here, by Core's rules.
    static func plan(
        of id: StudentID, organisationID: UUID, for actor: Actor, on db: any SQLDatabase
    ) async throws -> [PlanItem] {
        struct Row: Decodable {
            var entryId: UUID
            var meetingId: UUID
            var kind: RecordEntryKind
            var label: RecordLabel
            var text: String
            var authorId: UUID?
            var status: String
            var due: Date?
            var ownerText: String?
            var meetingType: MeetingType
            var meetingDate: Date?
            var schoolId: UUID
            var createdById: UUID
            var leadId: UUID?
            var takesPart: Bool
            var ownerName: String?
        }
        let openGoals = GoalStatus.allCases.filter { !$0.isSettled }.map(\.rawValue)
        let openActions = ActionStatus.allCases.filter { !$0.isSettled }.map(\.rawValue)
        let rows = try await db.raw(
            """
            SELECT f.entry_id, f.meeting_id, f.kind, f.label, f.text, f.author_id, f.status, f.due,
                e.owners AS owner_text, m.type AS meeting_type, COALESCE(m.started_at, m.starts_at) AS meeting_date,
                m.school_id, m.created_by_id, m.lead_id,
                EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id
                    AND p.user_id = \(bind: actor.userID)) AS takes_part,
                COALESCE(u.name, fm.given_name || ' ' || fm.family_name,
                    COALESCE(st.preferred_name, st.legal_given_name) || ' ' || st.legal_family_name,
                    ac.name) AS owner_name
            FROM meeting_students ms
            JOIN meetings m ON m.id = ms.meeting_id
            JOIN follow_through_current f ON f.meeting_id = m.id
            JOIN record_entries e ON e.id = f.entry_id
            LEFT JOIN record_entry_owners o ON o.entry_id = f.entry_id
            LEFT JOIN users u ON u.id = o.user_id
            LEFT JOIN family_members fm ON fm.id = o.family_member_id
            LEFT JOIN students st ON st.id = o.student_id
            LEFT JOIN agency_contacts ac ON ac.id = o.agency_contact_id
            WHERE ms.student_id = \(bind: id.rawValue)
                AND ((f.kind = \(bind: RecordEntryKind.goal.rawValue) AND f.status IN (\(binds: openGoals)))
                    OR (f.kind = \(bind: RecordEntryKind.action.rawValue) AND f.status IN (\(binds: openActions))))
            ORDER BY e.created_at, f.entry_id, o.id
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        var items: [PlanItem] = []
        var index: [UUID: Int] = [:]
        for row in rows {
            if let at = index[row.entryId] {
                if let name = row.ownerName { items[at].owners.append(name) }
                continue
            }
            let access = StudentMeetingAccess(
                schoolId: row.schoolId, createdById: row.createdById, leadId: row.leadId, takesPart: row.takesPart)
            guard let viewer = access.viewer(for: actor, organisationID: organisationID),
                RecordVisibility.canSee(
                    viewer, kind: row.kind, label: row.label, isAuthor: row.authorId == actor.userID)
            else { continue }
            let status: PlanStatus
            switch row.kind {
            case .goal: status = .goal(GoalStatus(rawValue: row.status) ?? .initial)
            case .action: status = .action(ActionStatus(rawValue: row.status) ?? .open)
            default: continue
            }
            index[row.entryId] = items.count
            items.append(
                PlanItem(
                    id: RecordEntryID(row.entryId), meetingID: MeetingID(row.meetingId), meetingType: row.meetingType,
                    meetingDate: row.meetingDate, status: status, text: row.text,
                    label: row.kind.effectiveLabel(row.label),
                    owners: row.ownerName.map { [$0] } ?? [], due: row.due))
            // Older entries name their owners only in words.
            if row.ownerName == nil, let words = row.ownerText, !words.isEmpty {
                items[items.count - 1].owners = [words]
            }
        }
        // Soonest date first; undated ones after, in the order they were agreed.
        return items.enumerated().sorted { a, b in
            switch (a.element.due, b.element.due) {
            case (let x?, let y?): x == y ? a.offset < b.offset : x < y
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.offset < b.offset
            }
        }.map(\.element)
    }
}
