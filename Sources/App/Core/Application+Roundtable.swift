import NIOConcurrencyHelpers
import RoundtableCore
import RoundtableViews
import Vapor

/// What the application knows beyond Vapor's own settings, made once at start.
final class RoundtableContext: Sendable {
    let configuration: AppConfiguration
    let passwords: PasswordHasher
    let sessionPolicy: SessionPolicy
    /// Printed in the log at start when setup is reachable from the network.
    let setupCode: String?
    let stylesheet: Stylesheet
    /// The draft-saving script of participant pages (`voice.js`).
    let voiceScript: Stylesheet
    /// The running clock of the facilitator's view and the shared screen's follower (`live.js`).
    let liveScript: Stylesheet
    /// The API's description, served at `/api/v1/openapi.json`.
    let openAPI: OpenAPIDocument
    /// A hash of a password nobody has, made once: unknown emails are checked against it so
    /// they take exactly as long to refuse as a wrong password.
    let decoyPasswordHash: String
    /// What each roster upload running in this process is doing now.
    let rosterProgress = RosterUploads.Progress()
    /// Requests under way, and whether new ones are still let in (see `stopServing`).
    let requestGate = RequestGate()
    /// Whether email can leave: without a mail server everything waits in the outbox, and pages
    /// say so rather than "sent".
    var sendsMail: Bool { configuration.smtp != nil }
    /// The time as Roundtable reads it (`AppClock`).
    let clock = AppClock()
    var now: Date { clock.now }
    /// The school's day now, as due and review dates are kept (midnight UTC): the "today" a
    /// new date is checked against, which is not the UTC date in every school's evening.
    var today: Date { StaffWork.dayStamp(of: now, in: configuration.timeZone) }
    func setClock(_ clock: @escaping @Sendable () -> Date) { self.clock.set(clock) }
    /// Once set up, an installation stays set up, so the answer is cached after the first "yes".
    private let installed = NIOLockedValueBox(false)

    init(
        configuration: AppConfiguration, passwords: PasswordHasher, stylesheet: Stylesheet, openAPI: OpenAPIDocument
    ) {
        self.configuration = configuration
        self.passwords = passwords
        self.sessionPolicy = SessionPolicy(
            idleTimeout: configuration.sessionIdleTimeout,
            absoluteTimeout: configuration.sessionAbsoluteTimeout)
        self.setupCode =
            configuration.requiresSetupCode ? (configuration.setupCode ?? Secrets.humanCode()) : nil
        self.stylesheet = stylesheet
        self.openAPI = openAPI
        self.voiceScript = (try? Stylesheet.bundled("voice", extension: "js")) ?? Stylesheet(content: "")
        self.liveScript = (try? Stylesheet.bundled("live", extension: "js")) ?? Stylesheet(content: "")
        self.decoyPasswordHash = passwords.decoyHash()
    }

    var knownInstalled: Bool { installed.withLockedValue { $0 } }
    func markInstalled() { installed.withLockedValue { $0 = true } }
}

extension Application {
    private struct Key: StorageKey {
        typealias Value = RoundtableContext
    }

    var roundtable: RoundtableContext {
        get {
            guard let context = storage[Key.self] else {
                fatalError("configure(_:configuration:) has not run")
            }
            return context
        }
        set { storage[Key.self] = newValue }
    }
}

extension Request {
    var roundtable: RoundtableContext { application.roundtable }

    /// The person's network address, for throttling and the audit log. A forwarded address
    /// is believed only when the operator said a proxy is in front of us, and only the last
    /// entry: the one that proxy added itself. Earlier entries come from the client and can
    /// say anything.
    var clientAddress: String {
        if roundtable.configuration.trustProxy,
            let forwarded = headers[.xForwardedFor].last?.split(separator: ",").last
        {
            return forwarded.trimmingCharacters(in: .whitespaces)
        }
        return remoteAddress?.ipAddress ?? "unknown"
    }
}
