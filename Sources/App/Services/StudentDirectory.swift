import Fluent
import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// Finding students, always within what the person asking may see.
enum StudentDirectory {
    struct Filters: Sendable, Equatable {
        var query = ""
        var yearGroup: Int?
        var specialNeeds = false
        var disadvantaged = false
        var additionalLanguage = false
        var page = 1
    }

    struct Page: Sendable {
        var students: [Student]
        var total: Int
        var pageSize: Int
    }

    /// The scope of the signed-in person, with the facts it needs from the database.
    static func scope(for staff: StaffContext) -> StudentScope {
        StudentScope.of(
            staff.actor, jobRole: staff.user.jobRole, yearGroupsLed: Set(staff.user.yearGroupsLed ?? []),
            policy: staff.school?.reachPolicy ?? ReachPolicy())
    }

    /// Students in scope that match the filters, by family name then given name.
    static func search(
        _ filters: Filters, scope: StudentScope, schoolID: UUID?, userID: UUID, pageSize: Int = 50,
        on db: any Database
    ) async throws -> Page {
        var query = Student.query(on: db).filter(\.$isActive == true)
        switch scope {
        case .none:
            return Page(students: [], total: 0, pageSize: pageSize)
        case .organisation(let organisationID):
            let schools = try await Schools.all(in: organisationID, on: db).compactMap(\.id)
            let chosen = schoolID.map { schools.contains($0) ? [$0] : [] } ?? schools
            // Equality when there is one school: `IN` keeps the database from walking the
            // (school, name) index in order, and then it sorts every student instead.
            if chosen.count == 1 {
                query = query.filter(\.$school.$id == chosen[0])
            } else {
                query = query.filter(\.$school.$id ~~ chosen)
            }
        case .school(let id):
            query = query.filter(\.$school.$id == id)
        case .limited(let id, let years, let specialNeeds):
            let linked = try await StaffStudentLink.query(on: db).filter(\.$user.$id == userID).all(\.$student.$id)
            query = query.filter(\.$school.$id == id).group(.or) { group in
                group.filter(\.$id ~~ linked)
                if !years.isEmpty { group.filter(\.$yearGroup ~~ Array(years)) }
                if specialNeeds { group.filter(\.$hasSpecialNeeds == true) }
            }
        }
        // Each typed word must start a word of the name: "al" finds "Alfie" and "Al-Hashimi",
        // not "Salma".
        for term in NameSearch.terms(filters.query).map(escapeLike) where !term.isEmpty {
            query = query.group(.or) { group in
                group.filter(\.$searchName, .custom("LIKE"), "\(term)%")
                group.filter(\.$searchName, .custom("LIKE"), "% \(term)%")
            }
        }
        if let year = filters.yearGroup { query = query.filter(\.$yearGroup == year) }
        if filters.specialNeeds { query = query.filter(\.$hasSpecialNeeds == true) }
        if filters.disadvantaged { query = query.filter(\.$isDisadvantaged == true) }
        if filters.additionalLanguage { query = query.filter(\.$learnsEnglishAsAdditionalLanguage == true) }

        // Counting `school_id` rather than `id` (Fluent's default) lets the database answer
        // from the list index alone instead of reading every student's row.
        let total = try await query.count(\.$school.$id)
        let students =
            try await query
            .sort(\.$legalFamilyName).sort(\.$legalGivenName)
            // A half-open range: Fluent's `range(lower:upper:)` includes `upper`.
            .range(((filters.page - 1) * pageSize)..<(filters.page * pageSize))
            .all()
        return Page(students: students, total: total, pageSize: pageSize)
    }

    /// LIKE treats % and _ as wildcards; typed ones are matched literally.
    static func escapeLike(_ term: String) -> String {
        term.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "")
    }

    /// The student, if the person may see them; `nil` otherwise (shown as "not found").
    static func visibleStudent(
        _ id: UUID, scope: StudentScope, userID: UUID, on db: any Database
    ) async throws
        -> Student?
    {
        guard
            let student = try await Student.query(on: db)
                .filter(\.$id == id)
                .join(School.self, on: \Student.$school.$id == \School.$id)
                .first()
        else { return nil }
        student.organisationID = try student.joined(School.self).$organisation.id
        let linked =
            try await StaffStudentLink.query(on: db)
            .filter(\.$user.$id == userID).filter(\.$student.$id == id).count() > 0
        return scope.includes(student.facts, isLinked: linked) ? student : nil
    }

    struct Circle: Sendable {
        var family: [(link: StudentFamilyLink, member: FamilyMember)]
        var staff: [User]
        /// Staff linked by hand (not from class lists), by id.
        var linkedByHand: Set<UUID>
        var agencies: [StudentCircle.AgencyEntry]
    }

    /// The people around a student: family first (those with parental responsibility
    /// before others), then the staff who work with them.
    static func circle(of student: Student, on db: any Database) async throws -> Circle {
        let id = try student.requireID()
        let links = try await StudentFamilyLink.query(on: db).filter(\.$student.$id == id).with(\.$familyMember).all()
        let family =
            links
            .map { (link: $0, member: $0.familyMember) }
            .sorted {
                ($0.link.hasParentalResponsibility ? 0 : 1, $0.member.familyName, $0.member.givenName)
                    < ($1.link.hasParentalResponsibility ? 0 : 1, $1.member.familyName, $1.member.givenName)
            }
        let staffLinks = try await StaffStudentLink.query(on: db).filter(\.$student.$id == id).with(\.$user).all()
        let staff = staffLinks.map(\.user).filter(\.isActive).sorted { $0.name < $1.name }
        return Circle(
            family: family, staff: staff,
            linkedByHand: Set(staffLinks.filter { $0.source == "manual" }.map(\.$user.id)),
            agencies: try await StudentCircle.agencies(of: student, on: db))
    }
}

extension StudentDirectory {
    /// A family member of a student the person may see, with their link to that student.
    static func familyMember(
        _ id: UUID, of student: Student, on db: any Database
    ) async throws -> (
        FamilyMember, StudentFamilyLink
    )? {
        guard
            let link = try await StudentFamilyLink.query(on: db)
                .filter(\.$student.$id == student.requireID())
                .filter(\.$familyMember.$id == id)
                .with(\.$familyMember)
                .first()
        else { return nil }
        return (link.familyMember, link)
    }

    /// Saves contact details; the restriction only when the person may change it. Both kinds
    /// of change are audited separately, because a restriction matters far more.
    static func updateContact(
        _ member: FamilyMember, with checked: FamilyContactForm.Checked, mayChangeRestriction: Bool,
        schoolID: UUID, context: AuditContext, on db: any Database
    ) async throws {
        try await db.transaction { db in
            let oldEmail = member.email
            member.email = checked.email
            member.phone = checked.phone
            member.preferredLanguage = checked.preferredLanguage
            member.needsInterpreter = checked.needsInterpreter
            member.interpreterLanguage = checked.interpreterLanguage
            member.preferredContact = checked.preferredContact
            member.preferredMeetingMode = checked.preferredMeetingMode
            member.accessibilityNeeds = checked.accessibilityNeeds
            let before = member.restriction
            if mayChangeRestriction { member.restriction = checked.restriction }
            guard member.hasChanges else { return }
            try await member.save(on: db)
            try await AuditLog.record(
                .familyMemberUpdated, on: db, context: context, schoolID: schoolID, subjectType: "family_member",
                subjectID: member.id, summary: member.displayName)
            if Self.addressChanged(from: oldEmail, to: member.email) {
                try await tellOldAddress(oldEmail, of: member, schoolID: schoolID, on: db)
                try await AuditLog.record(
                    .familyEmailChanged, on: db, context: context, schoolID: schoolID, subjectType: "family_member",
                    subjectID: member.id, summary: member.displayName)
            }
            if member.restriction != before {
                var summary =
                    "\(member.displayName): restriction \(member.restriction == nil ? "lifted" : before == nil ? "set" : "changed")"
                if member.isRestricted && (before ?? "").isEmpty {
                    let stopped = try await ContactStop.stop(member, now: Date(), on: db)
                    summary +=
                        "; \(stopped.linksStopped) links stopped, \(stopped.messagesWithdrawn) emails withdrawn"
                }
                try await AuditLog.record(
                    .contactRestrictionChanged, on: db, context: context, schoolID: schoolID,
                    subjectType: "family_member", subjectID: member.id, summary: summary)
            }
        }
    }
}

extension StudentDirectory {
    static func addressChanged(from old: String?, to new: String?) -> Bool {
        (old ?? "").lowercased() != (new ?? "").lowercased()
    }

    /// A neutral notice, in their language, to the address links used to go to: if someone
    /// changed it without the person asking, they hear of it.
    static func tellOldAddress(
        _ old: String?, of member: FamilyMember, schoolID: UUID, on db: any Database
    ) async throws {
        guard let old, let recipient = Recipient.familyMember(member, at: old),
            let school = try await School.find(schoolID, on: db)
        else { return }
        let t = Localizer(Catalog.resolve(chosen: nil, preferred: member.preferredLanguage))
        try await OutboxMessage(
            school: schoolID, meeting: nil, to: recipient, subject: t(.addressChangedSubject, ["school": school.name]),
            body: t(.addressChangedBody, ["name": member.displayName, "school": school.name]), now: Date()
        ).create(on: db)
    }
}
