import Foundation
import RoundtableCore
import SQLKit

/// A row with one student of a meeting (or none) and what `StudentScope` needs to say whether
/// the reader may see them. The staff work count and the home page's meetings read the same
/// columns (`columns`) and keep a meeting only when each of its rows is in reach.
protocol StudentReachRow {
    var student_id: UUID? { get }
    var preferred_name: String? { get }
    var legal_given_name: String? { get }
    var legal_family_name: String? { get }
    var school_id: UUID? { get }
    var organisation_id: UUID? { get }
    var year_group: Int? { get }
    var has_special_needs: Bool? { get }
    var is_linked: Bool { get }
}

extension StudentReachRow {
    /// The student's columns from `st` (students) and `sc` (their school), and whether `me` is
    /// linked to them.
    static func studentColumns(linkedTo me: UUID) -> SQLQueryString {
        """
        st.id AS student_id, st.preferred_name, st.legal_given_name, st.legal_family_name, st.school_id,
            sc.organisation_id, st.year_group, st.has_special_needs,
            EXISTS (SELECT 1 FROM staff_student_links l WHERE l.user_id = \(bind: me) AND l.student_id = st.id)
                AS is_linked
        """
    }

    var studentName: String? {
        guard let given = legal_given_name, let family = legal_family_name else { return nil }
        return "\(preferred_name ?? given) \(family)"
    }

    var facts: StudentFacts? {
        guard let school_id, let organisation_id, let year_group, let has_special_needs else { return nil }
        return StudentFacts(
            schoolID: school_id, organisationID: organisation_id, yearGroup: year_group,
            hasSpecialNeeds: has_special_needs)
    }

    /// About no student, or about one the scope includes; a student whose facts are missing is
    /// out of reach.
    func isInReach(of scope: StudentScope) -> Bool {
        guard student_id != nil else { return true }
        return facts.map { scope.includes($0, isLinked: is_linked) } ?? false
    }
}
