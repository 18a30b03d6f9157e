import Foundation
import RoundtableCore
import RoundtableViews
import Vapor

/// `roundtable import oneroster PATH`: a school's roster, from the files its information
/// system exports.
struct ImportCommand: AsyncCommandGroup {
    var help: String { "Imports people from files a school's information system exports." }
    var commands: [String: any AnyAsyncCommand] { ["oneroster": OneRosterImportCommand()] }
}

struct OneRosterImportCommand: AsyncCommand {
    // Options come before the argument: ConsoleKit reads them in declaration order.
    struct Signature: CommandSignature {
        @Option(name: "school", help: "The Roundtable school to import into (its id); needed when there are several")
        var school: String?
        @Option(name: "roster-school", help: "The school's sourcedId in orgs.csv, when the roster has several")
        var rosterSchool: String?
        @Flag(name: "dry-run", help: "Check and count everything, change nothing")
        var dryRun: Bool
        @Flag(name: "skip-invalid", help: "Import the good rows even when some rows have problems")
        var skipInvalid: Bool
        @Flag(name: "json", help: "Print a machine-readable summary")
        var json: Bool
        @Argument(name: "path", help: "A folder or a zip file of OneRoster 1.1 or 1.2 CSV files")
        var path: String
        init() {}
    }

    var help: String {
        "Imports students, families, staff and classes from OneRoster CSV files. Nothing is applied when any row has a problem, unless --skip-invalid is given."
    }

    struct Report: Encodable {
        var summary: RosterImport.Summary
        var readSeconds: Double
        var applySeconds: Double
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        guard try await FirstRunSetup.isDone(on: app.db) else {
            console.error("Set up Roundtable first (`roundtable setup`, or open it in a browser), then import.")
            throw ExitCode(2)
        }
        let school = try await chooseSchool(signature.school, app: app, console: console)
        let path = URL(fileURLWithPath: signature.path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory),
            isDirectory.boolValue || path.pathExtension.lowercased() == "zip"
        else {
            console.error(
                "\(signature.path) is neither a folder nor a zip file. Give the folder (or zip) that holds users.csv and orgs.csv."
            )
            throw ExitCode(2)
        }
        let folder: URL
        let cleanUp: URL?
        do {
            (folder, cleanUp) = try RosterArchive.folder(for: path)
        } catch let failure as RosterArchive.Failure {
            console.error("The roster could not be read: \(failure)")
            throw ExitCode(1)
        }
        defer { cleanUp.map { try? FileManager.default.removeItem(at: $0) } }

        let readStart = Date()
        let roster: Roster
        do {
            roster = try OneRosterReader.read(folder: folder)
        } catch let failure as OneRosterReader.Failure {
            console.error("The roster could not be read: \(failure)")
            throw ExitCode(1)
        }
        let readSeconds = Date().timeIntervalSince(readStart)
        let applyStart = Date()
        let summary: RosterImport.Summary
        do {
            summary = try await RosterImport.run(
                roster, into: school, rosterSchool: signature.rosterSchool, skipInvalid: signature.skipInvalid,
                dryRun: signature.dryRun, context: .commandLine(at: app.roundtable.now), on: app.db,
                now: app.roundtable.now)
        } catch let failure as RosterImport.Failure {
            console.error(failure.description)
            throw ExitCode(2)
        }
        let report = Report(
            summary: summary, readSeconds: readSeconds, applySeconds: Date().timeIntervalSince(applyStart))
        if signature.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            console.print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            Self.print(report, roster: roster, console: console)
        }
        // Problems fail the command, a check included, so scripts can rely on it.
        if summary.problemCount > 0 && !signature.skipInvalid { throw ExitCode(1) }
        if !summary.applied && !summary.dryRun { throw ExitCode(1) }
    }

    private func chooseSchool(_ requested: String?, app: Application, console: any Console) async throws -> School {
        let installation = try await Installation.find(Installation.singletonID, on: app.db)
        let schools = try await Schools.all(in: installation!.$organisation.id, on: app.db)
        if let requested {
            guard let id = UUID(uuidString: requested), let school = schools.first(where: { $0.id == id }) else {
                console.error("There is no school with id \(requested). The schools are:")
                for school in schools { console.error("  \(school.id!.uuidString)  \(school.name)") }
                throw ExitCode(2)
            }
            return school
        }
        guard schools.count == 1 else {
            console.error("There are \(schools.count) schools; choose one with --school ID:")
            for school in schools { console.error("  \(school.id!.uuidString)  \(school.name)") }
            throw ExitCode(2)
        }
        return schools[0]
    }

    static func print(_ report: Report, roster: Roster, console: any Console) {
        let summary = report.summary
        console.print(
            "Read OneRoster \(roster.version): \(roster.people.count.formatted()) people in \(String(format: "%.1f", report.readSeconds)) s."
        )
        if summary.problemCount > 0 {
            console.warning("\(summary.problemCount) problem\(summary.problemCount == 1 ? "" : "s") in the files:")
            for problem in summary.problems.prefix(50) { console.warning("  \(problem)") }
            if summary.problemCount > 50 {
                console.warning("  ... and \(summary.problemCount - 50) more (use --json to see them all)")
            }
        }
        for note in (summary.notes ?? []).prefix(50) { console.print("  \(note)") }
        if summary.problemCount > 0 && summary.dryRun && summary.students.isEmpty && summary.familyMembers.isEmpty {
            console.error("An import would not run with these problems. Fix them, or add --skip-invalid.")
            return
        }
        if !summary.applied && !summary.dryRun {
            console.error(
                "Nothing was imported. Fix the rows above and run again, or add --skip-invalid to import the rows without problems."
            )
            return
        }
        console.print("Into \(summary.school) (roster school \(summary.rosterSchool)):")
        let header = "                  created   updated unchanged switched off"
        console.print(header)
        let rows: [(String, RosterImport.Counts)] = [
            ("Students", summary.students), ("Family members", summary.familyMembers), ("Staff", summary.staff),
            ("Family links", summary.familyLinks), ("Staff links", summary.staffLinks),
        ]
        for (name, counts) in rows {
            let cells = [counts.created, counts.updated, counts.unchanged, counts.deactivated]
                .map { String($0).leftPad(to: 9) }.joined(separator: " ")
            console.print("\(name.padding(toLength: 16, withPad: " ", startingAt: 0))\(cells)")
        }
        if summary.staffWithoutEmail > 0 {
            console.print("\(summary.staffWithoutEmail) staff had no email address, so no account was made for them.")
        }
        console.print(
            summary.dryRun
                ? "This was a dry run: nothing was changed."
                : "Done in \(String(format: "%.1f", report.applySeconds)) s. New staff accounts wait for an invitation link from their page."
        )
    }
}

extension String {
    func leftPad(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
