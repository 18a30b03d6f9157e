import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Who belongs to a student's family: adding someone new, linking someone the school
/// already knows, changing how they stand to the student, and taking them out.
extension FamilyController {
    struct LinkFields: Content {
        var relationship: String?
        var parental_responsibility: String?
        var lives_with: String?

        var form: FamilyLinkForm {
            var form = FamilyLinkForm()
            form.relationship = relationship ?? ""
            form.parentalResponsibility = parental_responsibility ?? ""
            form.livesWith = lives_with ?? ""
            return form
        }
    }

    struct NewMemberFields: Content {
        var existing: String?
        var given_name: String?
        var family_name: String?
    }

    static func addForm(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.managedStudent()
        guard
            let page = try await AddFamilyMemberPage.read(
                for: student, organisationID: staff.organisation.requireID(),
                existing: req.query[UUID.self, at: "existing"],
                search: String((req.query[String.self, at: "q"] ?? "").prefix(100)), on: req.sql)
        else { throw AppError.notFound }
        return page.response(for: req)
    }

    static func add(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.managedStudent()
        let organisationID = try staff.organisation.requireID()
        let fields = try req.reshowableFields(NewMemberFields.self)
        let link = try req.reshowableFields(LinkFields.self).form
        if let existingID = fields.existing.flatMap(UUID.init(uuidString:)) {
            guard
                let member = try await StudentCircle.candidate(
                    existingID, for: student, organisationID: organisationID, on: req.db)
            else { throw AppError.notFound }
            var errors = FieldErrors()
            let checked = link.check(into: &errors)
            if req.csrfFailed { errors.addExpiredForm() }
            var form = NewFamilyMemberForm()
            form.link = link
            guard errors.isEmpty, let checked else {
                let heading = try StudentHeading(student)
                return AddFamilyMemberPage(
                    studentID: heading.id, studentName: heading.name, studentDisplayName: heading.displayName,
                    mode: .existing(
                        .init(
                            id: FamilyMemberID(try member.requireID()), name: member.displayName,
                            restriction: member.isRestricted ? member.restriction : nil)),
                    form: form, errors: errors
                ).response(for: req, status: .unprocessableEntity)
            }
            try await StudentCircle.linkExisting(member, to: student, checked, context: req.auditContext, on: req.db)
            return req.redirect(
                to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .familyAdded)).path)
        }
        var form = NewFamilyMemberForm()
        form.givenName = fields.given_name ?? ""
        form.familyName = fields.family_name ?? ""
        form.link = link
        form.contact = try req.reshowableFields(Form.self).form
        // Only leaders reach this page, so the restriction field is theirs to fill.
        var errors = FieldErrors()
        var checked: NewFamilyMemberForm.Checked?
        switch form.check() {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            let heading = try StudentHeading(student)
            return AddFamilyMemberPage(
                studentID: heading.id, studentName: heading.name, studentDisplayName: heading.displayName,
                mode: .new(search: "", candidates: []), form: form, errors: errors
            ).response(for: req, status: .unprocessableEntity)
        }
        _ = try await StudentCircle.addNewFamilyMember(
            checked, to: student, organisationID: organisationID, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .familyAdded)).path)
    }

    /// Changes relationship, parental responsibility and living arrangements.
    static func updateLink(_ req: Request) async throws -> Response {
        let (staff, student, member, link) = try await load(req)
        guard AccessPolicy.allows(staff.actor, .manageStudents(student.schoolRef)) else { throw AppError.notFound }
        let linkForm = try req.reshowableFields(LinkFields.self).form
        var errors = FieldErrors()
        let checked = linkForm.check(into: &errors)
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            return try await reshow(req, staff, student, member) { page in
                page.linkForm = linkForm
                page.errors = errors
            }
        }
        try await StudentCircle.updateLink(
            link, member: member, student: student, with: checked, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .familySaved)).path)
    }

    static func removeForm(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        let familyID = try req.parameters.require(FamilyMemberID.self).rawValue
        guard let page = try await RemoveFamilyMemberPage.read(familyID, of: student, on: req.sql)
        else { throw AppError.notFound }
        return page.response(for: req)
    }

    static func remove(_ req: Request) async throws -> Response {
        let (staff, student, member, link) = try await load(req)
        guard AccessPolicy.allows(staff.actor, .manageStudents(student.schoolRef)) else { throw AppError.notFound }
        if req.csrfFailed { throw AppError.formExpired }
        try await StudentCircle.unlink(
            link, member: member, student: student, context: req.auditContext, on: req.db, now: req.roundtable.now)
        return req.redirect(
            to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .familyRemoved)).path)
    }
}
