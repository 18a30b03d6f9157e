import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// The school's term dates, on a page of their own linked from the school's settings.
enum SchoolTermsController {
    struct Query: Content {
        var school: UUID?
    }

    private static func today(_ req: Request) -> SchoolDay {
        SchoolDay(req.roundtable.now, in: req.roundtable.configuration.timeZone)
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        var page = try await SchoolTermsPage.read(
            for: staff, requested: try req.query.decode(Query.self).school, today: today(req), on: req.sql)
        page.notice = req.notice
        return page.response(for: req)
    }

    static func save(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let today = today(req)
        let school = try await SchoolTermsPage.school(
            for: staff, requested: try req.query.decode(Query.self).school, on: req.sql)
        let fields = try req.formFields([String: String].self)
        let form = TermDatesForm(fields: fields)
        let (fixed, _) = try await SchoolTermsPage.terms(of: school.id, today: today, on: req.sql)
        switch form.check(locked: fixed) {
        case .failure(let box):
            return SchoolTermsPage(
                schoolID: SchoolID(school.id), schoolName: school.name, fixed: fixed, form: form, errors: box.errors
            ).response(for: req, status: .unprocessableEntity)
        case .success(let terms):
            try await SchoolTerms.save(terms, school: school.id, today: today, context: req.auditContext, on: req.db)
            return req.redirect(
                to: SiteRoute.schoolTerms(school: SchoolID(school.id), notice: .termsSaved).path,
                redirectType: .normal)
        }
    }
}
