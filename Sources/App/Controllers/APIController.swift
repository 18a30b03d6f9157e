import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// `/api/v1`: the same people, the same rules as the web pages, as JSON.
enum APIController {
    struct Supports: Content {
        var specialNeeds: Bool
        var disadvantaged: Bool
        var englishAsAdditionalLanguage: Bool
    }

    struct StudentSummary: Content {
        var id: UUID
        var schoolId: UUID
        var sourcedId: String?
        var givenName: String
        var familyName: String
        var preferredName: String?
        /// Null when it is not known (a roster row without a grade); never the stored marker.
        var yearGroup: Int?
        var supports: Supports

        init(
            id: UUID, schoolId: UUID, sourcedId: String?, givenName: String, familyName: String,
            preferredName: String?, yearGroup: Int?, supports: Supports
        ) {
            self.id = id
            self.schoolId = schoolId
            self.sourcedId = sourcedId
            self.givenName = givenName
            self.familyName = familyName
            self.preferredName = preferredName
            self.yearGroup = yearGroup
            self.supports = supports
        }

        /// As synthesized, except that an unknown year group is sent as `null` rather than left
        /// out: the contract names the field required.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(schoolId, forKey: .schoolId)
            try container.encodeIfPresent(sourcedId, forKey: .sourcedId)
            try container.encode(givenName, forKey: .givenName)
            try container.encode(familyName, forKey: .familyName)
            try container.encodeIfPresent(preferredName, forKey: .preferredName)
            try container.encode(yearGroup, forKey: .yearGroup)
            try container.encode(supports, forKey: .supports)
        }

        init(_ student: StudentDirectory.Listed) {
            id = student.id
            schoolId = student.schoolId
            sourcedId = student.sourcedId
            givenName = student.legalGivenName
            familyName = student.legalFamilyName
            preferredName = student.preferredName
            yearGroup = YearGroups.known(student.yearGroup)
            supports = Supports(
                specialNeeds: student.hasSpecialNeeds, disadvantaged: student.isDisadvantaged,
                englishAsAdditionalLanguage: student.learnsEnglishAsAdditionalLanguage)
        }

        init(_ student: Student) {
            id = student.id!
            schoolId = student.$school.id
            sourcedId = student.sourcedID
            givenName = student.legalGivenName
            familyName = student.legalFamilyName
            preferredName = student.preferredName
            yearGroup = YearGroups.known(student.yearGroup)
            supports = Supports(
                specialNeeds: student.hasSpecialNeeds, disadvantaged: student.isDisadvantaged,
                englishAsAdditionalLanguage: student.learnsEnglishAsAdditionalLanguage)
        }
    }

    struct StudentPage: Content {
        var items: [StudentSummary]
        var page: Int
        var pageSize: Int
        var total: Int
    }

    static func students(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let query = try req.query.decode(StudentListQuery.self)
        let filters = query.filters
        let page = try await StudentDirectory.search(
            filters, scope: StudentDirectory.scope(for: staff), schoolID: query.school,
            userID: staff.user.requireID(), on: req.sql)
        return try await StudentPage(
            items: page.students.map(StudentSummary.init), page: filters.page, pageSize: page.pageSize,
            total: page.total
        ).encodeResponse(for: req)
    }

    struct Contact: Content {
        var email: String?
        var phone: String?
        var preferredLanguage: String
        var needsInterpreter: Bool
        var interpreterLanguage: String?
        var preferredContact: String
        var preferredMeetingMode: String
        var accessibilityNeeds: String?
    }

    struct FamilyEntry: Content {
        var id: UUID
        var givenName: String
        var familyName: String
        var relationship: String
        var parentalResponsibility: Bool
        var livesWithStudent: Bool
        /// True when the person must not be contacted; `contact` is then left out.
        var restricted: Bool
        var restriction: String?
        var contact: Contact?
    }

    struct StaffEntry: Content {
        var id: UUID
        var name: String
        var jobRole: String
    }

    struct StudentDetail: Content {
        var student: StudentSummary
        var dateOfBirth: String?
        var homeLanguages: [String]
        var whatHelpsMe: String?
        var family: [FamilyEntry]
        var staff: [StaffEntry]
        var agencies: [AgencyEntry]
    }

    struct AgencyEntry: Content {
        var id: UUID
        var agency: String
        var name: String
        var role: String?
        var email: String?
        var phone: String?
        var consentFrom: String
        var consentDate: String
    }

    static func student(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(StudentID.self).rawValue
        guard
            let student = try await StudentDirectory.visibleStudent(
                id, scope: StudentDirectory.scope(for: staff), userID: staff.user.requireID(), on: req.db)
        else { throw AppError.notFound }
        let circle = try await StudentDirectory.circle(of: student.requireID(), on: req.db)
        try await AuditLog.record(
            .studentViewed, on: req.db, context: req.auditContext, schoolID: student.$school.id,
            subjectType: "student", subjectID: student.id, summary: student.displayName + " (API)")
        let birthday = student.dateOfBirth.map {
            $0.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day())
        }
        return try await StudentDetail(
            student: StudentSummary(student), dateOfBirth: birthday, homeLanguages: student.homeLanguages,
            whatHelpsMe: student.whatHelpsMe,
            family: circle.family.map { FamilyEntry(link: $0.link, member: $0.member) },
            staff: circle.staff.map { StaffEntry(id: $0.id!, name: $0.name, jobRole: $0.jobRole.rawValue) },
            agencies: circle.agencies.map { entry in
                AgencyEntry(
                    id: entry.contact.id!, agency: entry.contact.agency, name: entry.contact.name,
                    role: entry.contact.role, email: entry.contact.email, phone: entry.contact.phone,
                    consentFrom: entry.link.consentFrom, consentDate: StudentForm.inputValue(entry.link.consentDate))
            }
        ).encodeResponse(for: req)
    }

    struct StaffMember: Content {
        var id: UUID
        var name: String
        var email: String
        var role: String
        var jobRole: String
        var schoolId: UUID?
        var active: Bool
        var invited: Bool
    }

    /// A school's staff, for leaders and administrators.
    static func staff(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let organisationID = try staff.organisation.requireID()
        guard let schoolID = req.query[UUID.self, at: "school"] ?? staff.user.$school.id,
            let school = try await Schools.find(schoolID, in: organisationID, on: req.db)
        else { throw AppError.badRequest("Give the school's id as ?school=…") }
        try req.require(.listStaff(school.ref))
        let people = try await StaffDirectory.list(organisationID: organisationID, schoolID: schoolID, on: req.db)
        return try await people.map {
            StaffMember(
                id: $0.id!, name: $0.name, email: $0.email, role: $0.role.rawValue, jobRole: $0.jobRole.rawValue,
                schoolId: $0.$school.id, active: $0.isActive, invited: $0.isPending)
        }.encodeResponse(for: req)
    }
}

extension APIController.FamilyEntry {
    init(link: StudentFamilyLink, member: FamilyMember) {
        id = member.id!
        givenName = member.givenName
        familyName = member.familyName
        relationship = link.relationship.rawValue
        parentalResponsibility = link.hasParentalResponsibility
        livesWithStudent = link.livesWithStudent
        restricted = member.isRestricted
        restriction = member.restriction
        // Someone who must not be contacted has no contact details in what leaves the server.
        contact =
            member.isRestricted
            ? nil
            : APIController.Contact(
                email: member.email, phone: member.phone, preferredLanguage: member.preferredLanguage,
                needsInterpreter: member.needsInterpreter, interpreterLanguage: member.interpreterLanguage,
                preferredContact: member.preferredContact.rawValue,
                preferredMeetingMode: member.preferredMeetingMode.rawValue,
                accessibilityNeeds: member.accessibilityNeeds)
    }
}
