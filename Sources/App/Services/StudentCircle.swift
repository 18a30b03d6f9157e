import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// Who is around a student: their family, the staff who work with them, the agencies that
/// support them. Changes here decide who hears about a child, so each is audited.
enum StudentCircle {
    /// Creates a new family member and links them to the student.
    static func addNewFamilyMember(
        _ checked: NewFamilyMemberForm.Checked, to student: Student, organisationID: UUID, context: AuditContext,
        on db: any Database
    ) async throws -> FamilyMember {
        let member = FamilyMember()
        member.$organisation.id = organisationID
        member.setNames(given: checked.givenName, family: checked.familyName)
        let contact = checked.contact
        member.email = contact.email
        member.phone = contact.phone
        member.preferredLanguage = contact.preferredLanguage
        member.needsInterpreter = contact.needsInterpreter
        member.interpreterLanguage = contact.interpreterLanguage
        member.preferredContact = contact.preferredContact
        member.preferredMeetingMode = contact.preferredMeetingMode
        member.accessibilityNeeds = contact.accessibilityNeeds
        member.restriction = contact.restriction
        member.isActive = true
        try await db.transaction { db in
            try await member.create(on: db)
            try await link(member, to: student, checked.link, context: context, on: db)
            if member.isRestricted {
                try await ContactStop.stop(member, now: context.now, on: db)
                try await AuditLog.record(
                    .contactRestrictionChanged, on: db, context: context, schoolID: student.$school.id,
                    subjectType: "family_member", subjectID: member.id,
                    summary: "\(member.displayName): restriction set")
            }
        }
        return member
    }

    /// Links someone already known as family of another student (siblings share one record).
    static func linkExisting(
        _ member: FamilyMember, to student: Student, _ checked: FamilyLinkForm.Checked, context: AuditContext,
        on db: any Database
    ) async throws {
        try await db.transaction { db in
            try await link(member, to: student, checked, context: context, on: db)
        }
    }

    private static func link(
        _ member: FamilyMember, to student: Student, _ checked: FamilyLinkForm.Checked, context: AuditContext,
        on db: any Database
    ) async throws {
        try await StudentFamilyLink(
            studentID: student.requireID(), familyMemberID: member.requireID(), relationship: checked.relationship,
            parentalResponsibility: checked.parentalResponsibility, livesWith: checked.livesWith
        ).create(on: db)
        try await AuditLog.record(
            .familyMemberAdded, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
            subjectID: student.id,
            summary: "\(member.displayName), \(checked.relationship.label.lowercased()) of \(student.displayName)")
    }

    static func updateLink(
        _ link: StudentFamilyLink, member: FamilyMember, student: Student, with checked: FamilyLinkForm.Checked,
        context: AuditContext, on db: any Database
    ) async throws {
        link.relationship = checked.relationship
        link.hasParentalResponsibility = checked.parentalResponsibility
        link.livesWithStudent = checked.livesWith
        guard link.hasChanges else { return }
        try await db.transaction { db in
            try await link.save(on: db)
            try await AuditLog.record(
                .familyLinkChanged, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id,
                summary:
                    "\(member.displayName), \(checked.relationship.label.lowercased()), parental responsibility \(checked.parentalResponsibility ? "yes" : "no")"
            )
        }
    }

    /// Ends the link to this student only; the person stays family of their other children.
    static func unlink(
        _ link: StudentFamilyLink, member: FamilyMember, student: Student, context: AuditContext,
        on db: any Database, now: Date
    ) async throws {
        try await db.transaction { db in
            try await link.delete(on: db)
            // Out of the child's family, out of the child's meetings: their links to meetings
            // about this student stop, and what waits to be sent to them is taken back.
            let meetings = try await MeetingStudent.query(on: db).filter(\.$student.$id == student.requireID())
                .all(\.$meeting.$id)
            if !meetings.isEmpty {
                let participants = try await MeetingParticipant.query(on: db)
                    .filter(\.$familyMember.$id == member.requireID()).filter(\.$meeting.$id ~~ meetings).all()
                try await ContactStop.stopLinks(
                    of: participants, reason: "they were taken out of the student's family", now: now, on: db)
            }
            try await AuditLog.record(
                .familyMemberUnlinked, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id, summary: "\(member.displayName), no longer linked to \(student.displayName)")
        }
    }

    /// Someone from the add-family page's search (`AddFamilyMemberPage.candidate`), checked again when the link is made.
    static func candidate(
        _ id: UUID, for student: Student, organisationID: UUID, on db: any Database
    ) async throws
        -> FamilyMember?
    {
        guard let member = try await FamilyMember.find(id, on: db), member.$organisation.id == organisationID,
            member.isActive
        else { return nil }
        let sameSchool = try await StudentFamilyLink.query(on: db)
            .filter(\.$familyMember.$id == id)
            .join(Student.self, on: \StudentFamilyLink.$student.$id == \Student.$id)
            .filter(Student.self, \.$school.$id == student.$school.id)
            .count()
        let already = try await StudentFamilyLink.query(on: db)
            .filter(\.$familyMember.$id == id).filter(\.$student.$id == student.requireID()).count()
        return sameSchool > 0 && already == 0 ? member : nil
    }
}
