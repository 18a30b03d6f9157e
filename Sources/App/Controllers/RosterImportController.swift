import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// Administrators upload a roster export (a zip of OneRoster CSV files) for a school.
enum RosterImportController {
    struct Upload: Content {
        var file: File?
        var school: String?
        var dry_run: String?
        var skip_invalid: String?
    }

    private static func schools(_ req: Request) async throws -> (StaffContext, [School]) {
        let staff = try req.requireStaff()
        let all = try await Schools.all(in: staff.organisation.requireID(), on: req.db)
        let allowed = all.filter { AccessPolicy.allows(staff.actor, .importRoster($0.ref)) }
        guard !allowed.isEmpty else { throw AppError.notFound }
        return (staff, allowed)
    }

    private static func recent(_ schools: [School], on db: any Database) async throws -> [RosterImportJob] {
        try await RosterImportJob.query(on: db)
            .filter(\.$school.$id ~~ schools.compactMap(\.id))
            .sort(\.$createdAt, .descending).range(..<10).all()
    }

    static func show(_ req: Request) async throws -> Response {
        let (_, schools) = try await schools(req)
        let chosen = req.query[UUID.self, at: "school"]?.uuidString ?? schools[0].id!.uuidString
        let jobs = try await recent(schools, on: req.db)
        let progress = req.roundtable.rosterProgress
        return RosterUploadPage(
            schools: schools, school: chosen, dryRun: true, skipInvalid: false, recent: jobs,
            interrupted: Set(jobs.filter { progress.isInterrupted($0) }.compactMap(\.id))
        ).response(for: req)
    }

    static func upload(_ req: Request) async throws -> Response {
        let (staff, schools) = try await schools(req)
        let form = (try? req.reshowableFields(Upload.self)) ?? Upload()
        let school = schools.first { $0.id?.uuidString == form.school } ?? (schools.count == 1 ? schools[0] : nil)
        var errors = FieldErrors()
        if school == nil { errors.add("school", "Choose the school the roster is for") }
        if let file = form.file, file.data.readableBytes > 0 {
            if !file.filename.lowercased().hasSuffix(".zip") {
                errors.add("file", "Choose a .zip file that holds the roster's CSV files")
            }
        } else {
            errors.add("file", "Choose the roster's zip file")
        }
        if req.csrfFailed { errors.addExpiredForm() }
        guard errors.isEmpty, let school, let file = form.file else {
            return RosterUploadPage(
                schools: schools, school: form.school ?? "", dryRun: form.dry_run == "true",
                skipInvalid: form.skip_invalid == "true", recent: try await recent(schools, on: req.db), errors: errors
            ).response(for: req, status: .unprocessableEntity)
        }
        let job = try await RosterUploads.start(
            data: file.data, fileName: file.filename, school: school, staff: staff, dryRun: form.dry_run == "true",
            skipInvalid: form.skip_invalid == "true", context: req.auditContext, app: req.application)
        return req.redirect(to: SiteRoute.rosterImportJob(try job.requireID()).path, redirectType: .normal)
    }

    static func job(_ req: Request) async throws -> Response {
        let (_, schools) = try await schools(req)
        guard let id = req.parameters.get("jobID", as: UUID.self),
            let job = try await RosterImportJob.find(id, on: req.db),
            let school = schools.first(where: { $0.id == job.$school.id })
        else { throw AppError.notFound }
        let summary = job.summary.flatMap { try? JSONDecoder().decode(RosterImport.Summary.self, from: Data($0.utf8)) }
        return RosterImportJobPage(
            job: job, schoolName: school.name, phase: req.roundtable.rosterProgress.phase(of: id) ?? job.phase,
            summary: summary, interrupted: req.roundtable.rosterProgress.isInterrupted(job)
        ).response(for: req)
    }
}
