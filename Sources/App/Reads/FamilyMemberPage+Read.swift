import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// A family member as one of their children's pages shows them: their record joined with
/// their link to that child, in one query; `nil` when they are not family of the child.
private struct FamilyMemberRow: Decodable {
    var givenName: String
    var familyName: String
    var sourcedId: String?
    var email: String?
    var phone: String?
    var preferredLanguage: String
    var needsInterpreter: Bool
    var interpreterLanguage: String?
    var preferredContact: ContactChannel
    var preferredMeetingMode: MeetingMode
    var accessibilityNeeds: String?
    var restriction: String?
    var relationship: FamilyRelationship
    var hasParentalResponsibility: Bool
    var livesWithStudent: Bool

    static func read(
        _ memberID: UUID, of studentID: StudentID, on db: any SQLDatabase
    ) async throws
        -> FamilyMemberRow?
    {
        try await db.raw(
            """
            SELECT f.given_name, f.family_name, f.sourced_id, f.email, f.phone, f.preferred_language,
                f.needs_interpreter, f.interpreter_language, f.preferred_contact, f.preferred_meeting_mode,
                f.accessibility_needs, f.restriction, l.relationship, l.has_parental_responsibility,
                l.lives_with_student
            FROM student_family_links l JOIN family_members f ON f.id = l.family_member_id
            WHERE l.student_id = \(bind: studentID.rawValue) AND l.family_member_id = \(bind: memberID)
            """
        ).first(decoding: FamilyMemberRow.self, keyDecodingStrategy: .columns)
    }

    var name: String { "\(givenName) \(familyName)" }
    var isRestricted: Bool { ContactRule.isRestriction(restriction) }

    /// The contact form as stored.
    var contactForm: FamilyContactForm {
        var form = FamilyContactForm()
        form.email = email ?? ""
        form.phone = phone ?? ""
        form.preferredLanguage = preferredLanguage
        form.needsInterpreter = needsInterpreter ? "yes" : "no"
        form.interpreterLanguage = interpreterLanguage ?? ""
        form.preferredContact = preferredContact.rawValue
        form.preferredMeetingMode = preferredMeetingMode.rawValue
        form.accessibilityNeeds = accessibilityNeeds ?? ""
        form.restriction = restriction ?? ""
        return form
    }

    var linkForm: FamilyLinkForm {
        var form = FamilyLinkForm()
        form.relationship = relationship.rawValue
        form.parentalResponsibility = hasParentalResponsibility ? "yes" : "no"
        form.livesWith = livesWithStudent ? "yes" : "no"
        return form
    }
}

extension FamilyMemberPage {
    /// The person and their link to the student the access check loaded (one query), with
    /// their details as stored; `nil` when they are not family of that student. How to reach
    /// someone who must not be contacted is read into the page only for those who may see it.
    static func read(
        _ memberID: UUID, of student: Student, for staff: StaffContext, on db: any SQLDatabase
    ) async throws -> FamilyMemberPage? {
        let heading = try StudentHeading(student)
        guard let row = try await FamilyMemberRow.read(memberID, of: heading.id, on: db) else { return nil }
        let mayChangeRestriction = FamilyController.mayChangeRestriction(staff, student: student)
        return FamilyMemberPage(
            studentID: heading.id, studentName: heading.name, studentDisplayName: heading.displayName,
            memberID: FamilyMemberID(memberID), memberGivenName: row.givenName, memberName: row.name,
            relationship: row.relationship, restriction: row.isRestricted ? row.restriction : nil,
            fromRoster: row.sourcedId != nil,
            form: row.isRestricted && !mayChangeRestriction ? FamilyContactForm() : row.contactForm,
            mayChangeRestriction: mayChangeRestriction,
            mayManage: AccessPolicy.allows(staff.actor, .manageStudents(student.schoolRef)), linkForm: row.linkForm)
    }
}

extension RemoveFamilyMemberPage {
    /// The person, when they are family of the student the access check loaded: one query.
    static func read(
        _ memberID: UUID, of student: Student, on db: any SQLDatabase
    ) async throws
        -> RemoveFamilyMemberPage?
    {
        let heading = try StudentHeading(student)
        guard let row = try await FamilyMemberRow.read(memberID, of: heading.id, on: db) else { return nil }
        return RemoveFamilyMemberPage(
            studentID: heading.id, studentName: heading.name, studentDisplayName: heading.displayName,
            memberID: FamilyMemberID(memberID), memberName: row.name)
    }
}
