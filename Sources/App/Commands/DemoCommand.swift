import Fluent
import RoundtableCore
import RoundtableViews
import Vapor

/// `roundtable demo`: a fictional school to look around in, on an empty database.
struct DemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "students", help: "How many students to create (default 300)")
        var students: Int?
        @Option(name: "seed", help: "Makes the same school every time for the same number (default 1)")
        var seed: Int?
        @Flag(
            name: "history",
            help:
                "Also gives one Year 7 student 50 meetings with 1,000 record entries, to measure the student's page and timeline"
        )
        var history: Bool
        init() {}
    }

    static let passwordVariable = "ROUNDTABLE_DEMO_PASSWORD"

    var help: String {
        "Fills an empty database with a fictional demo school and prints how to sign in. Every demo account shares one password: \(Self.passwordVariable), or a new one printed at the end."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let count = signature.students ?? 300
        guard (1...200_000).contains(count) else {
            context.console.error("--students must be a number from 1 to 200000.")
            throw ExitCode(2)
        }
        guard try await !FirstRunSetup.isDone(on: app.db) else {
            context.console.error(
                "This database is already set up, so the demo school was not added. Point ROUNDTABLE_DATA_DIR (or DATABASE_URL) at an empty database to try the demo."
            )
            throw ExitCode(1)
        }
        let environment = ProcessInfo.processInfo.environment
        let password = environment[Self.passwordVariable].flatMap { $0.isEmpty ? nil : $0 } ?? Self.passphrase()
        if let problem = PasswordPolicy.check(password) {
            context.console.error("\(Self.passwordVariable): \(problem.message)")
            throw ExitCode(2)
        }
        let hash = try await app.threadPool.runIfActive { try app.roundtable.passwords.hash(password) }
        let started = Date()
        let summary = try await DemoSchool.create(
            students: count, seed: UInt64(signature.seed ?? 1), passwordHash: hash, on: app.db, now: app.roundtable.now,
            timeZone: app.roundtable.configuration.timeZone)
        var historyLine: String?
        if signature.history {
            let lead = try await User.query(on: app.db).filter(\.$email == "year7@\(DemoSchool.domain)").first()
            if let lead, let student = try await DemoSchool.quietStudent(on: app.db) {
                let history = try await DemoSchool.createHistory(
                    for: student, lead: lead, now: app.roundtable.now, on: app.db)
                historyLine =
                    "A student with \(history.meetings) meetings and \(history.entries.formatted()) entries: \(SiteRoute.student(StudentID(history.studentID), .show()).path)"
            }
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let url = app.roundtable.configuration.publicURL.absoluteString
        context.console.info(
            "Made \(summary.school) (\(summary.organisation)): \(summary.students) students and \(summary.familyMembers) family members, in \(seconds) s."
        )
        if let historyLine { context.console.info(historyLine) }
        context.console.print("")
        // The same settings start the server on this data at this address; the database's
        // address may hold a password, so it is only named.
        let settings = ["ROUNDTABLE_DATA_DIR", "ROUNDTABLE_HOST", "ROUNDTABLE_PORT", "ROUNDTABLE_PUBLIC_URL"]
            .compactMap { name in environment[name].map { "\(name)=\($0) " } }.joined()
        let database = environment["DATABASE_URL"] != nil ? "DATABASE_URL=... " : ""
        context.console.print(
            "Start the server with `\(database)\(settings)swift run roundtable` and open \(url). Sign in as:")
        for account in summary.accounts {
            context.console.print(
                "  \(account.email.padding(toLength: 30, withPad: " ", startingAt: 0)) \(account.label)")
        }
        context.console.print("Every demo account uses the password: \(password)")
        context.console.print("The people are fictional. Do not put real data into a demo install.")
    }

    /// Four short words and a number: strong, and easy to type from a terminal.
    static func passphrase() -> String {
        let words = [
            "amber", "birch", "cobalt", "dune", "ember", "fern", "glade", "harbour", "indigo", "juniper", "kestrel",
            "lantern", "meadow", "nutmeg", "orchard", "pebble", "quill", "river", "saffron", "thistle", "umber",
            "violet", "willow", "yarrow",
        ]
        var generator = SystemRandomNumberGenerator()
        let chosen = (0..<4).map { _ in words.randomElement(using: &generator)! }
        return chosen.joined(separator: "-") + "-" + String(Int.random(in: 10...99, using: &generator))
    }
}
