import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import RoundtableCore
import RoundtableViews

/// A small SMTP client: one connection per batch, STARTTLS or TLS as configured, AUTH PLAIN
/// when a user name is given. Enough for a school's outgoing mail server; nothing more.
struct SMTPClient: Sendable {
    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
        /// A 5xx reply: trying again will not help.
        var permanent: Bool
        /// The connection is gone or in an unknown state (no reply in time, closed, garbled):
        /// no further message can go in this session.
        var endsSession: Bool

        init(description: String, permanent: Bool, endsSession: Bool = false) {
            self.description = description
            self.permanent = permanent
            self.endsSession = endsSession
        }
    }

    var settings: SMTPSettings
    var group: any EventLoopGroup
    /// The name this machine gives in EHLO.
    var heloName: String
    var connectTimeout: TimeAmount
    /// How long to wait for each reply. A server that accepts the connection and then says
    /// nothing would otherwise hold the outbox forever.
    var replyTimeout: TimeAmount

    init(
        settings: SMTPSettings, group: any EventLoopGroup, heloName: String = "roundtable.local",
        connectTimeout: TimeAmount = .seconds(30), replyTimeout: TimeAmount = .seconds(30)
    ) {
        self.settings = settings
        self.group = group
        self.heloName = heloName
        self.connectTimeout = connectTimeout
        self.replyTimeout = replyTimeout
    }

    /// Opens a session, runs `body` with it, and says goodbye.
    func withSession<T: Sendable>(_ body: (Session) async throws -> T) async throws -> T {
        let replies = ReplyReader()
        let useTLS = settings.security == .tls
        let host = settings.host
        // Server name indication takes a name, never an address.
        let serverName: String? = host.contains(where: \.isLetter) && !host.contains(":") ? host : nil
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        if let caFile = settings.caFile { tlsConfiguration.trustRoots = .file(caFile) }
        let tlsSettings = tlsConfiguration
        let channel: any Channel
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(connectTimeout)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        if useTLS {
                            let context = try NIOSSLContext(configuration: tlsSettings)
                            let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                            try channel.pipeline.syncOperations.addHandler(tls)
                        }
                        try channel.pipeline.syncOperations.addHandler(replies)
                    }
                }
                .connect(host: settings.host, port: settings.port).get()
        } catch {
            throw Failure(
                description: "Could not reach the mail server: \(error)", permanent: false, endsSession: true)
        }
        let session = Session(channel: channel, replies: replies, timeout: replyTimeout)
        do {
            try await session.expect(220, after: nil)
            var capabilities = try await session.command("EHLO \(heloName)", expect: 250)
            if settings.security == .startTLS {
                guard capabilities.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw Failure(description: "The mail server does not offer STARTTLS", permanent: true)
                }
                try await session.command("STARTTLS", expect: 220)
                let context = try NIOSSLContext(configuration: tlsSettings)
                try await replies.startTLS(context: context, serverName: serverName, on: channel)
                capabilities = try await session.command("EHLO \(heloName)", expect: 250)
            }
            if let user = settings.username {
                let secret = Data("\u{0}\(user)\u{0}\(settings.password ?? "")".utf8).base64EncodedString()
                try await session.command("AUTH PLAIN \(secret)", expect: 235, redacted: "AUTH PLAIN …")
            }
            let result = try await body(session)
            _ = try? await session.command("QUIT", expect: 221)
            try? await channel.close()
            return result
        } catch {
            try? await channel.close()
            throw error
        }
    }
}
