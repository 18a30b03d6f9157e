import Foundation

/// Everything the server reads from its environment, parsed and checked in one place.
///
/// Parsing collects every problem instead of stopping at the first, so an operator fixes
/// their configuration in one go rather than one restart per mistake.
public struct AppConfiguration: Sendable, Equatable {
    public enum Database: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var host: String
    public var port: Int
    public var dataDirectory: String
    public var database: Database
    /// The address people use to reach the server; links in emails are built from it.
    public var publicURL: URL
    /// True when a reverse proxy in front of us is trusted to report the client address
    /// (`X-Forwarded-For`) and the original scheme.
    public var trustProxy: Bool
    public var sessionIdleTimeout: TimeInterval
    public var sessionAbsoluteTimeout: TimeInterval
    public var invitationLifetime: TimeInterval
    /// A fixed setup code, for installs where several processes start at once.
    public var setupCode: String?
    public var logLevel: String
    public var benchRoutes: Bool
    /// The school's time zone, for showing times on pages.
    public var timeZone: TimeZone = .current
    /// Where email goes; `nil` keeps every message in the outbox for administrators to read.
    public var smtp: SMTPSettings?
    /// The sender of every email: an address of the school's, not a person's.
    public var mailFrom: EmailAddress = EmailAddress("roundtable@localhost.invalid")!
    public var mailFromName = "Roundtable"
    /// How long after a meeting its participants' personal links keep working.
    public var linkDaysAfterMeeting = 60
    /// How long a stopping server lets requests it already accepted finish before the
    /// databases close. Long enough for a slow page; short enough that a rolling restart
    /// (and systemd's own 90-second kill) is never kept waiting by a stuck request.
    public var stopGracePeriod: TimeInterval = 10
    /// How often stored Insight figures are counted again while their period can still change
    /// (`InsightRecount`).
    public var insightRecountInterval: TimeInterval = 15 * 60

    /// Cookies must carry `Secure` whenever people reach us over HTTPS, including when TLS
    /// ends at a proxy: the browser only ever sees the public address.
    public var secureCookies: Bool { publicURL.scheme == "https" }

    /// Listening on anything but loopback means strangers on the network could reach the
    /// first-run page, so setup then asks for a code printed in the server log.
    public var requiresSetupCode: Bool { !Self.isLoopback(host) }

    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        return lowered == "localhost" || lowered == "::1" || lowered == "[::1]"
            || lowered.hasPrefix("127.")
    }

    public static let variables: [String] = [
        "ROUNDTABLE_HOST", "ROUNDTABLE_PORT", "ROUNDTABLE_DATA_DIR", "DATABASE_URL",
        "ROUNDTABLE_PUBLIC_URL", "ROUNDTABLE_TRUST_PROXY", "ROUNDTABLE_SESSION_IDLE_MINUTES",
        "ROUNDTABLE_SESSION_MAX_HOURS", "ROUNDTABLE_INVITATION_DAYS", "ROUNDTABLE_SETUP_CODE",
        "ROUNDTABLE_LOG_LEVEL", "ROUNDTABLE_BENCH_ROUTES", "ROUNDTABLE_TIME_ZONE", "SMTP_URL", "SMTP_FROM",
        "SMTP_CA_FILE", "ROUNDTABLE_LINK_DAYS", "ROUNDTABLE_STOP_GRACE_SECONDS",
        "ROUNDTABLE_INSIGHT_RECOUNT_MINUTES",
    ]

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var variable: String
        public var message: String
        public var description: String { "\(variable): \(message)" }
    }

    public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
        public var problems: [Problem]
        public var description: String {
            "Roundtable cannot start because of its configuration:\n"
                + problems.map { "  - \($0)" }.joined(separator: "\n")
                + "\nSee the Configuration section of README.md."
        }
    }

    public static func parse(_ env: [String: String]) throws(Invalid) -> AppConfiguration {
        var problems: [Problem] = []
        func value(_ name: String) -> String? {
            guard let raw = env[name]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
                return nil
            }
            return raw
        }
        func integer(_ name: String, default def: Int, range: ClosedRange<Int>) -> Int {
            guard let raw = value(name) else { return def }
            guard let number = Int(raw), range.contains(number) else {
                problems.append(
                    Problem(
                        variable: name,
                        message:
                            "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \"\(raw)\""
                    ))
                return def
            }
            return number
        }
        func flag(_ name: String) -> Bool {
            guard let raw = value(name) else { return false }
            switch raw.lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default:
                problems.append(Problem(variable: name, message: "expected true or false, got \"\(raw)\""))
                return false
            }
        }

        let host = value("ROUNDTABLE_HOST") ?? "127.0.0.1"
        if !isValidHost(host) {
            problems.append(
                Problem(
                    variable: "ROUNDTABLE_HOST",
                    message:
                        "expected a host name or IP address to listen on, such as 127.0.0.1, 0.0.0.0, :: or localhost, got \"\(host)\""
                ))
        }
        let port = integer("ROUNDTABLE_PORT", default: 8080, range: 1...65535)
        let dataDirectory = value("ROUNDTABLE_DATA_DIR") ?? "./roundtable-data"

        var database = Database.sqlite(path: dataDirectory + "/roundtable.sqlite")
        if let url = value("DATABASE_URL") {
            if let parsed = parseDatabaseURL(url) {
                database = parsed
            } else {
                problems.append(
                    Problem(
                        variable: "DATABASE_URL",
                        message:
                            "expected postgres://user:password@host:port/database or sqlite:///path/to/file.sqlite (the value is not shown because it may contain a password)"
                    ))
            }
        }

        let defaultPublic = "http://\(host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host):\(port)"
        var publicURL = URL(string: defaultPublic) ?? URL(string: "http://127.0.0.1:8080")!
        if let raw = value("ROUNDTABLE_PUBLIC_URL") {
            if let url = URL(string: raw), let scheme = url.scheme, ["http", "https"].contains(scheme),
                url.host != nil, url.query == nil
            {
                let trimmed = raw.hasSuffix("/") ? String(raw.dropLast()) : raw
                publicURL = URL(string: trimmed) ?? url
            } else {
                problems.append(
                    Problem(
                        variable: "ROUNDTABLE_PUBLIC_URL",
                        message: "expected an address such as https://roundtable.example.org, got \"\(raw)\""))
            }
        }

        let idleMinutes = integer("ROUNDTABLE_SESSION_IDLE_MINUTES", default: 30, range: 1...1440)
        let maxHours = integer("ROUNDTABLE_SESSION_MAX_HOURS", default: 12, range: 1...720)
        if problems.allSatisfy({ !$0.variable.hasPrefix("ROUNDTABLE_SESSION") }), idleMinutes > maxHours * 60 {
            problems.append(
                Problem(
                    variable: "ROUNDTABLE_SESSION_IDLE_MINUTES",
                    message: "must not be longer than ROUNDTABLE_SESSION_MAX_HOURS (\(maxHours) hours)"))
        }
        let invitationDays = integer("ROUNDTABLE_INVITATION_DAYS", default: 7, range: 1...30)

        let setupCode = value("ROUNDTABLE_SETUP_CODE")
        if let code = setupCode, code.count < 12 {
            problems.append(
                Problem(variable: "ROUNDTABLE_SETUP_CODE", message: "must be at least 12 characters long"))
        }

        let logLevel = (value("ROUNDTABLE_LOG_LEVEL") ?? "info").lowercased()
        let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
        if !levels.contains(logLevel) {
            problems.append(
                Problem(
                    variable: "ROUNDTABLE_LOG_LEVEL",
                    message: "expected one of \(levels.joined(separator: ", ")), got \"\(logLevel)\""))
        }

        let trustProxy = flag("ROUNDTABLE_TRUST_PROXY")
        let benchRoutes = flag("ROUNDTABLE_BENCH_ROUTES")
        var timeZone = TimeZone.current
        if let identifier = value("ROUNDTABLE_TIME_ZONE") {
            if let zone = TimeZone(identifier: identifier) {
                timeZone = zone
            } else {
                problems.append(
                    Problem(
                        variable: "ROUNDTABLE_TIME_ZONE",
                        message:
                            "expected a time zone name such as Europe/London or America/Chicago, got \"\(identifier)\"")
                )
            }
        }

        var smtp: SMTPSettings?
        if let raw = value("SMTP_URL") {
            smtp = SMTPSettings.parse(raw)
            if smtp == nil {
                problems.append(
                    Problem(
                        variable: "SMTP_URL",
                        message:
                            "expected smtp://user:password@host:587 (STARTTLS), smtps://… (TLS from the start) or smtp://host:25?tls=none"
                    ))
            }
        }
        if let caFile = value("SMTP_CA_FILE") {
            if !FileManager.default.isReadableFile(atPath: caFile) {
                problems.append(Problem(variable: "SMTP_CA_FILE", message: "cannot read \"\(caFile)\""))
            }
            smtp?.caFile = caFile
        }
        var from = (EmailAddress("roundtable@localhost.invalid")!, "Roundtable")
        if let raw = value("SMTP_FROM") {
            if let parsed = SMTPSettings.parseMailbox(raw) {
                from = parsed
            } else {
                problems.append(
                    Problem(
                        variable: "SMTP_FROM",
                        message: "expected an address such as \"Oak School <meetings@oak.example>\""))
            }
        } else if smtp != nil {
            problems.append(
                Problem(variable: "SMTP_FROM", message: "is needed with SMTP_URL: the address emails come from"))
        }
        let linkDays = integer("ROUNDTABLE_LINK_DAYS", default: 60, range: 1...730)
        // Under systemd's default 90-second stop timeout, with room left to close the databases.
        let stopGrace = integer("ROUNDTABLE_STOP_GRACE_SECONDS", default: 10, range: 1...60)
        let recount = integer("ROUNDTABLE_INSIGHT_RECOUNT_MINUTES", default: 15, range: 1...1440)

        guard problems.isEmpty else { throw Invalid(problems: problems) }
        var configuration = AppConfiguration(
            host: host, port: port, dataDirectory: dataDirectory, database: database,
            publicURL: publicURL, trustProxy: trustProxy,
            sessionIdleTimeout: TimeInterval(idleMinutes * 60),
            sessionAbsoluteTimeout: TimeInterval(maxHours * 3600),
            invitationLifetime: TimeInterval(invitationDays * 86400),
            setupCode: setupCode, logLevel: logLevel, benchRoutes: benchRoutes)
        configuration.timeZone = timeZone
        configuration.smtp = smtp
        configuration.mailFrom = from.0
        configuration.mailFromName = from.1
        configuration.linkDaysAfterMeeting = linkDays
        configuration.stopGracePeriod = TimeInterval(stopGrace)
        configuration.insightRecountInterval = TimeInterval(recount * 60)
        return configuration
    }

    /// A host the server can listen on: an IPv4 address, an IPv6 address (bracketed or not),
    /// or a host name (RFC 1123). Checked here so that a typo is named with its variable,
    /// instead of failing later inside the network layer with an error about socket addresses.
    public static func isValidHost(_ host: String) -> Bool {
        var host = host
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !host.isEmpty, host.utf8.count <= 253, host.allSatisfy(\.isASCII) else { return false }
        if host.contains(":") { return isIPv6(host) }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
            return labels.count == 4 && labels.allSatisfy { $0.count <= 3 && Int($0)! <= 255 }
        }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        }
    }

    static func isIPv6(_ host: String) -> Bool {
        let groups = host.components(separatedBy: ":")
        let compressions = host.components(separatedBy: "::").count - 1
        guard host.count <= 45, compressions <= 1, groups.count >= 3 || host == "::", groups.count <= 8 else {
            return false
        }
        // The last group may be an IPv4 address ("::ffff:192.0.2.1").
        for (index, group) in groups.enumerated() {
            if index == groups.count - 1 && group.contains(".") {
                guard isValidHost(group), group.allSatisfy({ $0.isNumber || $0 == "." }) else { return false }
                continue
            }
            guard group.count <= 4, group.allSatisfy(\.isHexDigit) else { return false }
        }
        return compressions == 1 || groups.count == 8 || (groups.count == 7 && groups.last!.contains("."))
    }

    static func parseDatabaseURL(_ raw: String) -> Database? {
        guard let components = URLComponents(string: raw), let scheme = components.scheme?.lowercased() else {
            return nil
        }
        switch scheme {
        case "postgres", "postgresql":
            guard let host = components.host, !host.isEmpty, components.path.count > 1 else { return nil }
            return .postgres(url: raw)
        case "sqlite":
            let path = components.path
            return path.isEmpty ? nil : .sqlite(path: path)
        default:
            return nil
        }
    }

    public init(
        host: String, port: Int, dataDirectory: String, database: Database, publicURL: URL,
        trustProxy: Bool, sessionIdleTimeout: TimeInterval, sessionAbsoluteTimeout: TimeInterval,
        invitationLifetime: TimeInterval, setupCode: String?, logLevel: String, benchRoutes: Bool
    ) {
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database = database
        self.publicURL = publicURL
        self.trustProxy = trustProxy
        self.sessionIdleTimeout = sessionIdleTimeout
        self.sessionAbsoluteTimeout = sessionAbsoluteTimeout
        self.invitationLifetime = invitationLifetime
        self.setupCode = setupCode
        self.logLevel = logLevel
        self.benchRoutes = benchRoutes
    }
}
