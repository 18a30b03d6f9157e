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

        /// No search and no filter, whatever the page: the whole of what the person may see.
        var isUnfiltered: Bool {
            var first = self
            first.page = 1
            return first == Filters()
        }
    }

    /// One student as the list and the API show them, decoded straight from their row.
    struct Listed: Decodable, Sendable {
        var id: UUID
        var schoolId: UUID
        var sourcedId: String?
        var legalGivenName: String
        var legalFamilyName: String
        var preferredName: String?
        var yearGroup: Int
        var formGroup: String?
        var dateOfBirth: Date?
        var hasSpecialNeeds: Bool
        var isDisadvantaged: Bool
        var learnsEnglishAsAdditionalLanguage: Bool

        static let columns = [
            "id", "school_id", "sourced_id", "legal_given_name", "legal_family_name", "preferred_name", "year_group",
            "form_group", "date_of_birth",
            "has_special_needs", "is_disadvantaged", "learns_english_as_additional_language",
        ]
    }

    struct Page: Sendable {
        var students: [Listed]
        var total: Int
        var pageSize: Int
    }

    /// The scope of the signed-in person, with the facts it needs from the database.
    static func scope(for staff: StaffContext) -> StudentScope {
        StudentScope.of(
            staff.actor, jobRole: staff.user.jobRole, yearGroupsLed: Set(staff.user.yearGroupsLed ?? []),
            policy: staff.school?.reachPolicy ?? ReachPolicy())
    }

    /// The scope as conditions on `students`, resolved before the list's queries run.
    private struct Reach {
        var schools: [UUID]
        /// For a limited scope, the students also in reach besides the whole school's.
        var within: (linked: [UUID], years: [Int], specialNeeds: Bool)?
    }

    /// What the scope reaches; `nil` when it can reach nobody (then no query is needed).
    /// `organisationSchools`: the organisation's schools, when the caller has read them already.
    private static func reach(
        _ scope: StudentScope, schoolID: UUID?, userID: UUID, organisationSchools: [UUID]?, on db: any SQLDatabase
    ) async throws -> Reach? {
        switch scope {
        case .none:
            return nil
        case .organisation(let organisationID):
            let schools: [UUID]
            if let organisationSchools {
                schools = organisationSchools
            } else {
                schools = try await db.select().column("id").from(School.schema)
                    .where("organisation_id", .equal, organisationID).all(decodingColumn: "id", as: UUID.self)
            }
            let chosen = schoolID.map { schools.contains($0) ? [$0] : [] } ?? schools
            return chosen.isEmpty ? nil : Reach(schools: chosen)
        case .school(let id):
            return Reach(schools: [id])
        case .limited(let id, let years, let specialNeeds):
            let linked = try await db.select().column("student_id").from(StaffStudentLink.schema)
                .where("user_id", .equal, userID).all(decodingColumn: "student_id", as: UUID.self)
            guard !linked.isEmpty || !years.isEmpty || specialNeeds else { return nil }
            return Reach(schools: [id], within: (linked, years.sorted(), specialNeeds))
        }
    }

    /// Active students in reach that match the filters, as conditions on `students`.
    private static func matching<B: SQLPredicateBuilder>(_ builder: B, _ reach: Reach, _ filters: Filters) -> B {
        builder.where("is_active", .equal, true)
        // Equality when there is one school: `IN` keeps the database from walking the
        // (school, name) index in order, and then it sorts every student instead.
        if reach.schools.count == 1 {
            builder.where("school_id", .equal, reach.schools[0])
        } else {
            builder.where("school_id", .in, reach.schools)
        }
        if let within = reach.within {
            builder.where { group in
                if !within.linked.isEmpty { group.orWhere("id", .in, within.linked) }
                if !within.years.isEmpty { group.orWhere("year_group", .in, within.years) }
                if within.specialNeeds { group.orWhere("has_special_needs", .equal, true) }
                return group
            }
        }
        // Each typed word must start a word of the name: "al" finds "Alfie" and "Al-Hashimi",
        // not "Salma".
        for term in NameSearch.terms(filters.query).map(escapeLike) where !term.isEmpty {
            builder.where { group in
                group.orWhere("search_name", .like, "\(term)%").orWhere("search_name", .like, "% \(term)%")
            }
        }
        if let year = filters.yearGroup { builder.where("year_group", .equal, year) }
        if filters.specialNeeds { builder.where("has_special_needs", .equal, true) }
        if filters.disadvantaged { builder.where("is_disadvantaged", .equal, true) }
        if filters.additionalLanguage { builder.where("learns_english_as_additional_language", .equal, true) }
        return builder
    }

    /// Students in scope that match the filters, by family name then given name: one query
    /// for the count and one for the page (and one for the links of staff with a limited
    /// reach, or the organisation's schools when the caller has not read them).
    static func search(
        _ filters: Filters, scope: StudentScope, schoolID: UUID?, userID: UUID, organisationSchools: [UUID]? = nil,
        pageSize: Int = 50, on db: any SQLDatabase
    ) async throws -> Page {
        guard
            let reach = try await reach(
                scope, schoolID: schoolID, userID: userID, organisationSchools: organisationSchools, on: db)
        else { return Page(students: [], total: 0, pageSize: pageSize) }
        let total = try await count(reach, filters, on: db)
        let students = try await matching(
            db.select().columns(Listed.columns).from(Student.schema), reach, filters
        )
        .orderBy("legal_family_name").orderBy("legal_given_name")
        .limit(pageSize).offset((filters.page - 1) * pageSize)
        .all(decoding: Listed.self, keyDecodingStrategy: .columns)
        return Page(students: students, total: total, pageSize: pageSize)
    }

    /// How many active students in reach match the filters. A whole school (or several),
    /// unfiltered, is the count the database keeps (`AddSchoolStudentCounts`); anything
    /// narrower is counted, from the list index alone (`school_id`, not every student's row).
    private static func count(_ reach: Reach, _ filters: Filters, on db: any SQLDatabase) async throws -> Int {
        if reach.within == nil && filters.isUnfiltered {
            let ids: [any Encodable & Sendable] = reach.schools
            return try await db.raw(
                """
                SELECT CAST(COALESCE(SUM(active), 0) AS BIGINT) AS total FROM school_student_counts
                WHERE school_id IN (\(binds: ids))
                """
            ).first(decodingColumn: "total", as: Int.self) ?? 0
        }
        return try await matching(
            db.select().column(SQLFunction("COUNT", args: SQLColumn("school_id")), as: "total").from(Student.schema),
            reach, filters
        )
        .first(decodingColumn: "total", as: Int.self) ?? 0
    }

    /// The year groups the schools actually have, answered from the (school, year group) index.
    /// `DISTINCT` would read one index entry per student (6 ms at 60,000, on every list page);
    /// asking for the next year group above the last one found takes one index seek per year
    /// group instead, on SQLite and PostgreSQL alike.
    static func yearGroups(in schools: [UUID], on db: any SQLDatabase) async throws -> [Int] {
        guard !schools.isEmpty else { return [] }
        let ids: [any Encodable & Sendable] = schools
        return try await db.raw(
            """
            WITH RECURSIVE found(year_group) AS (
                SELECT MIN(year_group) FROM students WHERE school_id IN (\(binds: ids))
                UNION ALL
                SELECT (SELECT MIN(year_group) FROM students WHERE school_id IN (\(binds: ids))
                    AND year_group > found.year_group)
                FROM found WHERE found.year_group IS NOT NULL
            )
            SELECT year_group FROM found WHERE year_group IS NOT NULL
            """
        ).all(decodingColumn: "year_group", as: Int.self).sorted()
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
    static func circle(of id: UUID, on db: any Database) async throws -> Circle {
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
            agencies: try await StudentCircle.agencies(of: id, on: db))
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
                try await tellOldAddress(oldEmail, of: member, schoolID: schoolID, now: context.now, on: db)
                try await AuditLog.record(
                    .familyEmailChanged, on: db, context: context, schoolID: schoolID, subjectType: "family_member",
                    subjectID: member.id, summary: member.displayName)
            }
            if member.restriction != before {
                var summary =
                    "\(member.displayName): restriction \(member.restriction == nil ? "lifted" : before == nil ? "set" : "changed")"
                if member.isRestricted && (before ?? "").isEmpty {
                    let stopped = try await ContactStop.stop(member, now: context.now, on: db)
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
        _ old: String?, of member: FamilyMember, schoolID: UUID, now: Date, on db: any Database
    ) async throws {
        guard let old, let recipient = Recipient.familyMember(member, at: old),
            let school = try await School.find(schoolID, on: db)
        else { return }
        let t = Localizer(Catalog.resolve(chosen: nil, preferred: member.preferredLanguage))
        try await OutboxMessage(
            school: schoolID, meeting: nil, to: recipient, subject: t(.addressChangedSubject, ["school": school.name]),
            body: t(.addressChangedBody, ["name": member.displayName, "school": school.name]), now: now
        ).create(on: db)
    }
}
