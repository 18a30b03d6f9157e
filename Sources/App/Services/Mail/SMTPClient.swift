import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import RoundtableCore

/// A small SMTP client: one connection per batch, STARTTLS or TLS as configured, AUTH PLAIN
/// when a user name is given. Enough for a school's outgoing mail server; nothing more.
struct SMTPClient: Sendable {
    struct Failure: Error, CustomStringConvertible, Sendable {
        var description: String
        /// A 5xx reply: trying again will not help.
        var permanent: Bool
    }

    var settings: SMTPSettings
    var group: any EventLoopGroup
    /// The name this machine gives in EHLO.
    var heloName = "roundtable.local"

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
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(15))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if useTLS {
                        let context = try NIOSSLContext(configuration: tlsSettings)
                        let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                        try channel.pipeline.syncOperations.addHandler(tls)
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineDecoder()))
                    try channel.pipeline.syncOperations.addHandler(replies)
                }
            }
            .connect(host: settings.host, port: settings.port).get()
        let session = Session(channel: channel, replies: replies)
        do {
            try await session.expect(220, after: nil)
            var capabilities = try await session.command("EHLO \(heloName)", expect: 250)
            if settings.security == .startTLS {
                guard capabilities.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw Failure(description: "The mail server does not offer STARTTLS", permanent: true)
                }
                _ = try await session.command("STARTTLS", expect: 220)
                let context = try NIOSSLContext(configuration: tlsSettings)
                let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                try await channel.pipeline.addHandler(tls, position: .first).get()
                capabilities = try await session.command("EHLO \(heloName)", expect: 250)
            }
            if let user = settings.username {
                let secret = Data("\u{0}\(user)\u{0}\(settings.password ?? "")".utf8).base64EncodedString()
                _ = try await session.command("AUTH PLAIN \(secret)", expect: 235, redacted: "AUTH PLAIN …")
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

    final class Session: Sendable {
        let channel: any Channel
        let replies: ReplyReader

        init(channel: any Channel, replies: ReplyReader) {
            self.channel = channel
            self.replies = replies
        }

        func expect(_ code: Int, after command: String?) async throws {
            let reply = try await replies.next(on: channel.eventLoop)
            guard reply.code == code else {
                throw Failure(
                    description: "\(command ?? "greeting"): \(reply.code) \(reply.lines.joined(separator: " "))",
                    permanent: reply.code >= 500)
            }
        }

        @discardableResult
        func command(_ line: String, expect code: Int, redacted: String? = nil) async throws -> [String] {
            try await channel.writeAndFlush(ByteBuffer(string: line + "\r\n")).get()
            let reply = try await replies.next(on: channel.eventLoop)
            guard reply.code == code else {
                throw Failure(
                    description: "\(redacted ?? line): \(reply.code) \(reply.lines.joined(separator: " "))",
                    permanent: reply.code >= 500)
            }
            return reply.lines
        }

        /// Sends one message. `data` is the whole RFC 5322 message with CRLF line ends.
        func send(from: String, to: String, data: String) async throws {
            try await command("MAIL FROM:<\(from)>", expect: 250)
            try await command("RCPT TO:<\(to)>", expect: 250)
            try await command("DATA", expect: 354)
            // Lines starting with a dot get another (RFC 5321 §4.5.2).
            let stuffed = data.split(separator: "\r\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix(".") ? "." + $0 : String($0) }.joined(separator: "\r\n")
            try await channel.writeAndFlush(ByteBuffer(string: stuffed + "\r\n.\r\n")).get()
            try await expect(250, after: "end of message")
        }
    }

    /// Splits the stream into lines.
    struct LineDecoder: ByteToMessageDecoder {
        typealias InboundOut = String

        mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
            guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
            let length = end - buffer.readerIndex + 1
            var line = buffer.readString(length: length) ?? ""
            while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
            context.fireChannelRead(wrapInboundOut(line))
            return .continue
        }
    }

    struct Reply: Sendable {
        var code: Int
        var lines: [String]
    }

    /// Gathers multi-line replies ("250-…" … "250 …") and hands them out in order.
    final class ReplyReader: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = String

        // Touched only on the channel's event loop.
        private var partial: [String] = []
        private var ready: [Reply] = []
        private var waiting: [EventLoopPromise<Reply>] = []
        private var failure: (any Error)?

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let line = unwrapInboundIn(data)
            guard line.count >= 3, let code = Int(line.prefix(3)) else { return }
            partial.append(String(line.dropFirst(4)))
            guard line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " else { return }
            let reply = Reply(code: code, lines: partial)
            partial = []
            if waiting.isEmpty { ready.append(reply) } else { waiting.removeFirst().succeed(reply) }
        }

        func channelInactive(context: ChannelHandlerContext) {
            fail(Failure(description: "The mail server closed the connection", permanent: false))
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            fail(error)
            context.close(promise: nil)
        }

        private func fail(_ error: any Error) {
            failure = error
            for promise in waiting { promise.fail(error) }
            waiting = []
        }

        func next(on loop: any EventLoop) async throws -> Reply {
            try await loop.flatSubmit { () -> EventLoopFuture<Reply> in
                if !self.ready.isEmpty { return loop.makeSucceededFuture(self.ready.removeFirst()) }
                if let failure = self.failure { return loop.makeFailedFuture(failure) }
                let promise = loop.makePromise(of: Reply.self)
                self.waiting.append(promise)
                return promise.futureResult
            }.get()
        }
    }
}
