import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import RoundtableViews

@testable import App

/// An SMTP server in the test process, on 127.0.0.1 and a free port: it answers as told and
/// remembers what it was sent.
final class FakeSMTPServer: Sendable {
    struct Script: Sendable {
        /// Say nothing at all after accepting the connection.
        var silent = false
        /// Replies other than "250 OK" to RCPT TO, by recipient.
        var refuseRecipients: [String: String] = [:]
        /// A reply other than "250 OK" to MAIL FROM.
        var refuseSender: String?
        /// A reply other than "250 Queued" to the end of a message.
        var refuseMessage: String?
        /// Stop answering once this command (its first word) comes.
        var stallOn: String?
        /// The only user name and password accepted by AUTH PLAIN.
        var credentials: (user: String, password: String)?
        /// Offer STARTTLS with this certificate and key, and send `injected` in the clear
        /// right after the 220, as an attacker on the path would.
        var tls: (certificate: String, key: String)?
        var injected = ""
        /// How long to wait before each reply, so two clients overlap.
        var replyDelay: TimeAmount = .zero
    }

    struct Delivery: Sendable {
        var from: String
        var to: [String]
        /// The message as the client sent it, dot-stuffed, without the final "." line.
        var data: String
    }

    let script: Script
    private let state = NIOLockedValueBox<(deliveries: [Delivery], commands: [String])>(([], []))
    private let channel: NIOLockedValueBox<(any Channel)?> = .init(nil)
    let group: any EventLoopGroup

    var deliveries: [Delivery] { state.withLockedValue { $0.deliveries } }
    /// Every command line received, AUTH's secret included.
    var commands: [String] { state.withLockedValue { $0.commands } }

    init(_ script: Script = Script(), group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.script = script
        self.group = group
    }

    /// Starts listening; returns the port.
    func start() async throws -> Int {
        let tlsContext = try script.tls.map { tls in
            try NIOSSLContext(
                configuration: .makeServerConfiguration(
                    certificateChain: [
                        .certificate(NIOSSLCertificate(bytes: Array(tls.certificate.utf8), format: .pem))
                    ],
                    privateKey: .privateKey(NIOSSLPrivateKey(bytes: Array(tls.key.utf8), format: .pem))))
        }
        let server = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Connection(server: self, tls: tlsContext))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        channel.withLockedValue { $0 = server }
        return server.localAddress?.port ?? 0
    }

    func stop() async {
        try? await channel.withLockedValue { $0 }?.close()
    }

    fileprivate func record(command: String) { state.withLockedValue { $0.commands.append(command) } }
    fileprivate func record(_ delivery: Delivery) { state.withLockedValue { $0.deliveries.append(delivery) } }

    /// One client's conversation. Touched only on its channel's event loop.
    private final class Connection: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        let server: FakeSMTPServer
        let tls: NIOSSLContext?
        private var buffer = ""
        private var from: String?
        private var recipients: [String] = []
        private var data: [String]?
        private var stalled = false

        init(server: FakeSMTPServer, tls: NIOSSLContext?) {
            self.server = server
            self.tls = tls
        }

        func channelActive(context: ChannelHandlerContext) {
            if server.script.silent { stalled = true } else { reply("220 fake.example ESMTP", context) }
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            buffer += String(buffer: unwrapInboundIn(data))
            while let end = buffer.range(of: "\r\n") {
                let line = String(buffer[..<end.lowerBound])
                buffer = String(buffer[end.upperBound...])
                handle(line, context)
            }
        }

        private func reply(_ text: String, _ context: ChannelHandlerContext) {
            let delay = server.script.replyDelay
            guard delay != .zero else {
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
                return
            }
            let channel = context.channel
            context.eventLoop.scheduleTask(in: delay) {
                channel.writeAndFlush(ByteBuffer(string: text + "\r\n"), promise: nil)
            }
        }

        private func handle(_ line: String, _ context: ChannelHandlerContext) {
            if var lines = data {
                guard line == "." else {
                    lines.append(line)
                    data = lines
                    return
                }
                data = nil
                server.record(
                    Delivery(from: from ?? "", to: recipients, data: lines.joined(separator: "\r\n")))
                from = nil
                recipients = []
                reply(server.script.refuseMessage ?? "250 Queued", context)
                return
            }
            server.record(command: line)
            let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
            if stalled || verb == server.script.stallOn {
                stalled = true
                return
            }
            switch verb {
            case "EHLO":
                var lines = ["fake.example", "8BITMIME"]
                if tls != nil && !context.pipeline.syncOperations.hasTLS { lines.append("STARTTLS") }
                if server.script.credentials != nil { lines.append("AUTH PLAIN") }
                reply(
                    lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }
                        .joined(separator: "\r\n"), context)
            case "STARTTLS":
                guard let tls else { return reply("502 Not offered", context) }
                // In one write with the 220, as an attacker would slip it in.
                context.writeAndFlush(
                    wrapOutboundOut(ByteBuffer(string: "220 Go ahead\r\n" + server.script.injected)), promise: nil)
                try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls), position: .first)
            case "AUTH":
                let secret = line.split(separator: " ").dropFirst(2).first.map(String.init) ?? ""
                let expected = server.script.credentials.map {
                    Data("\u{0}\($0.user)\u{0}\($0.password)".utf8).base64EncodedString()
                }
                reply(secret == expected ? "235 Authenticated" : "535 5.7.8 Bad credentials", context)
            case "MAIL":
                if from != nil { return reply("503 5.5.1 Error: nested MAIL command", context) }
                if let refusal = server.script.refuseSender { return reply(refusal, context) }
                from = address(in: line)
                reply("250 OK", context)
            case "RCPT":
                guard from != nil else { return reply("503 5.5.1 Error: need MAIL command", context) }
                let to = address(in: line)
                if let refusal = server.script.refuseRecipients[to] { return reply(refusal, context) }
                recipients.append(to)
                reply("250 OK", context)
            case "DATA":
                guard !recipients.isEmpty else { return reply("503 5.5.1 Error: need RCPT command", context) }
                data = []
                reply("354 End data with <CR><LF>.<CR><LF>", context)
            case "RSET":
                from = nil
                recipients = []
                reply("250 OK", context)
            case "QUIT":
                let channel = context.channel
                context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: "221 Bye\r\n"))).whenComplete { _ in
                    channel.close(promise: nil)
                }
            default:
                reply("502 Command not implemented", context)
            }
        }

        private func address(in line: String) -> String {
            guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">") else { return "" }
            return String(line[line.index(after: open)..<close])
        }
    }
}

extension ChannelPipeline.SynchronousOperations {
    fileprivate var hasTLS: Bool { (try? handler(type: NIOSSLServerHandler.self)) != nil }
}
