import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension MeetingPage {
    /// One person as the page shows them, with what the checks around the page need.
    struct ReadPerson {
        var person: Person
        var userID: UUID?
        var isParent: Bool
        /// For family: the language code of their record (the invitation's languages).
        var preferredLanguage: String?
        /// What `ContactRule` needs, from the family record read with the participant.
        var contact: ContactRule.Person
        var attendee: Meetings.Attendee
    }

    struct PersonRow: Decodable {
        var id: UUID
        var kind: ParticipantKind
        var role: String
        var user_id: UUID?
        var page_version: PageVersion?
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
    }

    /// The meeting's people in one query: each participant with their student, family, staff
    /// or agency record, their reply and their words. Students first, then family (those with
    /// parental responsibility for one of the meeting's students first), agencies, staff.
    static func readPeople(
        _ meetingID: UUID, viewer: RecordViewer, lastViewed: Date?, on db: any SQLDatabase
    ) async throws -> [ReadPerson] {
        let rows = try await db.raw(
            """
            SELECT p.id, p.kind, p.role, p.user_id, p.page_version,
                s.id AS student_id, s.preferred_name, s.legal_given_name, s.legal_family_name, s.date_of_birth,
                f.id AS family_id, f.given_name, f.family_name, f.needs_interpreter, f.interpreter_language,
                f.preferred_language, f.accessibility_needs, f.restriction, f.contact_stopped_at,
                EXISTS (SELECT 1 FROM student_family_links l JOIN meeting_students ms ON ms.student_id = l.student_id
                    WHERE ms.meeting_id = p.meeting_id AND l.family_member_id = p.family_member_id
                    AND l.has_parental_responsibility) AS is_parent,
                u.name AS user_name, a.name AS agency_name, a.agency,
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
        ).all(decoding: PersonRow.self)
        let readsWords = RecordVisibility.canReadParticipantWords(viewer)
        let isNew = { (date: Date?) -> Bool in
            guard let lastViewed, let date else { return false }
            return date > lastViewed
        }
        let people = rows.map { row -> ReadPerson in
            var name: String
            var interpreter: String?
            var accessNeeds: String?
            var age: Int?
            var preferredLanguage: String?
            var contact = ContactRule.Person(kind: row.kind)
            switch row.kind {
            case .student:
                name = "Student"
                if let given = row.legal_given_name, let family = row.legal_family_name, row.student_id != nil {
                    name = "\(row.preferred_name ?? given) \(family)"
                    age = row.date_of_birth.map(Meetings.age)
                }
            case .family:
                name = "Family member"
                // A family participant whose record is missing counts as restricted: the rule fails closed.
                contact = ContactRule.Person(kind: .family, restricted: true)
                if row.family_id != nil, let given = row.given_name, let family = row.family_name {
                    name = "\(given) \(family)"
                    interpreter =
                        row.needs_interpreter == true ? (row.interpreter_language ?? row.preferred_language) : nil
                    accessNeeds = row.accessibility_needs
                    preferredLanguage = row.preferred_language
                    contact = ContactRule.Person(
                        kind: .family, restricted: FamilyMember.isRestriction(row.restriction),
                        stoppedAt: row.contact_stopped_at)
                }
            case .staff:
                name = row.user_name ?? "Staff"
            case .agency:
                name = row.agency_name.map { "\($0), \(row.agency ?? "")" } ?? "Agency"
            }
            let reply =
                row.reply_id == nil
                ? nil
                : row.attendance.map { attendance in
                    Reply(
                        attendance: attendance, updatedAt: row.reply_updated, isNew: isNew(row.reply_updated),
                        suitableTimes: row.suitable_times,
                        interpreterLanguage: row.reply_interpreter.map { LanguageName.of($0) },
                        preferredMode: row.preferred_mode.flatMap(MeetingMode.init(rawValue:))?.label,
                        accessNeeds: row.reply_access,
                        // Their own words are only for the people at the meeting.
                        note: readsWords ? row.note : nil, contribution: readsWords ? row.contribution : nil)
                }
            let voice =
                row.voice_id == nil || !readsWords
                ? nil
                : ParticipantVoiceSummary.Words(
                    face: row.face, goingWell: row.going_well, worries: row.worries, hopes: row.hopes,
                    talkAbout: row.talk_about, knowBeforehand: row.know_beforehand, isNew: isNew(row.voice_updated))
            return ReadPerson(
                person: Person(
                    id: ParticipantID(row.id), kind: row.kind, name: name, role: row.role,
                    isContactRestricted: ContactRule.contact(contact) != nil,
                    interpreterLanguage: interpreter.map { LanguageName.of($0) }, accessNeeds: accessNeeds,
                    pageVersion: row.page_version, reply: reply, voice: voice),
                userID: row.user_id, isParent: row.is_parent, preferredLanguage: preferredLanguage, contact: contact,
                attendee: Meetings.Attendee(
                    kind: row.kind, needsInterpreter: interpreter != nil, accessNeeds: accessNeeds, age: age))
        }
        let order: [ParticipantKind] = [.student, .family, .agency, .staff]
        return people.sorted {
            (order.firstIndex(of: $0.person.kind)!, $0.isParent ? 0 : 1)
                < (order.firstIndex(of: $1.person.kind)!, $1.isParent ? 0 : 1)
        }
    }
}
