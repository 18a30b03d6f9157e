import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension RosterUploadPage {
    /// The schools the person may import into (one query, then the access policy), or "not
    /// found" when there are none.
    static func schools(for staff: StaffContext, on db: any SQLDatabase) async throws -> [SchoolRow] {
        let all = try await SchoolRow.all(in: staff.organisation.requireID(), on: db)
        let allowed = all.filter { AccessPolicy.allows(staff.actor, .importRoster($0.ref)) }
        guard !allowed.isEmpty else { throw AppError.notFound }
        return allowed
    }

    /// The form for `schools` (already checked), with their ten latest imports: one query.
    static func read(
        schools: [SchoolRow], chosen: String?, progress: RosterUploads.Progress, now: Date, on db: any SQLDatabase
    ) async throws -> RosterUploadPage {
        struct JobRow: Decodable {
            var id: UUID
            var file_name: String
            var status: RosterImportJob.Status
            var dry_run: Bool
            var created_at: Date?
        }
        let jobs = try await db.select().columns("id", "file_name", "status", "dry_run", "created_at")
            .from(RosterImportJob.schema).where("school_id", .in, schools.map(\.id))
            .orderBy("created_at", .descending).limit(10)
            .all(decoding: JobRow.self)
        return RosterUploadPage(
            schools: schools.map(NamedSchool.init),
            school: chosen ?? schools[0].id.uuidString,
            recent: jobs.map {
                RecentJob(
                    id: RosterImportJobID($0.id), fileName: $0.file_name, createdAt: $0.created_at, dryRun: $0.dry_run,
                    status: progress.jobStatus(id: $0.id, status: $0.status, createdAt: $0.created_at, now: now))
            })
    }
}

extension RosterImportJobPage {
    /// The job with its school's name in one query; "not found" unless the person may import
    /// into that school of their organisation.
    static func read(
        _ id: UUID, for staff: StaffContext, progress: RosterUploads.Progress, now: Date, on db: any SQLDatabase
    ) async throws -> RosterImportJobPage {
        struct Row: Decodable {
            var file_name: String
            var status: RosterImportJob.Status
            var phase: String
            var dry_run: Bool
            var failure: String?
            var summary: String?
            var created_at: Date?
            var school_id: UUID
            var school_name: String
        }
        let organisationID = try staff.organisation.requireID()
        guard
            let row = try await db.raw(
                """
                SELECT j.\(ident: "file_name"), j.\(ident: "status"), j.\(ident: "phase"), j.\(ident: "dry_run"),
                    j.\(ident: "failure"), j.\(ident: "summary"), j.\(ident: "created_at"), j.\(ident: "school_id"),
                    s.\(ident: "name") AS \(ident: "school_name")
                FROM \(ident: RosterImportJob.schema) j JOIN \(ident: School.schema) s ON j.\(ident: "school_id") = s.\(ident: "id")
                WHERE j.\(ident: "id") = \(bind: id) AND s.\(ident: "organisation_id") = \(bind: organisationID)
                """
            ).first(decoding: Row.self),
            AccessPolicy.allows(
                staff.actor, .importRoster(SchoolRef(id: row.school_id, organisationID: organisationID)))
        else { throw AppError.notFound }
        let summary = row.summary.flatMap { try? JSONDecoder().decode(RosterImport.Summary.self, from: Data($0.utf8)) }
        return RosterImportJobPage(
            fileName: row.file_name, dryRun: row.dry_run,
            status: progress.jobStatus(id: id, status: row.status, createdAt: row.created_at, now: now),
            schoolID: SchoolID(row.school_id), schoolName: row.school_name,
            phase: progress.phase(of: id) ?? row.phase, failure: row.failure,
            summary: summary.map { summary in
                RosterSummary(
                    applied: summary.applied, dryRun: summary.dryRun, problemCount: summary.problemCount,
                    problems: summary.problems.prefix(100).map(\.description),
                    rows: [
                        ("Students", summary.students), ("Family members", summary.familyMembers),
                        ("Staff", summary.staff), ("Family links", summary.familyLinks),
                        ("Staff links", summary.staffLinks),
                    ].map {
                        .init(
                            name: $0.0, created: $0.1.created, updated: $0.1.updated, unchanged: $0.1.unchanged,
                            deactivated: $0.1.deactivated)
                    }, notes: (summary.notes ?? []).prefix(100).map(\.description))
            })
    }
}

extension RosterUploads.Progress {
    /// Where a job stands, with "running" split into running here and interrupted.
    func jobStatus(id: UUID, status: RosterImportJob.Status, createdAt: Date?, now: Date) -> RosterJobState {
        switch status {
        case .done: .done
        case .failed: .failed
        case .running: isInterrupted(id: id, createdAt: createdAt, now: now) ? .interrupted : .running
        }
    }
}
