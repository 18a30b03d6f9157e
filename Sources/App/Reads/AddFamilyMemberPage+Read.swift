import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension AddFamilyMemberPage {
    /// The page for the student the access check loaded: with `existing`, that person, if
    /// they may be linked (one query; `nil` if not); otherwise the people whose names match
    /// `search` (one query, none without a search).
    static func read(
        for student: Student, organisationID: UUID, existing: UUID?, search: String, on db: any SQLDatabase
    ) async throws -> AddFamilyMemberPage? {
        let heading = try StudentHeading(student)
        let mode: Mode
        if let existing {
            guard
                let member = try await candidate(
                    existing, for: heading.id, schoolID: student.$school.id, organisationID: organisationID, on: db)
            else { return nil }
            mode = .existing(member)
        } else {
            mode = .new(
                search: search,
                candidates: try await candidates(
                    matching: search, for: heading.id, schoolID: student.$school.id, organisationID: organisationID,
                    on: db))
        }
        return AddFamilyMemberPage(
            studentID: heading.id, studentName: heading.name, studentDisplayName: heading.displayName, mode: mode)
    }

    /// Someone active in the organisation who is family of a student at the same school and
    /// not yet of this one: what `StudentCircle.candidate` checks again when the link is made.
    static func candidate(
        _ id: UUID, for studentID: StudentID, schoolID: UUID, organisationID: UUID, on db: any SQLDatabase
    ) async throws -> Existing? {
        struct Row: Decodable {
            var givenName: String
            var familyName: String
            var restriction: String?
        }
        let row = try await db.raw(
            """
            SELECT f.given_name, f.family_name, f.restriction FROM family_members f
            WHERE f.id = \(bind: id) AND f.organisation_id = \(bind: organisationID) AND f.is_active = \(bind: true)
                AND EXISTS (SELECT 1 FROM student_family_links l JOIN students s ON s.id = l.student_id
                    WHERE l.family_member_id = f.id AND s.school_id = \(bind: schoolID))
                AND NOT EXISTS (SELECT 1 FROM student_family_links l
                    WHERE l.family_member_id = f.id AND l.student_id = \(bind: studentID.rawValue))
            """
        ).first(decoding: Row.self, keyDecodingStrategy: .columns)
        return row.map {
            Existing(
                id: FamilyMemberID(id), name: "\($0.givenName) \($0.familyName)",
                restriction: ContactRule.isRestriction($0.restriction) ? $0.restriction : nil)
        }
    }

    /// People who are already family of another student at the same school and whose name
    /// matches, so a sibling's parent is linked rather than typed in twice: the first 200
    /// matches in the organisation by name, each with the active students of this school they
    /// are family of, in one query; only those with such a student, at most 20.
    static func candidates(
        matching text: String, for studentID: StudentID, schoolID: UUID, organisationID: UUID, on db: any SQLDatabase
    ) async throws -> [Candidate] {
        let terms = NameSearch.terms(text).map(StudentDirectory.escapeLike).filter { !$0.isEmpty }
        guard !terms.isEmpty else { return [] }
        var matching: SQLQueryString = ""
        for term in terms {
            matching =
                matching
                + " AND (m.search_name LIKE \(bind: term + "%") OR m.search_name LIKE \(bind: "% " + term + "%"))"
        }
        struct Row: Decodable {
            var id: UUID
            var givenName: String
            var familyName: String
            var relationship: FamilyRelationship
            var preferredName: String?
            var legalGivenName: String
            var legalFamilyName: String
            var yearGroup: Int
        }
        let query: SQLQueryString =
            """
            SELECT f.id, f.given_name, f.family_name, l.relationship, s.preferred_name, s.legal_given_name,
                s.legal_family_name, s.year_group
            FROM (SELECT m.id, m.given_name, m.family_name FROM family_members m
                WHERE m.organisation_id = \(bind: organisationID) AND m.is_active = \(bind: true)
                    AND m.id NOT IN (SELECT x.family_member_id FROM student_family_links x
                        WHERE x.student_id = \(bind: studentID.rawValue))
            """ + matching
                + """

                    ORDER BY m.family_name, m.given_name LIMIT 200) f
                JOIN student_family_links l ON l.family_member_id = f.id
                JOIN students s ON s.id = l.student_id AND s.school_id = \(bind: schoolID) AND s.is_active = \(bind: true)
                ORDER BY f.family_name, f.given_name
                """
        let rows = try await db.raw(query).all(decoding: Row.self, keyDecodingStrategy: .columns)
        var order: [UUID] = []
        var found: [UUID: Candidate] = [:]
        for row in rows {
            let child =
                "\(row.relationship.label.lowercased()) of \(row.preferredName ?? row.legalGivenName) \(row.legalFamilyName) (\(YearGroups.label(row.yearGroup)))"
            if found[row.id] == nil {
                order.append(row.id)
                found[row.id] = Candidate(
                    id: FamilyMemberID(row.id), name: "\(row.givenName) \(row.familyName)", children: [])
            }
            found[row.id]!.children.append(child)
        }
        return order.prefix(20).map { id in
            var candidate = found[id]!
            candidate.children.sort()
            return candidate
        }
    }
}
