import Foundation
import NIOCore
import NIOPosix
import RoundtableCore
import RoundtableViews
import Testing

@testable import App

@Suite("The SMTP client, against a fake server")
struct SMTPClientTests {
    static let message = "From: a@school.example\r\nTo: b@home.example\r\nSubject: Hello\r\n\r\nBody"

    /// Runs `body` with a fake server following `script` and a client pointed at it.
    static func withServer(
        _ script: FakeSMTPServer.Script = .init(), user: (String, String)? = nil,
        security: SMTPSettings.Security = .none,
        host: String = "127.0.0.1", caFile: String? = nil,
        _ body: (FakeSMTPServer, SMTPClient) async throws -> Void
    ) async throws {
        let server = FakeSMTPServer(script)
        let port = try await server.start()
        let client = SMTPClient(
            settings: SMTPSettings(
                host: host, port: port, username: user?.0, password: user?.1, security: security, caFile: caFile),
            group: MultiThreadedEventLoopGroup.singleton, connectTimeout: .seconds(2), replyTimeout: .seconds(1))
        do {
            try await body(server, client)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test("EHLO, AUTH PLAIN with the configured user, one message, QUIT")
    func conversation() async throws {
        var script = FakeSMTPServer.Script()
        script.credentials = ("mailer", "s3cret")
        try await Self.withServer(script, user: ("mailer", "s3cret")) { server, client in
            try await client.withSession { session in
                try await session.send(from: "a@school.example", to: "b@home.example", data: Self.message)
            }
            let commands = server.commands
            #expect(commands.first == "EHLO roundtable.local")
            let secret = Data("\u{0}mailer\u{0}s3cret".utf8).base64EncodedString()
            #expect(commands.contains("AUTH PLAIN \(secret)"))
            #expect(commands.contains("MAIL FROM:<a@school.example>"))
            #expect(commands.last == "QUIT")
            #expect(server.deliveries.map(\.to) == [["b@home.example"]])
        }
    }

    @Test("Wrong credentials are a permanent failure")
    func wrongCredentials() async throws {
        var script = FakeSMTPServer.Script()
        script.credentials = ("mailer", "s3cret")
        try await Self.withServer(script, user: ("mailer", "wrong")) { _, client in
            let failure = await #expect(throws: SMTPClient.Failure.self) {
                try await client.withSession { _ in }
            }
            #expect(failure?.permanent == true)
            #expect(failure?.description.contains("AUTH PLAIN …") == true)
            #expect(failure?.description.contains("wrong") == false)
        }
    }

    @Test("A 4xx refusal can be tried again; a 5xx one cannot")
    func temporaryAndPermanent() async throws {
        var script = FakeSMTPServer.Script()
        script.refuseRecipients = [
            "busy@home.example": "450 4.2.1 Mailbox busy, try later",
            "gone@home.example": "550 5.1.1 No such user",
        ]
        try await Self.withServer(script) { _, client in
            try await client.withSession { session in
                let busy = await #expect(throws: SMTPClient.Failure.self) {
                    try await session.send(from: "a@school.example", to: "busy@home.example", data: Self.message)
                }
                #expect(busy?.permanent == false)
                #expect(busy?.endsSession == false)
                let gone = await #expect(throws: SMTPClient.Failure.self) {
                    try await session.send(from: "a@school.example", to: "gone@home.example", data: Self.message)
                }
                #expect(gone?.permanent == true)
                #expect(gone?.description.contains("550") == true)
            }
        }
    }

    @Test("A refused recipient fails only its message: RSET, and the next message goes")
    func refusedRecipientThenNext() async throws {
        var script = FakeSMTPServer.Script()
        script.refuseRecipients = ["gone@home.example": "550 5.1.1 No such user"]
        try await Self.withServer(script) { server, client in
            try await client.withSession { session in
                await #expect(throws: SMTPClient.Failure.self) {
                    try await session.send(from: "a@school.example", to: "gone@home.example", data: Self.message)
                }
                try await session.send(from: "a@school.example", to: "b@home.example", data: Self.message)
            }
            #expect(server.commands.contains("RSET"))
            #expect(server.deliveries.map(\.to) == [["b@home.example"]])
        }
    }

    @Test("A refused sender or message also leaves the session usable")
    func refusedSenderAndMessage() async throws {
        var script = FakeSMTPServer.Script()
        script.refuseMessage = "554 5.6.0 Message refused"
        try await Self.withServer(script) { server, client in
            try await client.withSession { session in
                for _ in 0..<2 {
                    let failure = await #expect(throws: SMTPClient.Failure.self) {
                        try await session.send(from: "a@school.example", to: "b@home.example", data: Self.message)
                    }
                    #expect(failure?.permanent == true)
                    #expect(failure?.description.contains("nested") == false)
                }
            }
            #expect(server.deliveries.count == 2)
        }
        script = FakeSMTPServer.Script()
        script.refuseSender = "553 5.7.1 Sender not allowed"
        try await Self.withServer(script) { server, client in
            try await client.withSession { session in
                for _ in 0..<2 {
                    let failure = await #expect(throws: SMTPClient.Failure.self) {
                        try await session.send(from: "a@school.example", to: "b@home.example", data: Self.message)
                    }
                    #expect(failure?.description.hasPrefix("MAIL FROM") == true)
                }
            }
            #expect(server.commands.filter { $0 == "RSET" }.count == 2)
        }
    }

    @Test("A server that never answers fails the session in time, to be tried again")
    func silentServer() async throws {
        var script = FakeSMTPServer.Script()
        script.silent = true
        try await Self.withServer(script) { _, client in
            let started = ContinuousClock.now
            let failure = await #expect(throws: SMTPClient.Failure.self) {
                try await client.withSession { _ in }
            }
            #expect(failure?.permanent == false)
            #expect(failure?.endsSession == true)
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }

    @Test("A server that stops answering mid-message fails the session in time")
    func stallingServer() async throws {
        var script = FakeSMTPServer.Script()
        script.stallOn = "RCPT"
        try await Self.withServer(script) { _, client in
            let started = ContinuousClock.now
            let failure = await #expect(throws: SMTPClient.Failure.self) {
                try await client.withSession { session in
                    try await session.send(from: "a@school.example", to: "b@home.example", data: Self.message)
                }
            }
            #expect(failure?.permanent == false)
            #expect(failure?.endsSession == true)
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }

    @Test("Lines starting with a dot are stuffed, so none ends the message early")
    func dotStuffing() async throws {
        try await Self.withServer { server, client in
            let data = "Subject: Dots\r\n\r\n.hidden\r\n.\r\n..two\r\nlast"
            try await client.withSession { session in
                try await session.send(from: "a@school.example", to: "b@home.example", data: data)
            }
            let received = try #require(server.deliveries.first).data
            #expect(received == "Subject: Dots\r\n\r\n..hidden\r\n..\r\n...two\r\nlast")
        }
    }

    @Test("Names and subjects beyond ASCII travel as RFC 2047 encoded words")
    func nonASCIIHeaders() async throws {
        let outbox = OutboxMessage(
            school: UUID(), meeting: nil, to: .testAddress(EmailAddress("zoe@home.example")!, name: "Zoë Ångström"),
            subject: "اجتماع مدرسي قادم لمناقشة خطة الدعم", body: "Hello", now: Date())
        try await Self.withServer { server, client in
            let rendered = MailMessage.render(
                outbox, from: EmailAddress("a@school.example")!, fromName: "Oak Primary", date: Date())
            try await client.withSession { session in
                try await session.send(from: "a@school.example", to: outbox.toEmail, data: rendered)
            }
            let received = try #require(server.deliveries.first).data
            let headers = received.components(separatedBy: "\r\n\r\n")[0]
            #expect(headers.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(headers.contains("To: =?utf-8?B?"))
            #expect(decodeWords(in: headers, field: "To") == "Zoë Ångström <zoe@home.example>")
            #expect(decodeWords(in: headers, field: "Subject") == "اجتماع مدرسي قادم لمناقشة خطة الدعم")
        }
    }

    @Test("encodeHeader leaves ASCII alone and splits long text into words of at most 75 characters")
    func encodeHeader() {
        #expect(MailMessage.encodeHeader("Plain words") == "Plain words")
        let long = String(repeating: "عمر ", count: 30)
        let encoded = MailMessage.encodeHeader(long)
        let words = encoded.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.hasPrefix("=?utf-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        // One-line cleaning drops the trailing space; the words are all there.
        #expect(decodeWords(in: "X: " + encoded, field: "X") == long.trimmingCharacters(in: .whitespaces))
    }

    @Test("STARTTLS: replies slipped in before the handshake are thrown away, not believed")
    func startTLSInjection() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let caFile = directory.appendingPathComponent("ca.pem")
        try TestCertificate.certificate.write(to: caFile, atomically: true, encoding: .utf8)
        var script = FakeSMTPServer.Script()
        script.tls = (TestCertificate.certificate, TestCertificate.key)
        // Believed, this would answer the EHLO after the handshake and put every later reply
        // one command behind: DATA would then meet a 250 and the message would fail.
        script.injected = "250 INJECTED\r\n250 INJECTED"
        try await Self.withServer(script, security: .startTLS, host: "localhost", caFile: caFile.path) {
            server, client in
            try await client.withSession { session in
                try await session.send(from: "a@school.example", to: "b@home.example", data: Self.message)
            }
            #expect(server.commands.filter { $0.hasPrefix("EHLO") }.count == 2)
            #expect(server.deliveries.count == 1)
        }
    }

    @Test("A server without STARTTLS is refused when STARTTLS is required")
    func startTLSMissing() async throws {
        try await Self.withServer(security: .startTLS) { server, client in
            let failure = await #expect(throws: SMTPClient.Failure.self) {
                try await client.withSession { _ in }
            }
            #expect(failure?.permanent == true)
            #expect(!server.commands.contains { $0.hasPrefix("MAIL") })
        }
    }
}

/// The text of a header with its RFC 2047 words decoded and its folds undone.
private func decodeWords(in headers: String, field: String) -> String? {
    let unfolded = headers.replacingOccurrences(of: "\r\n ", with: " ")
    guard let line = unfolded.components(separatedBy: "\r\n").first(where: { $0.hasPrefix(field + ": ") }) else {
        return nil
    }
    var value = String(line.dropFirst(field.count + 2))
    // Whitespace between adjacent encoded words is not part of the text (RFC 2047 §6.2).
    value = value.replacingOccurrences(of: "?= =?", with: "?==?")
    var result = ""
    var rest = Substring(value)
    while let start = rest.range(of: "=?utf-8?B?") {
        result += rest[..<start.lowerBound]
        guard let end = rest[start.upperBound...].range(of: "?=") else { return nil }
        let data = Data(base64Encoded: String(rest[start.upperBound..<end.lowerBound])) ?? Data()
        result += String(decoding: data, as: UTF8.self)
        rest = rest[end.upperBound...]
    }
    return result + rest
}
