import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// How far heads of year and the special needs coordinator see, decided per school.
enum SchoolSettingsController {
    struct Query: Content {
        var school: UUID?
    }

    struct Form: Content {
        var head_of_year_sees_year_group: String?
        var sen_coordinator_sees_special_needs: String?
        var participant_code_required: String?
        var jargon: String?
        var address: String?
        var phone: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        var page = try await SchoolSettingsPage.read(
            for: staff, requested: try req.query.decode(Query.self).school, on: req.sql)
        page.notice = req.notice
        return page.response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let school = try await req.settingsSchool(requiring: Permission.manageSchoolSettings)
        let form = try req.formFields(Form.self)
        if req.csrfFailed { throw AppError.formExpired }
        school.headOfYearSeesYearGroup = form.head_of_year_sees_year_group == "true"
        school.senCoordinatorSeesSpecialNeeds = form.sen_coordinator_sees_special_needs == "true"
        school.participantCodeRequired = form.participant_code_required == "true"
        let jargon = (form.jargon ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let typedContact = SchoolContactForm(address: form.address ?? "", phone: form.phone ?? "")
        var errors = FieldErrors()
        // In the order the fields appear: the school's contact details, then the jargon list.
        let contact: SchoolContactForm.Checked?
        switch typedContact.check() {
        case .success(let checked): contact = checked
        case .failure(let box):
            contact = nil
            for item in box.errors.items { errors.add(item.field, item.message) }
        }
        if case .failure(let problems) = Jargon.parse(text: jargon) { errors.add("jargon", problems.summary) }
        guard errors.isEmpty, let contact else {
            return SchoolSettingsPage(
                schoolID: SchoolID(try school.requireID()), schoolName: school.name,
                headOfYearSeesYearGroup: school.headOfYearSeesYearGroup,
                senCoordinatorSeesSpecialNeeds: school.senCoordinatorSeesSpecialNeeds,
                participantCodeRequired: school.participantCodeRequired, jargon: form.jargon ?? "",
                contact: typedContact, errors: errors
            ).response(for: req, status: .unprocessableEntity)
        }
        school.address = contact.address
        school.phone = contact.phone
        // The built-in list is kept as "nothing stored", so later improvements to it reach the school.
        school.jargon = jargon == Jargon.text(for: Jargon.defaultList) ? nil : jargon
        if school.hasChanges {
            try await req.db.transaction { db in
                try await school.save(on: db)
                try await AuditLog.record(
                    .schoolSettingsChanged, on: db, context: req.auditContext, schoolID: school.id,
                    subjectType: "school", subjectID: school.id,
                    summary: "Heads of year see their year groups: \(school.headOfYearSeesYearGroup ? "yes" : "no"); "
                        + "special needs coordinator sees students with special needs: \(school.senCoordinatorSeesSpecialNeeds ? "yes" : "no"); "
                        + "families give an emailed code: \(school.participantCodeRequired ? "yes" : "no")"
                )
            }
        }
        return req.redirect(
            to: SiteRoute.schoolSettings(school: school.id.map { SchoolID($0) }, notice: .settingsSaved).path,
            redirectType: .normal)
    }
}
