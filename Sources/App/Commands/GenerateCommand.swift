import Foundation
import RoundtableCore
import Vapor

/// `roundtable generate`: test and benchmark data: a roster written to files, or a whole
/// district written into an empty database.
struct GenerateCommand: AsyncCommandGroup {
    var help: String { "Writes fictional data files for trying out and measuring Roundtable." }
    var commands: [String: any AnyAsyncCommand] {
        ["roster": GenerateRosterCommand(), "district": GenerateDistrictCommand()]
    }
}

struct GenerateRosterCommand: AsyncCommand {
    // Options come before the argument: ConsoleKit reads them in this order, and the
    // argument would otherwise take the value that follows an option.
    struct Signature: CommandSignature {
        @Option(name: "students", help: "How many students (default 1000)")
        var students: Int?
        @Option(name: "seed", help: "The same number writes the same files (default 1)")
        var seed: Int?
        @Argument(name: "folder", help: "Where to write the CSV files")
        var folder: String
        init() {}
    }

    var help: String { "Writes a fictional OneRoster 1.1 export of one school, for `roundtable import oneroster`." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let count = signature.students ?? 1000
        guard (1...500_000).contains(count) else {
            context.console.error("--students must be a number from 1 to 500000.")
            throw ExitCode(2)
        }
        let started = Date()
        let folder = URL(fileURLWithPath: signature.folder)
        let counts = try RosterGenerator.write(students: count, seed: UInt64(signature.seed ?? 1), to: folder)
        context.console.print(
            "Wrote \(counts.students) students, \(counts.guardians) guardians, \(counts.teachers) teachers, \(counts.classes) classes and \(counts.enrollments) enrollments to \(folder.path) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s."
        )
    }
}

struct GenerateDistrictCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "schools", help: "How many schools (default 50)")
        var schools: Int?
        @Option(name: "students", help: "How many students across them (default 60000)")
        var students: Int?
        @Option(name: "meetings", help: "How many closed meetings in the last year (default 300000)")
        var meetings: Int?
        @Option(name: "seed", help: "The same number writes the same district (default 1)")
        var seed: Int?
        init() {}
    }

    var help: String {
        "Fills an empty database with a fictional district (schools, students, families and a year of closed meetings with their records and feedback), for measuring Insight. Accounts use ROUNDTABLE_DEMO_PASSWORD."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var options = DistrictGenerator.Options()
        options.schools = signature.schools ?? options.schools
        options.students = signature.students ?? options.students
        options.meetings = signature.meetings ?? options.meetings
        options.seed = UInt64(signature.seed ?? 1)
        guard (1...500).contains(options.schools), (options.schools...1_000_000).contains(options.students),
            (0...5_000_000).contains(options.meetings)
        else {
            context.console.error(
                "--schools must be 1 to 500, --students at least one a school (up to 1000000), --meetings 0 to 5000000."
            )
            throw ExitCode(2)
        }
        guard try await !FirstRunSetup.isDone(on: app.db) else {
            context.console.error(
                "This database is already set up, so no district was added. Point ROUNDTABLE_DATA_DIR (or DATABASE_URL) at an empty database."
            )
            throw ExitCode(1)
        }
        let variable = DemoCommand.passwordVariable
        let password =
            ProcessInfo.processInfo.environment[variable].flatMap { $0.isEmpty ? nil : $0 }
            ?? DemoCommand.passphrase()
        if let problem = PasswordPolicy.check(password) {
            context.console.error("\(variable): \(problem.message)")
            throw ExitCode(2)
        }
        let hash = try await app.threadPool.runIfActive { try app.roundtable.passwords.hash(password) }
        let started = Date()
        let console = context.console
        let counts = try await DistrictGenerator.run(
            options, passwordHash: hash, on: app.db,
            writer: { app.databases.database(logger: app.logger, on: app.eventLoopGroup.next())! },
            now: app.roundtable.now,
            timeZone: app.roundtable.configuration.timeZone, progress: { console.print($0) })
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        console.info(
            "Made \(counts.schools) schools: \(counts.students) students, \(counts.familyMembers) family members, \(counts.meetings) meetings, \(counts.answers) feedback answers and \(counts.entries) actions and goals, in \(seconds) s."
        )
        console.print(
            "Sign in as admin@\(DistrictGenerator.domain) (the whole district), head.1@\(DistrictGenerator.domain) (a school) or governor.1@\(DistrictGenerator.domain), with the password: \(password)"
        )
    }
}
