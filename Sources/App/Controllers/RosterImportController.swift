import Fluent
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// Administrators upload a roster export (a zip of OneRoster CSV files) for a school.
enum RosterImportController {
    struct Upload: Content {
        var file: File?
        var school: String?
        var dry_run: String?
        var skip_invalid: String?
    }

    static func show(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let schools = try await RosterUploadPage.schools(for: staff, on: req.sql)
        return try await RosterUploadPage.read(
            schools: schools, chosen: req.query[UUID.self, at: "school"]?.uuidString,
            progress: req.roundtable.rosterProgress, now: req.roundtable.now, on: req.sql
        ).response(for: req)
    }

    static func upload(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let schools = try await RosterUploadPage.schools(for: staff, on: req.sql)
        let form = (try? req.reshowableFields(Upload.self)) ?? Upload()
        let chosen = schools.first { $0.id.uuidString == form.school } ?? (schools.count == 1 ? schools[0] : nil)
        var errors = FieldErrors()
        if chosen == nil { errors.add("school", "Choose the school the roster is for") }
        if let file = form.file, file.data.readableBytes > 0 {
            if !file.filename.lowercased().hasSuffix(".zip") {
                errors.add("file", "Choose a .zip file that holds the roster's CSV files")
            }
        } else {
            errors.add("file", "Choose the roster's zip file")
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let chosen, let file = form.file,
            let school = try await School.find(chosen.id, on: req.db)
        else {
            var page = try await RosterUploadPage.read(
                schools: schools, chosen: form.school ?? "", progress: req.roundtable.rosterProgress,
                now: req.roundtable.now, on: req.sql)
            page.dryRun = form.dry_run == "true"
            page.skipInvalid = form.skip_invalid == "true"
            page.errors = errors
            return page.response(for: req, status: .unprocessableEntity)
        }
        let job = try await RosterUploads.start(
            data: file.data, fileName: file.filename, school: school, staff: staff, dryRun: form.dry_run == "true",
            skipInvalid: form.skip_invalid == "true", context: req.auditContext, app: req.application)
        return req.redirect(
            to: SiteRoute.rosterImportJob(try RosterImportJobID(job.requireID())).path, redirectType: .normal)
    }

    static func job(_ req: Request) async throws -> Response {
        let staff = try req.requireStaff()
        let id = try req.parameters.require(RosterImportJobID.self).rawValue
        return try await RosterImportJobPage.read(
            id, for: staff, progress: req.roundtable.rosterProgress, now: req.roundtable.now, on: req.sql
        )
        .response(for: req)
    }
}
