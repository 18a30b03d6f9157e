import Foundation
import NIOCore
import NIOSSL
import RoundtableCore
import RoundtableViews

extension SMTPClient {
    /// Hands out the server's replies in order, each within its time limit. The last handler
    /// of the pipeline; only TLS may stand before it.
    final class ReplyReader: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = ByteBuffer

        // Touched only on the channel's event loop.
        private var parser = SMTPReplyParser()
        private var ready: [SMTPReply] = []
        private var waiting: (promise: EventLoopPromise<SMTPReply>, timer: Scheduled<Void>)?
        private var failure: Failure?

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            do {
                ready += try parser.feed(buffer.readableBytesView)
                deliver()
            } catch {
                fail(Failure(description: String(describing: error), permanent: false, endsSession: true))
                context.close(promise: nil)
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            fail(Failure(description: "The mail server closed the connection", permanent: false, endsSession: true))
            context.fireChannelInactive()
        }

        func errorCaught(context: ChannelHandlerContext, error: any Error) {
            fail(Failure(description: "Mail connection: \(error)", permanent: false, endsSession: true))
            context.close(promise: nil)
        }

        private func deliver() {
            guard let waiting, !ready.isEmpty else { return }
            self.waiting = nil
            waiting.timer.cancel()
            waiting.promise.succeed(ready.removeFirst())
        }

        private func fail(_ error: Failure) {
            if failure == nil { failure = error }
            guard let waiting else { return }
            self.waiting = nil
            waiting.timer.cancel()
            waiting.promise.fail(failure ?? error)
        }

        /// Sends `data`, if any, and waits for the next reply. No reply in time, or the task
        /// being cancelled (the server shutting down), closes the connection: after either,
        /// nobody knows which reply would answer which command.
        func exchange(_ data: ByteBuffer?, timeout: TimeAmount, on channel: any Channel) async throws -> SMTPReply {
            let loop = channel.eventLoop
            return try await withTaskCancellationHandler {
                try await loop.flatSubmit { () -> EventLoopFuture<SMTPReply> in
                    if let failure = self.failure { return loop.makeFailedFuture(failure) }
                    let promise = loop.makePromise(of: SMTPReply.self)
                    let timer = loop.scheduleTask(in: timeout) {
                        let seconds = timeout.nanoseconds / 1_000_000_000
                        self.fail(
                            Failure(
                                description: "The mail server did not answer within \(seconds) seconds",
                                permanent: false, endsSession: true))
                        channel.close(promise: nil)
                    }
                    self.waiting = (promise, timer)
                    if let data {
                        channel.writeAndFlush(data).whenFailure { error in
                            self.fail(
                                Failure(description: "Mail connection: \(error)", permanent: false, endsSession: true))
                        }
                    }
                    self.deliver()
                    return promise.futureResult
                }.get()
            } onCancel: {
                loop.execute {
                    self.fail(Failure(description: "Sending stopped", permanent: false, endsSession: true))
                    channel.close(promise: nil)
                }
            }
        }

        /// Puts TLS in front after the server's 220 to STARTTLS. Whatever arrived before this
        /// point came in the clear, so it is thrown away rather than read as the server's
        /// protected replies: an attacker on the path could have put it there (CVE-2011-0411).
        /// Says whether anything was thrown away.
        @discardableResult
        func startTLS(context: NIOSSLContext, serverName: String?, on channel: any Channel) async throws -> Bool {
            try await channel.eventLoop.submit {
                let discarded = self.discardBuffered()
                let tls = try NIOSSLClientHandler(context: context, serverHostname: serverName)
                try channel.pipeline.syncOperations.addHandler(tls, position: .first)
                return discarded
            }.get()
        }

        /// Must run on the event loop, in the same turn as anything that depends on it.
        func discardBuffered() -> Bool {
            let discarded = parser.hasBufferedInput || !ready.isEmpty
            parser.discardBuffered()
            ready = []
            return discarded
        }
    }
}
