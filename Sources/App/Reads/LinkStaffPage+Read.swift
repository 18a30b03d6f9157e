import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension LinkStaffPage {
    /// Active staff of the student's school not yet linked to them whose names match, by
    /// name, at most `limit`: one query of three columns (a large school has thousands of
    /// staff), matched by folded name here, as names are not stored folded.
    static func read(
        for student: Student, search: String, limit: Int = 50, on db: any SQLDatabase
    ) async throws -> LinkStaffPage {
        struct Row: Decodable {
            var id: UUID
            var name: String
            var jobRole: JobRole
        }
        let studentID = try student.requireID()
        let everyone = try await db.raw(
            """
            SELECT u.id, u.name, u.job_role FROM users u
            WHERE u.school_id = \(bind: student.$school.id) AND u.is_active = \(bind: true)
                AND NOT EXISTS (SELECT 1 FROM staff_student_links l WHERE l.user_id = u.id
                    AND l.student_id = \(bind: studentID))
            ORDER BY u.name
            """
        ).all(decoding: Row.self, keyDecodingStrategy: .columns)
        let terms = NameSearch.terms(search)
        let matching = everyone.filter { user in
            let key = NameSearch.key([user.name])
            return terms.allSatisfy { term in key.hasPrefix(term) || key.contains(" " + term) }
        }
        return LinkStaffPage(
            studentID: StudentID(studentID), studentName: student.preferredName ?? student.legalGivenName,
            studentDisplayName: student.displayName, search: search,
            people: matching.prefix(limit).map { Person(id: StaffID($0.id), name: $0.name, jobRole: $0.jobRole) },
            more: matching.count > limit)
    }
}
