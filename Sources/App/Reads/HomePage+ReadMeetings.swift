import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension HomePage {
    /// One row per meeting and student.
    struct WeekRow: Decodable, StudentReachRow {
        var id: UUID
        var type: MeetingType
        var state: MeetingState
        var starts_at: Date
        var length_minutes: Int
        var format: MeetingFormat
        var lead_id: UUID?
        var space_name: String?
        var student_id: UUID?
        var preferred_name: String?
        var legal_given_name: String?
        var legal_family_name: String?
        var school_id: UUID?
        var organisation_id: UUID?
        var year_group: Int?
        var has_special_needs: Bool?
        var is_linked: Bool
    }

    /// Someone invited from outside school, and whether they replied.
    struct InvitedRow: Decodable {
        var meeting_id: UUID
        var kind: ParticipantKind
        var replied: Bool
        var name: String?
        var family_id: UUID?
        var restriction: String?
        var contact_stopped_at: Date?
    }

    /// The meetings this person leads or takes part in as staff, starting between `from` and
    /// `to`, not cancelled, about students they may see; with who has replied.
    static func weekMeetings(
        for staff: StaffContext, from: Date, to: Date, on db: any SQLDatabase
    ) async throws -> [MeetingLine] {
        let scope = StudentDirectory.scope(for: staff)
        let me = try staff.user.requireID()
        let states: [any Encodable & Sendable] = MeetingLifecycle.states { !$0.isCancelled }.map(\.rawValue)
        let rows = try await db.raw(
            """
            SELECT m.id, m.type, m.state, m.starts_at, m.length_minutes, m.format, m.lead_id, sp.name AS space_name,
                \(WeekRow.studentColumns(linkedTo: me))
            FROM meetings m
            LEFT JOIN spaces sp ON sp.id = m.space_id
            LEFT JOIN meeting_students ms ON ms.meeting_id = m.id
            LEFT JOIN students st ON st.id = ms.student_id
            LEFT JOIN schools sc ON sc.id = st.school_id
            WHERE (m.lead_id = \(bind: me) OR m.id IN (SELECT meeting_id FROM meeting_participants
                    WHERE user_id = \(bind: me) AND kind = \(bind: ParticipantKind.staff.rawValue)))
                AND m.state IN (\(binds: states))
                AND m.starts_at >= \(bind: from) AND m.starts_at < \(bind: to)
            ORDER BY m.starts_at, m.id, st.legal_family_name, st.legal_given_name
            """
        ).all(decoding: WeekRow.self)
        var order: [UUID] = []
        var byMeeting: [UUID: [WeekRow]] = [:]
        for row in rows {
            if byMeeting[row.id] == nil { order.append(row.id) }
            byMeeting[row.id, default: []].append(row)
        }
        // Only meetings about students in the person's reach, as everywhere else on the page.
        let shown = order.compactMap { id -> [WeekRow]? in
            let rows = byMeeting[id]!
            return rows.allSatisfy { $0.isInReach(of: scope) } ? rows : nil
        }
        let invited = try await invitedPeople(of: shown.map { $0[0].id }, on: db)
        return shown.map { rows in
            let row = rows[0]
            let lifecycle = MeetingLifecycle(row.state)
            let people = invited[row.id] ?? []
            return MeetingLine(
                id: MeetingID(row.id), type: row.type,
                studentNames: rows.compactMap(\.studentName),
                startsAt: row.starts_at, lengthMinutes: row.length_minutes,
                place: row.format.needsRoom ? row.space_name : row.format.label, state: row.state,
                hasBeenShared: lifecycle.hasBeenShared, youLead: row.lead_id == me,
                replies: lifecycle.hasBeenShared
                    ? Replies(
                        received: people.filter(\.replied).count, invited: people.count,
                        waitingFor: people.filter { !$0.replied }.map { $0.name ?? "Someone invited" })
                    : nil)
        }
    }

    /// For each meeting, the people invited from outside school (family, the student,
    /// agencies) whom Roundtable may contact: staff do not reply to an invitation, and a person
    /// with a contact restriction was sent nothing to reply to (`ContactRule`).
    static func invitedPeople(of meetings: [UUID], on db: any SQLDatabase) async throws -> [UUID: [InvitedRow]] {
        guard !meetings.isEmpty else { return [:] }
        let ids: [any Encodable & Sendable] = meetings
        let rows = try await db.raw(
            """
            SELECT p.meeting_id, p.kind, r.id IS NOT NULL AS replied,
                COALESCE(f.given_name || ' ' || f.family_name,
                    COALESCE(s.preferred_name, s.legal_given_name) || ' ' || s.legal_family_name,
                    a.name) AS name,
                f.id AS family_id, f.restriction, f.contact_stopped_at
            FROM meeting_participants p
            LEFT JOIN participant_replies r ON r.participant_id = p.id
            LEFT JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN students s ON s.id = p.student_id
            LEFT JOIN agency_contacts a ON a.id = p.agency_contact_id
            WHERE p.meeting_id IN (\(binds: ids)) AND p.kind <> \(bind: ParticipantKind.staff.rawValue)
            ORDER BY p.created_at
            """
        ).all(decoding: InvitedRow.self)
        var result: [UUID: [InvitedRow]] = [:]
        for row in rows {
            // A family participant whose record is gone fails closed, as on the meeting page.
            let person: ContactRule.Person =
                row.kind != .family
                ? ContactRule.Person(kind: row.kind)
                : row.family_id == nil
                    ? .familyWithoutRecord : .family(restriction: row.restriction, stoppedAt: row.contact_stopped_at)
            guard ContactRule.contact(person) == nil else { continue }
            result[row.meeting_id, default: []].append(row)
        }
        return result
    }
}
