import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// The audit log's rows for the page and its CSV file: one filtered, ordered read, and one
/// more for the students of the meetings among them. Pagination is by offset (page n skips
/// n-1 hundred rows): the filters and their indexes keep the rows skipped few, and a page
/// number can be bookmarked and shared.
extension AuditLogPage {
    /// Where the rows come from: a school's log, or the whole organisation's.
    struct Scope: Sendable {
        var organisationID: UUID
        var schoolID: UUID?
        /// The viewer: which students they may search for and see named.
        var students: StudentScope
        var userID: UUID
    }

    struct Row: Decodable, Sendable {
        var id: UUID
        var occurred_at: Date
        var actor_name: String?
        var action: String
        var summary: String?
        var ip_address: String?
        var subject_type: String?
        var subject_id: UUID?
    }

    static func rows(
        _ scope: Scope, _ filter: AuditFilter.Checked, limit: Int, offset: Int = 0, on db: any SQLDatabase
    ) async throws -> [Row] {
        var sql: SQLQueryString = """
            SELECT e.id, e.occurred_at, e.actor_name, e.action, e.summary, e.ip_address, e.subject_type, e.subject_id
            FROM audit_events e WHERE
            """
        // What a family, a student or an agency does from their link is recorded with the school
        // only (a link knows no organisation), so the organisation's log is its own lines and
        // its schools' lines.
        if let school = scope.schoolID {
            sql += " e.school_id = \(bind: school)"
        } else {
            sql +=
                " (e.organisation_id = \(bind: scope.organisationID) OR e.school_id IN"
                + " (SELECT id FROM schools WHERE organisation_id = \(bind: scope.organisationID)))"
        }
        if let staff = filter.staffID { sql += " AND e.actor_id = \(bind: staff)" }
        if let kind = filter.kind {
            sql += " AND e.action IN (\(binds: kind.actions.map(\.rawValue)))"
        }
        if let since = filter.since { sql += " AND e.occurred_at >= \(bind: since)" }
        if let before = filter.before { sql += " AND e.occurred_at < \(bind: before)" }
        if !filter.studentTerms.isEmpty {
            let students = studentsNamed(filter.studentTerms, scope)
            // One list of ids (students', and their meetings'): PostgreSQL then reads the
            // (subject_id, occurred_at) index once per id, where an OR of two lists read the
            // school's whole log (36 ms against 640 on a million events).
            // Their family members' lines too (a contact restriction set, an email changed), as
            // the student's timeline shows them.
            sql +=
                " AND e.subject_type IN ('student', 'meeting', 'family_member') AND e.subject_id IN"
                + " (SELECT st.id FROM students st WHERE "
            sql += students
            sql +=
                " UNION ALL SELECT ms.meeting_id FROM meeting_students ms JOIN students st ON st.id = ms.student_id WHERE "
            sql += students
            sql +=
                " UNION ALL SELECT l.family_member_id FROM student_family_links l"
                + " JOIN students st ON st.id = l.student_id WHERE "
            sql += students
            sql += ")"
        }
        sql += " ORDER BY e.occurred_at DESC, e.id DESC LIMIT \(literal: limit) OFFSET \(literal: max(0, offset))"
        return try await db.raw(sql).all(decoding: Row.self)
    }

    /// The students whose name has every typed word, among those the viewer may see: someone
    /// cannot learn from the log that a student they do not reach exists. A scope short of a
    /// whole school matches nobody (nobody with one reads the log today).
    private static func studentsNamed(_ terms: [String], _ scope: Scope) -> SQLQueryString {
        var sql: SQLQueryString
        switch scope.students {
        case .organisation(let organisationID):
            sql = "st.school_id IN (SELECT id FROM schools WHERE organisation_id = \(bind: organisationID))"
        case .school(let schoolID): sql = "st.school_id = \(bind: schoolID)"
        case .limited, .none: sql = "1 = 0"
        }
        // Each typed word must start a word of the name, as on the students page.
        for term in terms.map(StudentDirectory.escapeLike) where !term.isEmpty {
            sql += " AND (st.search_name LIKE \(bind: term + "%") OR st.search_name LIKE \(bind: "% " + term + "%"))"
        }
        return sql
    }

    struct MeetingStudent: Decodable, StudentReachRow {
        var meeting_id: UUID
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

    /// For each meeting among `rows`, its students as this viewer may read them: the name of
    /// each one `StudentScope` includes, "a student" for any other. One read, none when no
    /// row is about a meeting.
    static func students(of rows: [Row], _ scope: Scope, on db: any SQLDatabase) async throws -> [UUID: String] {
        let meetings = Array(Set(rows.filter { $0.subject_type == "meeting" }.compactMap(\.subject_id)))
        guard !meetings.isEmpty else { return [:] }
        var byMeeting: [UUID: [String]] = [:]
        // A page holds at most 100 rows, so one read; a long download reads 500 meetings at a
        // time, so no statement carries more binds than a driver takes.
        for start in stride(from: 0, to: meetings.count, by: 500) {
            let chunk = Array(meetings[start..<min(start + 500, meetings.count)])
            let found = try await db.raw(
                """
                SELECT ms.meeting_id, \(MeetingStudent.studentColumns(linkedTo: scope.userID))
                FROM meeting_students ms JOIN students st ON st.id = ms.student_id
                JOIN schools sc ON sc.id = st.school_id
                WHERE ms.meeting_id IN (\(binds: chunk))
                ORDER BY st.legal_family_name, st.legal_given_name
                """
            ).all(decoding: MeetingStudent.self)
            for row in found {
                let name = row.isInReach(of: scope.students) ? row.studentName ?? "a student" : "a student"
                byMeeting[row.meeting_id, default: []].append(name)
            }
        }
        return byMeeting.mapValues { $0.joined(separator: ", ") }
    }
}
