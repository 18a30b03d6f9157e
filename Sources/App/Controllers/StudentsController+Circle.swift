import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Staff and agencies around a student, changed by leaders and administrators.
extension StudentsController {
    struct StaffFields: Content {
        var staff_id: String?
    }

    static func staffSearch(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        let search = String((req.query[String.self, at: "q"] ?? "").prefix(100))
        return try await LinkStaffPage.read(for: student, search: search, on: req.sql).response(for: req)
    }

    static func linkStaff(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        if req.csrfFailed { throw AppError.formExpired }
        guard let userID = try req.formFields(StaffFields.self).staff_id.flatMap(UUID.init(uuidString:)) else {
            throw AppError.badRequest("Choose a member of staff from the list.")
        }
        guard try await StudentCircle.linkStaff(userID, to: student, context: req.auditContext, on: req.db) else {
            throw AppError.notFound
        }
        return req.redirect(to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .staffLinked)).path)
    }

    static func unlinkStaff(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        if req.csrfFailed { throw AppError.formExpired }
        let userID = try req.parameters.require(StaffID.self).rawValue
        guard try await StudentCircle.unlinkStaff(userID, from: student, context: req.auditContext, on: req.db)
        else { throw AppError.notFound }
        return req.redirect(
            to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .staffUnlinked)).path)
    }

    struct AgencyFields: Content {
        var existing: String?
        var agency: String?
        var name: String?
        var role: String?
        var email: String?
        var phone: String?
        var consent_from: String?
        var consent_date: String?
        var consent_notes: String?

        var form: AgencyContactForm {
            var form = AgencyContactForm()
            form.agency = agency ?? ""
            form.name = name ?? ""
            form.role = role ?? ""
            form.email = email ?? ""
            form.phone = phone ?? ""
            form.consentFrom = consent_from ?? ""
            form.consentDate = consent_date ?? ""
            form.consentNotes = consent_notes ?? ""
            return form
        }
    }

    static func agencyForm(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        return try await AddAgencyPage.read(for: student, on: req.sql).response(for: req)
    }

    static func addAgency(_ req: Request) async throws -> Response {
        let (staff, student) = try await req.managedStudent()
        let fields = try req.reshowableFields(AgencyFields.self)
        let known = try await StudentCircle.agencyContacts(for: student, on: req.db)
        var form = fields.form
        let existingID = fields.existing.flatMap(UUID.init(uuidString:))
        var errors = FieldErrors()
        let existing = known.first { $0.id == existingID }
        if existingID != nil && existing == nil { errors.add("existing", "Choose someone from the list") }
        if let existing {
            // The person is already recorded: only the consent is new.
            form.agency = existing.agency
            form.name = existing.name
            form.email = existing.email ?? ""
            form.phone = existing.phone ?? ""
            form.role = existing.role ?? ""
        }
        var checked: AgencyContactForm.Checked?
        switch form.check(today: req.roundtable.now) {
        case .success(let value): checked = value
        case .failure(let box): for item in box.errors.items { errors.add(item.field, item.message) }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            if existing != nil { form = fields.form }
            var page = try await AddAgencyPage.read(for: student, on: req.sql)
            page.existing = fields.existing ?? ""
            page.form = form
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        try await StudentCircle.addAgency(
            checked, existing: existing, to: student, recordedBy: staff.user.id, context: req.auditContext, on: req.db)
        return req.redirect(to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .agencyAdded)).path)
    }

    static func removeAgency(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        if req.csrfFailed { throw AppError.formExpired }
        let linkID = try req.parameters.require(AgencyLinkID.self).rawValue
        guard try await StudentCircle.removeAgency(linkID, from: student, context: req.auditContext, on: req.db)
        else { throw AppError.notFound }
        return req.redirect(
            to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .agencyRemoved)).path)
    }
}
