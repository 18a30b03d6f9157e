import Foundation

/// An iCalendar (RFC 5545) file for one meeting. The title and description stay neutral:
/// a calendar is often shared or glanced at by others, so it never names the student or
/// says what the meeting is about; it carries the link, where the details are.
public struct CalendarFile: Sendable, Equatable {
    public enum Method: String, Sendable {
        case request = "REQUEST"
        case cancel = "CANCEL"
    }

    public var method: Method
    /// Stable for the life of the meeting, so a calendar replaces rather than adds.
    public var uid: String
    /// Raised on every change.
    public var sequence: Int
    public var start: Date
    public var lengthMinutes: Int
    public var title: String
    public var location: String?
    public var description: String
    public var organizerEmail: String
    public var organizerName: String
    public var attendeeEmail: String?
    public var attendeeName: String?
    public var stamp: Date

    public init(
        method: Method, uid: String, sequence: Int, start: Date, lengthMinutes: Int, title: String,
        location: String?, description: String, organizerEmail: String, organizerName: String,
        attendeeEmail: String?, attendeeName: String?, stamp: Date
    ) {
        self.method = method
        self.uid = uid
        self.sequence = sequence
        self.start = start
        self.lengthMinutes = lengthMinutes
        self.title = title
        self.location = location
        self.description = description
        self.organizerEmail = organizerEmail
        self.organizerName = organizerName
        self.attendeeEmail = attendeeEmail
        self.attendeeName = attendeeName
        self.stamp = stamp
    }

    /// The file, with CRLF line ends and long lines folded at 75 octets.
    public var text: String {
        Self.document(method: method.rawValue, events: [self])
    }

    /// A feed: many events, published for a calendar to subscribe to.
    public static func feed(_ events: [CalendarFile]) -> String {
        document(method: "PUBLISH", events: events)
    }

    static func document(method: String, events: [CalendarFile]) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Roundtable//Meetings//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:\(method)",
        ]
        for event in events { lines += event.eventLines }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    var eventLines: [String] {
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(Self.escape(uid))",
            "SEQUENCE:\(sequence)",
            "DTSTAMP:\(Self.utc(stamp))",
            // Times in UTC: every calendar shows them in the reader's own time zone, correctly.
            "DTSTART:\(Self.utc(start))",
            "DTEND:\(Self.utc(start.addingTimeInterval(TimeInterval(lengthMinutes * 60))))",
            "SUMMARY:\(Self.escape(title))",
            "DESCRIPTION:\(Self.escape(description))",
            "ORGANIZER;CN=\(Self.quoted(organizerName)):mailto:\(organizerEmail)",
        ]
        if let location { lines.append("LOCATION:\(Self.escape(location))") }
        if let attendeeEmail {
            lines.append(
                "ATTENDEE;CN=\(Self.quoted(attendeeName ?? attendeeEmail));ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:\(attendeeEmail)"
            )
        }
        lines.append("STATUS:\(method == .cancel ? "CANCELLED" : "CONFIRMED")")
        lines.append("END:VEVENT")
        return lines
    }

    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// TEXT values: backslash, semicolon and comma escaped, each line break (CRLF, CR, LF,
    /// line or paragraph separator) written as `\n`, other control characters dropped. Works
    /// on scalars: "\r\n" is one Character in Swift and would slip past a Character match,
    /// ending the property and starting a new one.
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
            case ";": escaped.append(contentsOf: "\\;".unicodeScalars)
            case ",": escaped.append(contentsOf: "\\,".unicodeScalars)
            case "\n" where afterCR: continue
            case "\r", "\n", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\t": escaped.append(scalar)
            case _ where SingleLine.isControl(scalar): continue
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A parameter value in double quotes, which may not itself contain one, on one line.
    static func quoted(_ text: String) -> String {
        "\"" + SingleLine.clean(text.replacingOccurrences(of: "\"", with: "'")) + "\""
    }

    /// Lines longer than 75 octets continue on the next line after a space, never splitting
    /// a UTF-8 character.
    /// A calendar file with each folded line joined again (RFC 5545 §3.1), so a search can find
    /// text a fold had cut in two; `refold` puts the folds back.
    public static func unfold(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
    }

    public static func refold(_ lines: [String]) -> String {
        lines.map(fold).joined(separator: "\r\n")
    }

    static func fold(_ line: String) -> String {
        var result = ""
        var count = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if count + size > 75 {
                result += "\r\n "
                count = 1
            }
            result.unicodeScalars.append(scalar)
            count += size
        }
        return result
    }
}
