import Fluent
import Foundation
import NIOConcurrencyHelpers
import RoundtableCore
import RoundtableViews
import Vapor

/// Roster files uploaded through the web: the import runs in the background and its job row
/// says how it ended. While it runs, the importing process keeps a line of progress in
/// memory (SQLite allows one writer at a time, and the import is that writer).
enum RosterUploads {
    final class Progress: Sendable {
        private let phases = NIOLockedValueBox<[UUID: String]>([:])
        /// When this process started: a job begun earlier was begun by a process now gone.
        let processStartedAt: Date

        init(processStartedAt: Date = Date()) {
            self.processStartedAt = processStartedAt
        }

        func set(_ job: UUID, _ phase: String?) { phases.withLockedValue { $0[job] = phase } }
        func phase(of job: UUID) -> String? { phases.withLockedValue { $0[job] } }

        /// A job whose row says "running" though no process is running it: decided when read,
        /// never written, so an import that is in fact alive elsewhere still ends as it should.
        func isInterrupted(_ job: RosterImportJob, now: Date) -> Bool {
            guard job.status == .running, let id = job.id else { return false }
            return isInterrupted(id: id, createdAt: job.createdAt, now: now)
        }

        /// The same, for a running job read as a row.
        func isInterrupted(id: UUID, createdAt: Date?, now: Date) -> Bool {
            ImportLiveness.isInterrupted(
                startedAt: createdAt ?? .distantPast, runsHere: phase(of: id) != nil,
                processStartedAt: processStartedAt, now: now)
        }
    }

    static func start(
        data: ByteBuffer, fileName: String, school: School, staff: StaffContext, dryRun: Bool, skipInvalid: Bool,
        context: AuditContext, app: Application
    ) async throws -> RosterImportJob {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).zip")
        try Data(buffer: data).write(to: file)
        let job = RosterImportJob()
        job.$school.id = try school.requireID()
        job.$createdBy.id = staff.user.id
        job.fileName = String(fileName.prefix(200))
        job.status = .running
        job.phase = "Reading the files"
        job.dryRun = dryRun
        job.skipInvalid = skipInvalid
        try await job.create(on: app.db)
        let jobID = try job.requireID()
        let progress = app.roundtable.rosterProgress
        progress.set(jobID, "Reading the files")
        Task.detached {
            defer {
                try? FileManager.default.removeItem(at: file)
                progress.set(jobID, nil)
            }
            var summary: String?
            var failure: String?
            do {
                let (folder, cleanUp) = try RosterArchive.folder(for: file)
                defer { cleanUp.map { try? FileManager.default.removeItem(at: $0) } }
                let roster = try OneRosterReader.read(folder: folder)
                let result = try await RosterImport.run(
                    roster, into: school, rosterSchool: nil, skipInvalid: skipInvalid, dryRun: dryRun,
                    context: context, on: app.db, now: context.now, progress: { progress.set(jobID, $0) })
                summary = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
            } catch let error as RosterArchive.Failure {
                failure = "The file could not be read: \(error)."
            } catch let error as OneRosterReader.Failure {
                failure = "The roster could not be read: \(error)."
            } catch let error as RosterImport.Failure {
                failure = error.description
            } catch {
                app.logger.report(error: error)
                failure = "Something went wrong on our side. Nothing was imported."
            }
            guard let stored = try? await RosterImportJob.find(jobID, on: app.db) else { return }
            stored.status = failure == nil ? .done : .failed
            stored.phase = failure == nil ? "Finished" : "Stopped"
            stored.summary = summary
            stored.failure = failure
            stored.finishedAt = app.roundtable.now
            try? await stored.save(on: app.db)
        }
        return job
    }
}
