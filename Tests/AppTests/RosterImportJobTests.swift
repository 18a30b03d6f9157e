import Fluent
import Foundation
import RoundtableViews
import Testing
import VaporTesting

@testable import App
@testable import RoundtableCore

@Suite("Roster imports cut short by a crash")
struct RosterImportJobTests {
    static func runningJob(school: UUID, startedAt: Date, on db: any Database) async throws -> RosterImportJob {
        let job = RosterImportJob()
        job.$school.id = school
        job.fileName = "export.zip"
        job.status = .running
        job.phase = "Reading the files"
        job.dryRun = false
        job.skipInvalid = false
        try await job.create(on: db)
        job.createdAt = startedAt
        try await job.save(on: db)
        return job
    }

    @Test(
        "A job left running by an earlier process shows as interrupted, with the upload offered again",
        arguments: TestDatabase.all)
    func interrupted(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let school = try people.oakPrimary.requireID()
            let before = app.roundtable.rosterProgress.processStartedAt.addingTimeInterval(-60)
            let job = try await Self.runningJob(school: school, startedAt: before, on: app.db)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)

            let page = try await admin.get("/roster-import/\(job.id!)")
            #expect(page.text.contains("Interrupted"))
            #expect(page.text.contains("Upload the file again"))
            #expect(page.text.contains("/roster-import?school=\(school.uuidString)"))
            #expect(!page.text.contains("This page updates by itself"))
            #expect(try await admin.get("/roster-import").text.contains(": interrupted"))
        }
    }

    @Test("A job begun since this process started is still shown as running", arguments: TestDatabase.all)
    func stillRunning(database: TestDatabase) async throws {
        try await withRoundtable(database) { app in
            let people = try await Fixtures.make(on: app)
            let job = try await Self.runningJob(
                school: try people.oakPrimary.requireID(), startedAt: Date(), on: app.db)
            let admin = TestBrowser(app)
            try await admin.signIn(people.oakAdmin)
            let page = try await admin.get("/roster-import/\(job.id!)")
            #expect(page.text.contains("This page updates by itself"))
            #expect(!page.text.contains("Interrupted"))
        }
    }
}
