import Foundation
import NIOCore
import RoundtableCore
import RoundtableViews

extension SMTPClient {
    /// An open, greeted (and signed-in) connection, for sending messages one after another.
    final class Session: Sendable {
        let channel: any Channel
        let replies: ReplyReader
        let timeout: TimeAmount

        init(channel: any Channel, replies: ReplyReader, timeout: TimeAmount) {
            self.channel = channel
            self.replies = replies
            self.timeout = timeout
        }

        /// Waits for a reply without sending anything (the greeting).
        func expect(_ code: Int, after command: String?) async throws {
            let reply = try await replies.exchange(nil, timeout: timeout, on: channel)
            try check(reply, is: code, after: command ?? "greeting")
        }

        @discardableResult
        func command(_ line: String, expect code: Int, redacted: String? = nil) async throws -> [String] {
            let reply = try await replies.exchange(ByteBuffer(string: line + "\r\n"), timeout: timeout, on: channel)
            try check(reply, is: code, after: redacted ?? line)
            return reply.lines
        }

        /// Sends one message. `data` is the whole RFC 5321 message with CRLF line ends.
        ///
        /// A refusal (of the sender, the recipient or the message) fails only this message: the
        /// transaction is reset, so the next message starts clean instead of meeting
        /// "503 nested MAIL command".
        func send(from: String, to: String, data: String) async throws {
            do {
                try await command("MAIL FROM:<\(from)>", expect: 250)
                try await command("RCPT TO:<\(to)>", expect: 250)
                try await command("DATA", expect: 354)
                let reply = try await replies.exchange(
                    ByteBuffer(string: SMTPData.transparent(data)), timeout: timeout, on: channel)
                try check(reply, is: 250, after: "end of message")
            } catch var failure as Failure where !failure.endsSession {
                do {
                    try await command("RSET", expect: 250)
                } catch {
                    failure.endsSession = true
                }
                throw failure
            }
        }

        private func check(_ reply: SMTPReply, is code: Int, after command: String) throws {
            guard reply.code != code else { return }
            let text = "\(command): \(reply.code) \(reply.lines.joined(separator: " "))"
            // Anything but a refusal (4xx, 5xx) means client and server disagree about where
            // the conversation is; carrying on would pair commands with the wrong replies.
            throw Failure(description: text, permanent: reply.isPermanentFailure, endsSession: reply.code < 400)
        }
    }
}
