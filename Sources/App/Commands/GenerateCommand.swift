import Foundation
import Vapor

/// `roundtable generate roster`: test and benchmark data, written to files.
struct GenerateCommand: AsyncCommandGroup {
    var help: String { "Writes fictional data files for trying out and measuring Roundtable." }
    var commands: [String: any AnyAsyncCommand] { ["roster": GenerateRosterCommand()] }
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
