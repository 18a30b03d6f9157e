import Foundation
import Testing

@testable import RoundtableCore

@Suite("Reading SMTP replies")
struct SMTPReplyParserTests {
    @Test("Multi-line replies are joined; replies split across reads are put together")
    func multiLine() throws {
        var parser = SMTPReplyParser()
        #expect(
            try parser.feed(Array("220 ready\r\n250-first\r\n250-STARTTLS\r".utf8)) == [
                SMTPReply(code: 220, lines: ["ready"])
            ])
        #expect(parser.hasBufferedInput)
        #expect(
            try parser.feed(Array("\n250 last\r\n".utf8)) == [
                SMTPReply(code: 250, lines: ["first", "STARTTLS", "last"])
            ])
        #expect(!parser.hasBufferedInput)
        #expect(try parser.feed(Array("221\r\n".utf8)) == [SMTPReply(code: 221, lines: [""])])
    }

    @Test("4xx and 5xx tell temporary from permanent")
    func permanence() {
        #expect(!SMTPReply(code: 451, lines: []).isPermanentFailure)
        #expect(SMTPReply(code: 550, lines: []).isPermanentFailure)
    }

    @Test("Discarding forgets half-read lines and half-read replies")
    func discard() throws {
        var parser = SMTPReplyParser()
        _ = try parser.feed(Array("250-injected\r\n250 inj".utf8))
        #expect(parser.hasBufferedInput)
        parser.discardBuffered()
        #expect(!parser.hasBufferedInput)
        #expect(try parser.feed(Array("250 real\r\n".utf8)) == [SMTPReply(code: 250, lines: ["real"])])
    }

    @Test("What is not a reply is refused, and so is an endless line")
    func malformed() {
        var parser = SMTPReplyParser()
        #expect(throws: SMTPReplyParser.Malformed.self) { try parser.feed(Array("hello\r\n".utf8)) }
        var mixed = SMTPReplyParser()
        #expect(throws: SMTPReplyParser.Malformed.self) { try mixed.feed(Array("250-a\r\n251 b\r\n".utf8)) }
        var endless = SMTPReplyParser()
        #expect(throws: SMTPReplyParser.Malformed.self) {
            try endless.feed([UInt8](repeating: UInt8(ascii: "2"), count: SMTPReplyParser.maximumLineLength + 1))
        }
    }

    @Test("DATA: lines starting with a dot get another, and the message ends with a lone dot")
    func transparency() {
        #expect(SMTPData.transparent("a\r\n.b\r\n.\r\nc") == "a\r\n..b\r\n..\r\nc\r\n.\r\n")
        #expect(SMTPData.transparent("a\r\n") == "a\r\n.\r\n")
        #expect(SMTPData.transparent(".") == "..\r\n.\r\n")
    }
}

@Suite("Telling a dead import from a running one")
struct ImportLivenessTests {
    let processStart = Date(timeIntervalSince1970: 1_000_000)

    @Test("An import this process runs is alive, however old")
    func runsHere() {
        #expect(
            !ImportLiveness.isInterrupted(
                startedAt: processStart.addingTimeInterval(10), runsHere: true, processStartedAt: processStart,
                now: processStart.addingTimeInterval(5 * 3600)))
    }

    @Test("One begun before this process started was begun by a process now gone")
    func beforeStart() {
        #expect(
            ImportLiveness.isInterrupted(
                startedAt: processStart.addingTimeInterval(-10), runsHere: false, processStartedAt: processStart,
                now: processStart.addingTimeInterval(20)))
    }

    @Test("One begun since may run in another process, until it is far too old")
    func elsewhere() {
        let started = processStart.addingTimeInterval(60)
        #expect(
            !ImportLiveness.isInterrupted(
                startedAt: started, runsHere: false, processStartedAt: processStart,
                now: started.addingTimeInterval(600)))
        #expect(
            ImportLiveness.isInterrupted(
                startedAt: started, runsHere: false, processStartedAt: processStart,
                now: started.addingTimeInterval(ImportLiveness.limit + 1)))
    }
}
