import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Everyone taking part in a meeting, as the meeting page, the run pages and a participant's
/// own page read them: one query, each participant with their student, family, staff or
/// agency record, their reply and their words, and whether they hold parental responsibility
/// for one of the meeting's students.
enum MeetingPeopleRead {
    struct Row: Decodable, Sendable {
        var id: UUID
        var kind: ParticipantKind
        var role: String
        var user_id: UUID?
        var page_version: PageVersion?
        var presence: Presence?
        var interpreter_used: String?
        /// The part of the meeting they come for (`PartWindow`), minutes from the start.
        var joins_at_minute: Int?
        var leaves_at_minute: Int?
        /// Set when that part moved after sharing, until the change is told (`ChangeNotice`).
        var window_changed_at: Date?
        var student_id: UUID?
        var preferred_name: String?
        var legal_given_name: String?
        var legal_family_name: String?
        var date_of_birth: Date?
        var family_id: UUID?
        var given_name: String?
        var family_name: String?
        var needs_interpreter: Bool?
        var interpreter_language: String?
        var preferred_language: String?
        var accessibility_needs: String?
        var restriction: String?
        var contact_stopped_at: Date?
        var is_parent: Bool
        var user_name: String?
        var job_role: String?
        var agency_id: UUID?
        var agency_name: String?
        var agency: String?
        var reply_id: UUID?
        var attendance: ParticipantReplyForm.Attendance?
        var suitable_times: String?
        var reply_interpreter: String?
        var reply_access: String?
        var preferred_mode: String?
        var note: String?
        var contribution: String?
        var reply_updated: Date?
        var voice_id: UUID?
        var going_well: String?
        var worries: String?
        var hopes: String?
        var talk_about: String?
        var know_beforehand: String?
        var face: Int?
        var voice_updated: Date?

        /// How pages name them; a participant whose record is gone by what they were.
        var name: String {
            switch kind {
            case .student:
                legal_given_name.map { "\(preferred_name ?? $0) \(legal_family_name ?? "")" } ?? "Student"
            case .family: given_name.map { "\($0) \(family_name ?? "")" } ?? "Family member"
            case .staff: user_name ?? "Staff"
            case .agency: agency_name.map { "\($0), \(agency ?? "")" } ?? "Agency"
            }
        }

        var window: PartWindow? { PartWindow(from: joins_at_minute, until: leaves_at_minute) }

        /// Who they are beyond this meeting, to own a goal or an action; nil when their record is gone.
        var person: PersonRef? {
            PersonRef(kind: kind, user: user_id, family: family_id, student: student_id, agency: agency_id)
        }

        /// What `ContactRule` needs, from the family record read with the participant (a family
        /// participant without one fails closed).
        var contact: ContactRule.Person {
            guard kind == .family else { return ContactRule.Person(kind: kind) }
            guard family_id != nil else { return .familyWithoutRecord }
            return .family(restriction: restriction, stoppedAt: contact_stopped_at)
        }

        /// For family: the language the school knows they need an interpreter in.
        var interpreterNeeded: String? {
            guard family_id != nil, needs_interpreter == true else { return nil }
            return interpreter_language ?? preferred_language
        }

        /// For family: their access needs as the school recorded them.
        var accessNeeds: String? { family_id == nil ? nil : accessibility_needs }

        var hasReply: Bool { reply_id != nil }
        /// Whether they wrote anything before the meeting (and the viewer may read it).
        var hasWords: Bool { voice_id != nil }
    }

    /// Students first, then family (parents first), agencies and staff, each in the order
    /// they were added. What families and students wrote for the people at the meeting (a
    /// reply's note, contribution, the times that suit them and what helps them take part,
    /// their words before the meeting) is kept only for a viewer `RecordVisibility` lets read
    /// it; for anyone else it stays empty.
    static func read(_ meetingID: UUID, for viewer: RecordViewer, on db: any SQLDatabase) async throws -> [Row] {
        let rows = try await db.raw(
            """
            SELECT p.id, p.kind, p.role, p.user_id, p.page_version, p.presence, p.interpreter_used,
                p.joins_at_minute, p.leaves_at_minute, p.window_changed_at,
                s.id AS student_id, s.preferred_name, s.legal_given_name, s.legal_family_name, s.date_of_birth,
                f.id AS family_id, f.given_name, f.family_name, f.needs_interpreter, f.interpreter_language,
                f.preferred_language, f.accessibility_needs, f.restriction, f.contact_stopped_at,
                EXISTS (SELECT 1 FROM student_family_links l JOIN meeting_students ms ON ms.student_id = l.student_id
                    WHERE ms.meeting_id = p.meeting_id AND l.family_member_id = p.family_member_id
                    AND l.has_parental_responsibility) AS is_parent,
                u.name AS user_name, u.job_role, a.id AS agency_id, a.name AS agency_name, a.agency,
                r.id AS reply_id, r.attendance, r.suitable_times, r.interpreter_language AS reply_interpreter,
                r.access_needs AS reply_access, r.preferred_mode, r.note, r.contribution, r.updated_at AS reply_updated,
                v.id AS voice_id, v.going_well, v.worries, v.hopes, v.talk_about, v.know_beforehand, v.face,
                v.updated_at AS voice_updated
            FROM meeting_participants p
            LEFT JOIN students s ON s.id = p.student_id
            LEFT JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN users u ON u.id = p.user_id
            LEFT JOIN agency_contacts a ON a.id = p.agency_contact_id
            LEFT JOIN participant_replies r ON r.participant_id = p.id
            LEFT JOIN participant_voices v ON v.participant_id = p.id
            WHERE p.meeting_id = \(bind: meetingID)
            ORDER BY p.created_at
            """
        ).all(decoding: Row.self)
        let order: [ParticipantKind] = [.student, .family, .agency, .staff]
        // The position read breaks ties (Swift does not promise a stable sort): each group keeps the order added.
        return rows.enumerated().sorted {
            (order.firstIndex(of: $0.element.kind)!, $0.element.is_parent ? 0 : 1, $0.offset)
                < (order.firstIndex(of: $1.element.kind)!, $1.element.is_parent ? 0 : 1, $1.offset)
        }.map { $0.element.readBy(viewer) }
    }
}

extension MeetingPeopleRead.Row {
    /// The row as `viewer` may read it: each part of a reply as `RecordVisibility.canRead`
    /// says, their words before the meeting only where their words go.
    fileprivate func readBy(_ viewer: RecordViewer) -> Self {
        var row = self
        let may = { (part: ReplyPart) in RecordVisibility.canRead(part, viewer) }
        if !may(.attendance) { row.attendance = nil }
        if !may(.suitableTimes) { row.suitable_times = nil }
        if !may(.interpreterLanguage) { row.reply_interpreter = nil }
        if !may(.preferredMode) { row.preferred_mode = nil }
        if !may(.accessNeeds) { row.reply_access = nil }
        if !may(.note) { row.note = nil }
        if !may(.contribution) { row.contribution = nil }
        if !RecordVisibility.canReadParticipantWords(viewer) {
            row.voice_id = nil
            row.going_well = nil
            row.worries = nil
            row.hopes = nil
            row.talk_about = nil
            row.know_beforehand = nil
            row.face = nil
            row.voice_updated = nil
        }
        return row
    }
}
