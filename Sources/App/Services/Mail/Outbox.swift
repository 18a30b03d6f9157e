import Fluent
import Foundation
import NIOCore
import RoundtableCore
import RoundtableViews
import SQLKit
import Vapor

/// Delivers the outbox. Each message is claimed just before it is sent, with a conditional
/// update, so several processes on one PostgreSQL database never send the same message twice.
/// A claim is a lease: if its process dies mid-send, the message becomes claimable again when
/// the lease runs out (see `Outbox+Claims.swift`).
enum Outbox {
    static let maxAttempts = 8

    /// Sends what is due; returns how many went. Without SMTP configured, nothing moves.
    /// `owner` names the claims this call makes, so its worker can release them on shutdown.
    @discardableResult
    static func deliverDue(
        on db: any Database, client: SMTPClient, from: EmailAddress, fromName: String, logger: Logger,
        now: @escaping @Sendable () -> Date, owner: UUID = UUID(), limit: Int = 50
    ) async throws -> Int {
        var candidates = try await claimable(on: db, now: now(), limit: limit)
        guard var current = try await claimNext(from: &candidates, owner: owner, on: db, now: now) else { return 0 }
        var sent = 0
        do {
            try await client.withSession { session in
                while true {
                    let message = current
                    do {
                        let time = now()
                        try await session.send(
                            from: from.value, to: message.toEmail,
                            data: MailMessage.render(message, from: from, fromName: fromName, date: time))
                        message.status = .sent
                        message.sentAt = time
                        message.lastError = nil
                        message.attempts += 1
                        message.claimedUntil = nil
                        message.claimedBy = nil
                        // The link in the body opens the person's page; once it has gone, the
                        // copy here is not needed and should not sit in the database.
                        message.body = MailMessage.redactLinks(message.body)
                        message.calendar = message.calendar.map { MailMessage.redactCalendarLinks($0) }
                        try await message.save(on: db)
                        sent += 1
                    } catch let failure as SMTPClient.Failure {
                        try await retry(
                            message, error: failure.description, permanent: failure.permanent, now: now(), on: db)
                        if failure.endsSession { throw failure }
                    }
                    // A worker being stopped finishes the message in hand and takes no more.
                    guard !Task.isCancelled,
                        let next = try await claimNext(from: &candidates, owner: owner, on: db, now: now)
                    else { break }
                    current = next
                }
            }
        } catch {
            logger.warning("Mail server unavailable; the outbox will try again: \(String(describing: error))")
            if current.status == .sending {
                try await retry(current, error: String(describing: error), permanent: false, now: now(), on: db)
            }
        }
        return sent
    }

    static func retry(
        _ message: OutboxMessage, error: String, permanent: Bool, now: Date, on db: any Database
    )
        async throws
    {
        message.attempts += 1
        message.lastError = String(error.prefix(500))
        message.claimedUntil = nil
        message.claimedBy = nil
        if permanent || message.attempts >= maxAttempts {
            message.status = .failed
        } else {
            message.status = .queued
            // 1, 2, 4 … minutes, at most six hours.
            let delay = min(6 * 3600, 60 * (1 << (message.attempts - 1)))
            message.nextAttemptAt = now.addingTimeInterval(TimeInterval(delay))
        }
        try await message.save(on: db)
    }
}

/// Renders an outbox message as an RFC 5322 email: plain text, with the calendar file as a
/// `text/calendar` part when there is one.
enum MailMessage {
    static func render(_ message: OutboxMessage, from: EmailAddress, fromName: String, date: Date) -> String {
        let boundary = "roundtable-" + (message.id?.uuidString.lowercased() ?? UUID().uuidString)
        var headers = [
            "From: \(displayName(fromName)) <\(from.value)>",
            "To: \(displayName(message.toName)) <\(message.toEmail)>",
            "Subject: \(encodeHeader(message.subject))",
            "Date: \(rfc2822(date))",
            "Message-ID: <\(message.id?.uuidString.lowercased() ?? UUID().uuidString)@roundtable>",
            "MIME-Version: 1.0",
        ]
        let text = base64Lines(message.body)
        guard let calendar = message.calendar else {
            headers += [
                "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64",
            ]
            return (headers + ["", text]).joined(separator: "\r\n")
        }
        let method = calendar.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST"
        headers.append("Content-Type: multipart/mixed; boundary=\"\(boundary)\"")
        let parts = [
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            text,
            "--\(boundary)",
            "Content-Type: text/calendar; charset=utf-8; method=\(method)",
            "Content-Disposition: attachment; filename=\"meeting.ics\"",
            "Content-Transfer-Encoding: base64",
            "",
            base64Lines(calendar),
            "--\(boundary)--",
        ]
        return (headers + [""] + parts).joined(separator: "\r\n")
    }

    static func base64Lines(_ text: String) -> String {
        let encoded = Data(text.utf8).base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n")
    }

    /// RFC 2047 for anything beyond ASCII ("Zoë", "عمر"). An encoded word may be at most 75
    /// characters, so a longer text (an Arabic subject) becomes several, on folded lines, each
    /// holding whole characters.
    ///
    /// Control characters go first, scalar by scalar: "\r\n" is one Character in Swift, so a
    /// Character filter for "\r" and "\n" would let a line break (and an injected header) through.
    static func encodeHeader(_ text: String) -> String {
        let clean = SingleLine.clean(text)
        guard clean.unicodeScalars.contains(where: { !$0.isASCII || $0 == "\"" }) else { return clean }
        var words: [String] = []
        var chunk = Data()
        for character in clean {
            let bytes = Data(String(character).utf8)
            // 45 bytes encode to 60 characters; with "=?utf-8?B?" and "?=" that is 72.
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// A person's name before their address. Plain ASCII with a comma, a dot or another
    /// special (RFC 5322 §3.2.3) is quoted, or "Nadia Rahman, Educational psychology service"
    /// reads as two addresses; anything else is encoded as above.
    static func displayName(_ name: String) -> String {
        let encoded = encodeHeader(name)
        guard !encoded.hasPrefix("=?") else { return encoded }
        let specials = Set("()<>[]:;@\\,.".unicodeScalars)
        guard encoded.unicodeScalars.contains(where: specials.contains) else { return encoded }
        return "\"" + encoded.replacingOccurrences(of: "\\", with: "\\\\") + "\""
    }

    static func rfc2822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// Personal links and page codes replaced by a note, once a message has gone: the stored
    /// copy must not open anyone's page.
    /// The same for a calendar file. Its long lines are folded every 75 bytes, and a fold can
    /// fall inside a token; the lines are joined before the search and folded again after.
    static func redactCalendarLinks(_ calendar: String, placeholder: String = "[sent]") -> String {
        CalendarFile.refold(CalendarFile.unfold(calendar).map { redactLinks($0, placeholder: placeholder) })
    }

    static func redactLinks(_ text: String, placeholder: String = "[sent]") -> String {
        text.replacingOccurrences(
            of: #"/p/[A-Za-z0-9_-]{20,}"#, with: "/p/" + placeholder, options: .regularExpression
        ).replacingOccurrences(
            // A colleague's invitation or password link, which opens their account.
            of: #"/welcome/[A-Za-z0-9_%-]{20,}"#, with: "/welcome/" + placeholder, options: .regularExpression
        ).replacingOccurrences(
            of: #"(?<![0-9])[0-9]{3} [0-9]{3}(?![0-9])"#, with: placeholder, options: .regularExpression)
    }
}
