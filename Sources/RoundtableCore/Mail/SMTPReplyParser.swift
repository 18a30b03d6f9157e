import Foundation

/// One reply from a mail server: its code and the text of each line.
public struct SMTPReply: Sendable, Equatable {
    public var code: Int
    public var lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// 4xx: the server may accept the same thing later; 5xx: it will not.
    public var isPermanentFailure: Bool { code >= 500 }
}

/// Turns the bytes a mail server sends into replies, joining multi-line ones ("250-…" … "250 …").
public struct SMTPReplyParser: Sendable {
    public struct Malformed: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// RFC 5321 allows 512 octets a reply line; a server sending far more is not speaking SMTP,
    /// and the limit keeps it from filling memory.
    public static let maximumLineLength = 4096

    private var line: [UInt8] = []
    private var pending: [String] = []
    private var pendingCode: Int?

    public init() {}

    /// Anything received but not yet handed out as a whole reply.
    public var hasBufferedInput: Bool { !line.isEmpty || !pending.isEmpty }

    /// Feeds bytes in, returning every reply they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) throws -> [SMTPReply] {
        var replies: [SMTPReply] = []
        for byte in bytes {
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                guard line.count <= Self.maximumLineLength else {
                    throw Malformed(
                        description: "The mail server sent a line longer than \(Self.maximumLineLength) bytes")
                }
                continue
            }
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            let text = String(decoding: line, as: UTF8.self)
            line = []
            if let reply = try take(text) { replies.append(reply) }
        }
        return replies
    }

    /// Forgets everything half-received. After STARTTLS, bytes that came before the handshake
    /// were never protected by it and must not be read as if they were.
    public mutating func discardBuffered() {
        line = []
        pending = []
        pendingCode = nil
    }

    private mutating func take(_ text: String) throws -> SMTPReply? {
        let characters = Array(text)
        guard characters.count >= 3, characters[0...2].allSatisfy(\.isASCIIDigit),
            let code = Int(String(characters[0...2]))
        else { throw Malformed(description: "The mail server sent something that is not a reply: \(text.prefix(80))") }
        if let pendingCode, pendingCode != code {
            throw Malformed(description: "The mail server changed reply code in the middle of a reply")
        }
        let separator = characters.count > 3 ? characters[3] : " "
        guard separator == " " || separator == "-" else {
            throw Malformed(description: "The mail server sent something that is not a reply: \(text.prefix(80))")
        }
        pending.append(characters.count > 4 ? String(characters[4...]) : "")
        guard separator == " " else {
            pendingCode = code
            return nil
        }
        defer {
            pending = []
            pendingCode = nil
        }
        return SMTPReply(code: code, lines: pending)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The body of an SMTP DATA command (RFC 5321 §4.5.2).
public enum SMTPData {
    /// Every line starting with "." gets another, so no line of the message can end it early;
    /// the result ends with the "<CRLF>.<CRLF>" that does.
    public static func transparent(_ message: String) -> String {
        let lines = message.split(separator: "\r\n", omittingEmptySubsequences: false)
        var stuffed = lines.map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        // A message that already ends with a line break must not gain an empty line before the dot.
        if stuffed.last == "" { stuffed.removeLast() }
        return stuffed.joined(separator: "\r\n") + "\r\n.\r\n"
    }
}
