import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Creating and changing through the API: the same checks and permissions as the web
/// forms, so a sync script can do nothing a leader could not do by hand.
extension APIController {
    struct StudentInput: Content {
        var schoolId: UUID?
        var givenName: String?
        var familyName: String?
        var preferredName: String?
        /// `YYYY-MM-DD`; an empty string clears it.
        var dateOfBirth: String?
        var yearGroup: Int?
        var homeLanguages: [String]?
        var supports: SupportsInput?
        var whatHelpsMe: String?

        struct SupportsInput: Content {
            var specialNeeds: Bool?
            var disadvantaged: Bool?
            var englishAsAdditionalLanguage: Bool?
        }

        /// The form as the web would hold it: `base` (the student as they are, or empty for a
        /// new one) with whatever the request sends laid over it.
        func form(over base: StudentForm) -> StudentForm {
            var form = base
            if let givenName { form.givenName = givenName }
            if let familyName { form.familyName = familyName }
            if let preferredName { form.preferredName = preferredName }
            if let dateOfBirth { form.dateOfBirth = dateOfBirth }
            if let yearGroup { form.yearGroup = String(yearGroup) }
            if let homeLanguages {
                form.mainLanguage = homeLanguages.first ?? ""
                form.otherLanguage = homeLanguages.dropFirst().first ?? ""
            }
            if let value = supports?.specialNeeds { form.specialNeeds = value }
            if let value = supports?.disadvantaged { form.disadvantaged = value }
            if let value = supports?.englishAsAdditionalLanguage { form.additionalLanguage = value }
            if let whatHelpsMe { form.whatHelpsMe = whatHelpsMe }
            return form
        }
    }

    /// Field names in API errors are the JSON ones, not the web form's.
    static let studentFieldNames = [
        "given_name": "givenName", "family_name": "familyName", "preferred_name": "preferredName",
        "date_of_birth": "dateOfBirth", "year_group": "yearGroup", "main_language": "homeLanguages",
        "other_language": "homeLanguages", "what_helps_me": "whatHelpsMe",
    ]

    static func renamed(_ errors: FieldErrors, _ names: [String: String]) -> FieldErrors {
        var renamed = FieldErrors()
        for item in errors.items { renamed.add(names[item.field] ?? item.field, item.message) }
        return renamed
    }

    static func createStudent(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let input = try req.content.decode(StudentInput.self)
        let organisationID = try staff.organisation.requireID()
        guard let schoolID = input.schoolId ?? staff.user.$school.id,
            let school = try await Schools.find(schoolID, in: organisationID, on: req.db)
        else {
            var errors = FieldErrors()
            errors.add("schoolId", "Give the id of a school in your organisation")
            throw AppError.invalid(errors)
        }
        try req.require(.manageStudents(school.ref))
        let checked = try check(input.form(over: StudentForm()), today: req.roundtable.now)
        let student = try await StudentRecords.create(
            withAllLanguages(checked, input.homeLanguages), schoolID: schoolID, context: req.auditContext, on: req.db)
        let response = try await StudentSummary(student).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(
            name: .location, value: SiteRoute.api(.student(try StudentID(student.requireID()))).path)
        return response
    }

    static func updateStudent(_ req: Request) async throws -> Response {
        let (_, student) = try await req.visibleStudent()
        try req.require(.manageStudents(student.schoolRef))
        let input = try req.content.decode(StudentInput.self)
        let checked = try check(input.form(over: StudentForm(student)), today: req.roundtable.now)
        try await StudentRecords.update(
            student, with: withAllLanguages(checked, input.homeLanguages), context: req.auditContext, on: req.db)
        return try await StudentSummary(student).encodeResponse(for: req)
    }

    private static func check(_ form: StudentForm, today: Date) throws -> StudentForm.Checked {
        switch form.check(today: today) {
        case .success(let checked): return checked
        case .failure(let box): throw AppError.invalid(renamed(box.errors, studentFieldNames))
        }
    }

    /// The web form offers two home languages; the API takes the whole list.
    private static func withAllLanguages(
        _ checked: StudentForm.Checked, _ languages: [String]?
    )
        -> StudentForm.Checked
    {
        guard let languages else { return checked }
        var checked = checked
        var unique: [String] = []
        for code in languages where !code.isEmpty && !unique.contains(code) { unique.append(code) }
        checked.homeLanguages = unique
        return checked
    }
}

extension APIController {
    static func family(_ req: Request) async throws -> Response {
        let (_, student) = try await req.visibleStudent()
        let circle = try await StudentDirectory.circle(of: student.requireID(), on: req.db)
        return try await circle.family.map { FamilyEntry(link: $0.link, member: $0.member) }.encodeResponse(for: req)
    }

    struct FamilyInput: Content {
        /// Link someone already family of another student at the school, instead of a new person.
        var existingId: UUID?
        var givenName: String?
        var familyName: String?
        var relationship: String?
        var parentalResponsibility: Bool?
        var livesWithStudent: Bool?
        var contact: ContactInput?

        struct ContactInput: Content {
            var email: String?
            var phone: String?
            var preferredLanguage: String?
            var needsInterpreter: Bool?
            var interpreterLanguage: String?
            var preferredContact: String?
            var preferredMeetingMode: String?
            var accessibilityNeeds: String?
            var restriction: String?
        }

        var link: FamilyLinkForm {
            var form = FamilyLinkForm()
            form.relationship = relationship ?? ""
            form.parentalResponsibility = parentalResponsibility.map { $0 ? "yes" : "no" } ?? ""
            form.livesWith = livesWithStudent.map { $0 ? "yes" : "no" } ?? ""
            return form
        }

        var newMember: NewFamilyMemberForm {
            var form = NewFamilyMemberForm()
            form.givenName = givenName ?? ""
            form.familyName = familyName ?? ""
            form.link = link
            var contactForm = FamilyContactForm()
            if let contact {
                contactForm.email = contact.email ?? ""
                contactForm.phone = contact.phone ?? ""
                contactForm.preferredLanguage = contact.preferredLanguage ?? "en"
                contactForm.needsInterpreter = contact.needsInterpreter == true ? "yes" : "no"
                contactForm.interpreterLanguage = contact.interpreterLanguage ?? ""
                contactForm.preferredContact = contact.preferredContact ?? ContactChannel.email.rawValue
                contactForm.preferredMeetingMode = contact.preferredMeetingMode ?? MeetingMode.inPerson.rawValue
                contactForm.accessibilityNeeds = contact.accessibilityNeeds ?? ""
                contactForm.restriction = contact.restriction ?? ""
            }
            form.contact = contactForm
            return form
        }
    }

    static let familyFieldNames = [
        "given_name": "givenName", "family_name": "familyName", "parental_responsibility": "parentalResponsibility",
        "lives_with": "livesWithStudent", "email": "contact.email", "phone": "contact.phone",
        "preferred_contact": "contact.preferredContact", "preferred_meeting_mode": "contact.preferredMeetingMode",
        "interpreter_language": "contact.interpreterLanguage", "accessibility_needs": "contact.accessibilityNeeds",
        "restriction": "contact.restriction",
    ]

    static func addFamily(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.visibleStudent()
        try req.require(.manageStudents(student.schoolRef))
        let organisationID = try staff.organisation.requireID()
        let input = try req.content.decode(FamilyInput.self)
        let member: FamilyMember
        if let existingID = input.existingId {
            guard
                let found = try await StudentCircle.candidate(
                    existingID, for: student, organisationID: organisationID, on: req.db)
            else {
                var errors = FieldErrors()
                errors.add("existingId", "Give the id of someone who is family of another student at this school")
                throw AppError.invalid(errors)
            }
            var errors = FieldErrors()
            guard let checked = input.link.check(into: &errors) else {
                throw AppError.invalid(renamed(errors, familyFieldNames))
            }
            try await StudentCircle.linkExisting(found, to: student, checked, context: req.auditContext, on: req.db)
            member = found
        } else {
            switch input.newMember.check() {
            case .failure(let box): throw AppError.invalid(renamed(box.errors, familyFieldNames))
            case .success(let checked):
                member = try await StudentCircle.addNewFamilyMember(
                    checked, to: student, organisationID: organisationID, context: req.auditContext, on: req.db)
            }
        }
        guard let (_, link) = try await StudentDirectory.familyMember(member.requireID(), of: student, on: req.db)
        else { throw AppError.unexpected }
        return try await FamilyEntry(link: link, member: member).encodeResponse(status: .created, for: req)
    }
}
