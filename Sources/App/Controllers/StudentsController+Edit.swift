import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Adding a student by hand, and changing what is recorded about one.
extension StudentsController {
    struct StudentFields: Content {
        var school: String?
        var given_name: String?
        var family_name: String?
        var preferred_name: String?
        var date_of_birth: String?
        var year_group: String?
        var form_group: String?
        var main_language: String?
        var other_language: String?
        var special_needs: String?
        var disadvantaged: String?
        var additional_language: String?
        var what_helps_me: String?

        var form: StudentForm {
            var form = StudentForm()
            form.givenName = given_name ?? ""
            form.familyName = family_name ?? ""
            form.preferredName = preferred_name ?? ""
            form.dateOfBirth = date_of_birth ?? ""
            form.yearGroup = year_group ?? ""
            form.formGroup = form_group ?? ""
            form.mainLanguage = main_language ?? ""
            form.otherLanguage = other_language ?? ""
            form.specialNeeds = special_needs == "true"
            form.disadvantaged = disadvantaged == "true"
            form.additionalLanguage = additional_language == "true"
            form.whatHelpsMe = what_helps_me ?? ""
            return form
        }
    }

    static func newForm(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let schools = try await StudentFormPage.schools(for: staff, on: req.sql)
        guard !schools.isEmpty else { throw AppError.notFound }
        let chosen = req.query[UUID.self, at: "school"] ?? (schools.count == 1 ? schools[0].id : nil)
        return StudentFormPage(
            newIn: schools, chosen: chosen.flatMap { id in schools.contains { $0.id == id } ? id : nil }
        ).response(for: req)
    }

    static func create(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let schools = try await StudentFormPage.schools(for: staff, on: req.sql)
        guard !schools.isEmpty else { throw AppError.notFound }
        let fields = try req.reshowableFields(StudentFields.self)
        let form = fields.form
        let chosen = fields.school.flatMap(UUID.init(uuidString:)) ?? (schools.count == 1 ? schools[0].id : nil)
        var errors = FieldErrors()
        let school = schools.first { $0.id == chosen }
        if school == nil { errors.add("school", "Choose the student's school") }
        var checked: StudentForm.Checked?
        switch form.check(today: req.roundtable.now) {
        case .success(let value): checked = value
        case .failure(let box): for item in box.errors.items { errors.add(item.field, item.message) }
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked, let school else {
            return StudentFormPage(newIn: schools, chosen: chosen, form: form, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        let student = try await StudentRecords.create(
            checked, schoolID: school.id, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .studentAdded)).path,
            redirectType: .normal
        )
    }

    static func editForm(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        return try StudentFormPage(editing: student).response(for: req)
    }

    static func update(_ req: Request) async throws -> Response {
        let (_, student) = try await req.managedStudent()
        let form = try req.reshowableFields(StudentFields.self).form
        var errors = FieldErrors()
        var checked: StudentForm.Checked?
        switch form.check(today: req.roundtable.now) {
        case .success(let value): checked = value
        case .failure(let box): errors = box.errors
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let checked else {
            return try StudentFormPage(editing: student, form: form, errors: errors)
                .response(for: req, status: .unprocessableEntity)
        }
        try await StudentRecords.update(student, with: checked, context: req.auditContext, on: req.db)
        return req.redirect(
            to: SiteRoute.student(try StudentID(student.requireID()), .show(notice: .studentSaved)).path,
            redirectType: .normal
        )
    }
}
