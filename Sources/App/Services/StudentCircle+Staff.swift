import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

extension StudentCircle {
    /// Links a member of staff by hand. A later roster import keeps links made by hand.
    static func linkStaff(
        _ userID: UUID, to student: Student, context: AuditContext, on db: any Database
    )
        async throws -> Bool
    {
        guard let user = try await User.find(userID, on: db), user.$school.id == student.$school.id, user.isActive
        else { return false }
        let already = try await StaffStudentLink.query(on: db)
            .filter(\.$user.$id == userID).filter(\.$student.$id == student.requireID()).count()
        guard already == 0 else { return true }
        try await db.transaction { db in
            try await StaffStudentLink(userID: userID, studentID: student.requireID(), source: "manual").create(on: db)
            try await AuditLog.record(
                .staffLinked, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id, summary: "\(user.name) now works with \(student.displayName)")
        }
        return true
    }

    static func unlinkStaff(
        _ userID: UUID, from student: Student, context: AuditContext, on db: any Database
    )
        async throws -> Bool
    {
        guard
            let link = try await StaffStudentLink.query(on: db)
                .filter(\.$user.$id == userID).filter(\.$student.$id == student.requireID())
                .with(\.$user).first()
        else { return false }
        try await db.transaction { db in
            try await link.delete(on: db)
            try await AuditLog.record(
                .staffUnlinked, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id, summary: "\(link.user.name) no longer linked to \(student.displayName)")
        }
        return true
    }

    /// The students a member of staff is linked to, by name, for their staff page.
    static func students(
        linkedTo userID: UUID, limit: Int = 100, on db: any Database
    ) async throws -> (
        students: [Student], total: Int
    ) {
        let query = StaffStudentLink.query(on: db).filter(\.$user.$id == userID)
            .join(Student.self, on: \StaffStudentLink.$student.$id == \Student.$id)
            .filter(Student.self, \.$isActive == true)
        let total = try await query.count()
        let links = try await query.sort(Student.self, \.$legalFamilyName).sort(Student.self, \.$legalGivenName)
            .range(..<limit).all()
        return (try links.map { try $0.joined(Student.self) }, total)
    }
}

extension StudentCircle {
    struct AgencyEntry: Sendable {
        var link: StudentAgencyLink
        var contact: AgencyContact
    }

    static func agencies(of studentID: UUID, on db: any Database) async throws -> [AgencyEntry] {
        try await StudentAgencyLink.query(on: db).filter(\.$student.$id == studentID)
            .with(\.$agencyContact).all()
            .map { AgencyEntry(link: $0, contact: $0.agencyContact) }
            .sorted { ($0.contact.agency, $0.contact.name) < ($1.contact.agency, $1.contact.name) }
    }

    /// Agency contacts the school has recorded for other students, to choose from.
    static func agencyContacts(for student: Student, on db: any Database) async throws -> [AgencyContact] {
        let linked = try await StudentAgencyLink.query(on: db).filter(\.$student.$id == student.requireID())
            .all(\.$agencyContact.$id)
        var query = AgencyContact.query(on: db).filter(\.$school.$id == student.$school.id)
        if !linked.isEmpty { query = query.filter(\.$id !~ linked) }
        return try await query.sort(\.$agency).sort(\.$name).all()
    }

    /// Records an agency contact (new, or `existing` from this school) for the student,
    /// with the consent given.
    static func addAgency(
        _ checked: AgencyContactForm.Checked, existing: AgencyContact?, to student: Student, recordedBy: UUID?,
        context: AuditContext, on db: any Database
    ) async throws {
        try await db.transaction { db in
            let contact = existing ?? AgencyContact()
            if existing == nil {
                contact.$school.id = student.$school.id
                contact.agency = checked.agency
                contact.name = checked.name
                contact.role = checked.role
                contact.email = checked.email
                contact.phone = checked.phone
                try await contact.create(on: db)
            }
            let link = StudentAgencyLink()
            link.$student.id = try student.requireID()
            link.$agencyContact.id = try contact.requireID()
            link.consentFrom = checked.consentFrom
            link.consentDate = checked.consentDate
            link.consentNotes = checked.consentNotes
            link.$recordedBy.id = recordedBy
            try await link.create(on: db)
            try await AuditLog.record(
                .agencyLinked, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id, summary: "\(contact.name), \(contact.agency)")
        }
    }

    static func removeAgency(
        _ linkID: UUID, from student: Student, context: AuditContext, on db: any Database
    )
        async throws -> Bool
    {
        guard
            let link = try await StudentAgencyLink.query(on: db)
                .filter(\.$id == linkID).filter(\.$student.$id == student.requireID())
                .with(\.$agencyContact).first()
        else { return false }
        try await db.transaction { db in
            try await link.delete(on: db)
            try await AuditLog.record(
                .agencyUnlinked, on: db, context: context, schoolID: student.$school.id, subjectType: "student",
                subjectID: student.id, summary: "\(link.agencyContact.name), \(link.agencyContact.agency)")
        }
        return true
    }
}
