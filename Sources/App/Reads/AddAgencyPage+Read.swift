import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension AddAgencyPage {
    /// The page for the student the access check loaded, with the agency contacts the school
    /// has that do not yet work with them, by agency and name: one query.
    static func read(for student: Student, on db: any SQLDatabase) async throws -> AddAgencyPage {
        let heading = try StudentHeading(student)
        struct Row: Decodable {
            var id: UUID
            var name: String
            var agency: String
        }
        let rows = try await db.raw(
            """
            SELECT c.id, c.name, c.agency FROM agency_contacts c
            WHERE c.school_id = \(bind: student.$school.id)
                AND NOT EXISTS (SELECT 1 FROM student_agency_links l
                    WHERE l.agency_contact_id = c.id AND l.student_id = \(bind: heading.id.rawValue))
            ORDER BY c.agency, c.name
            """
        ).all(decoding: Row.self)
        return AddAgencyPage(
            studentID: heading.id, studentName: heading.name, studentDisplayName: heading.displayName,
            known: rows.map { Known(id: AgencyID($0.id), name: $0.name, agency: $0.agency) })
    }
}
