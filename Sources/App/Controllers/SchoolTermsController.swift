import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The school's term dates, on a page of their own linked from the school's settings.
enum SchoolTermsController {
    private static func today(_ req: Request) -> SchoolDay {
        SchoolDay(req.roundtable.now, in: req.roundtable.configuration.timeZone)
    }

    static func show(_ req: Request) async throws -> Response {
        let school = try await req.settingsSchool(requiring: Permission.manageSchoolSettings)
        var page = try await SchoolTermsPage.read(
            school: school, today: today(req), now: req.roundtable.now, on: req.sql)
        page.notice = req.notice
        return page.response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let school = try await req.settingsSchool(requiring: Permission.manageSchoolSettings)
        let schoolID = try school.requireID()
        let today = today(req)
        let form = TermDatesForm(fields: try req.reshowableFields([String: String].self))
        var errors = FieldErrors()
        if req.csrfFailed {
            errors.add(FieldErrors.expiredField, "This page was open a long time. Check and send it again.")
        } else {
            switch try await SchoolTerms.save(
                form, school: schoolID, today: today, now: req.roundtable.now, context: req.auditContext, on: req.db)
            {
            case .failure(let box): errors = box.errors
            case .success:
                return req.redirect(
                    to: SiteRoute.schoolTerms(school: SchoolID(schoolID), notice: .termsSaved).path,
                    redirectType: .normal)
            }
        }
        var page = try await SchoolTermsPage.read(school: school, today: today, now: req.roundtable.now, on: req.sql)
        page.form = form
        page.errors = errors
        return page.response(for: req, status: .unprocessableEntity)
    }
}
