import Foundation

/// How to reach the mail server, from `SMTP_URL`.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: String, Sendable {
        /// Plain connection upgraded with STARTTLS before anything else is sent (port 587).
        case startTLS = "starttls"
        /// TLS from the first byte (port 465, `smtps://`).
        case tls
        /// No encryption: only for a server on the same machine or in tests.
        case none
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var security: Security
    /// A PEM file of certificate authorities to trust instead of the system's, for a school's
    /// own mail server with an internal certificate (`SMTP_CA_FILE`).
    public var caFile: String?

    public init(
        host: String, port: Int, username: String?, password: String?, security: Security, caFile: String? = nil
    ) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.security = security
        self.caFile = caFile
    }

    public static func parse(_ raw: String) -> SMTPSettings? {
        guard let url = URLComponents(string: raw), let scheme = url.scheme?.lowercased(),
            let host = url.host, !host.isEmpty
        else { return nil }
        var security: Security
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .tls
        default: return nil
        }
        if let tls = url.queryItems?.first(where: { $0.name == "tls" })?.value?.lowercased() {
            guard let chosen = Security(rawValue: tls) else { return nil }
            security = chosen
        }
        let port = url.port ?? (security == .tls ? 465 : 587)
        return SMTPSettings(
            host: host, port: port, username: url.user?.removingPercentEncoding,
            password: url.password?.removingPercentEncoding, security: security)
    }

    /// `meetings@oak.example` or `Oak School <meetings@oak.example>`.
    public static func parseMailbox(_ raw: String) -> (EmailAddress, String)? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let open = text.lastIndex(of: "<"), text.hasSuffix(">") {
            let address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            let name = text[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
            guard let email = EmailAddress(address) else { return nil }
            return (email, name.isEmpty ? "Roundtable" : name)
        }
        guard let email = EmailAddress(text) else { return nil }
        return (email, "Roundtable")
    }
}
