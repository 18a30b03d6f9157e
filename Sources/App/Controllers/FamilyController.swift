import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// A family member's contact details and needs, reached from one of their children's pages.
enum FamilyController {
    struct Form: Content {
        var email: String?
        var phone: String?
        var preferred_language: String?
        var needs_interpreter: String?
        var interpreter_language: String?
        var preferred_contact: String?
        var preferred_meeting_mode: String?
        var accessibility_needs: String?
        var restriction: String?

        var form: FamilyContactForm {
            var form = FamilyContactForm()
            form.email = email ?? ""
            form.phone = phone ?? ""
            form.preferredLanguage = preferred_language ?? "en"
            form.needsInterpreter = needs_interpreter ?? "no"
            form.interpreterLanguage = interpreter_language ?? ""
            form.preferredContact = preferred_contact ?? ""
            form.preferredMeetingMode = preferred_meeting_mode ?? ""
            form.accessibilityNeeds = accessibility_needs ?? ""
            form.restriction = restriction ?? ""
            return form
        }
    }

    /// The student (which the person must be able to see) and the family member linked to them.
    static func load(_ req: Request) async throws -> (StaffContext, Student, FamilyMember, StudentFamilyLink) {
        let staff = try req.requireStaff()
        let studentID = try req.parameters.require(StudentID.self).rawValue
        let familyID = try req.parameters.require(FamilyMemberID.self).rawValue
        guard
            let student = try await StudentDirectory.visibleStudent(
                studentID, scope: StudentDirectory.scope(for: staff), userID: staff.user.requireID(), on: req.db),
            let (member, link) = try await StudentDirectory.familyMember(familyID, of: student, on: req.db)
        else { throw AppError.notFound }
        return (staff, student, member, link)
    }

    static func mayChangeRestriction(_ staff: StaffContext, student: Student) -> Bool {
        AccessPolicy.allows(
            staff.actor,
            .changeContactRestriction(
                SchoolRef(id: student.$school.id, organisationID: student.organisationID ?? UUID())))
    }

    static func edit(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.visibleStudent()
        let familyID = try req.parameters.require(FamilyMemberID.self).rawValue
        guard let page = try await FamilyMemberPage.read(familyID, of: student, for: staff, on: req.sql)
        else { throw AppError.notFound }
        return page.response(for: req)
    }

    /// The page again, with what was typed and what is wrong with it.
    static func reshow(
        _ req: Request, _ staff: StaffContext, _ student: Student, _ member: FamilyMember,
        change: (inout FamilyMemberPage) -> Void
    ) async throws -> Response {
        guard var page = try await FamilyMemberPage.read(member.requireID(), of: student, for: staff, on: req.sql)
        else { throw AppError.notFound }
        change(&page)
        return page.response(for: req, status: .unprocessableEntity)
    }

    static func update(_ req: Request) async throws -> Response {
        let (staff, student, member, _) = try await load(req)
        let mayChange = mayChangeRestriction(staff, student: student)
        // Someone who must not be contacted is left to leaders entirely: nobody else sees or
        // changes how to reach them.
        guard !member.isRestricted || mayChange else { throw AppError.notFound }
        let form = try req.reshowableFields(Form.self).form
        var errors = FieldErrors()
        var checked: FamilyContactForm.Checked?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        let mayChangeEmail = AccessPolicy.allows(staff.actor, .changeFamilyEmail(student.schoolRef))
        if !mayChangeEmail, StudentDirectory.addressChanged(from: member.email, to: checked?.email ?? form.email) {
            errors.add(
                "email",
                "Only a school leader can change an email address, because personal links are sent there. Ask one of your school's leaders."
            )
        }
        guard errors.isEmpty, let checked else {
            return try await reshow(req, staff, student, member) { page in
                page.form = form
                page.errors = errors
            }
        }
        try await StudentDirectory.updateContact(
            member, with: checked, mayChangeRestriction: mayChange, schoolID: student.$school.id,
            context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .familySaved)).path)
    }
}
