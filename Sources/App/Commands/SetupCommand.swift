import RoundtableCore
import RoundtableViews
import Vapor

/// `roundtable setup`: first-run setup without a browser, for scripted installs.
struct SetupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "org", help: "Name of the trust, district or organisation")
        var organisation: String?
        @Option(name: "school", help: "Name of the first school")
        var school: String?
        @Option(name: "admin-name", help: "Full name of the first administrator")
        var adminName: String?
        @Option(name: "admin-email", help: "Email address of the first administrator")
        var adminEmail: String?
        init() {}
    }

    static let passwordVariable = "ROUNDTABLE_ADMIN_PASSWORD"

    var help: String {
        "Sets up a new install: the organisation, its first school and the first administrator. The password is read from \(Self.passwordVariable) or asked for; it is never an argument."
    }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard try await !FirstRunSetup.isDone(on: app.db) else {
            context.console.error(
                "This Roundtable is already set up. Sign in at \(app.roundtable.configuration.publicURL.absoluteString)."
            )
            throw ExitCode(1)
        }
        var password = ProcessInfo.processInfo.environment[Self.passwordVariable] ?? ""
        if password.isEmpty {
            password = context.console.ask(
                "Choose a password for the administrator (at least 12 characters):", isSecure: true)
        }
        let input = FirstRunSetup.Input(
            organisationName: TextInput.clean(signature.organisation), schoolName: TextInput.clean(signature.school),
            adminName: TextInput.clean(signature.adminName), adminEmail: TextInput.clean(signature.adminEmail),
            password: password, setupCode: "")
        let errors = FirstRunSetup.validate(input, requiredCode: nil)
        guard errors.isEmpty else {
            let flags = [
                "organisation_name": "--org", "school_name": "--school", "admin_name": "--admin-name",
                "admin_email": "--admin-email", "password": Self.passwordVariable,
            ]
            context.console.error("Setup did not run:")
            for item in errors.items { context.console.error("  \(flags[item.field] ?? item.field): \(item.message)") }
            throw ExitCode(2)
        }
        let created = try await FirstRunSetup.perform(
            input, passwords: app.roundtable.passwords, pool: app.threadPool,
            context: .commandLine(at: app.roundtable.now), on: app.db,
            now: app.roundtable.now)
        context.console.info("Roundtable is set up for \(created.organisation.name) and \(created.school.name).")
        let dataDirectory =
            ProcessInfo.processInfo.environment["ROUNDTABLE_DATA_DIR"].map { "ROUNDTABLE_DATA_DIR=\($0) " } ?? ""
        context.console.info(
            "Start it with `\(dataDirectory)swift run roundtable` and sign in at \(app.roundtable.configuration.publicURL.absoluteString) as \(created.admin.email)."
        )
    }
}

struct ExitCode: Error, CustomStringConvertible {
    var code: Int32
    init(_ code: Int32) { self.code = code }
    var description: String { "exit code \(code)" }
}
