import Foundation
import RoundtableViews
import SnapshotTesting
import Testing

@testable import App
@testable import RoundtableCore

/// How snapshots are recorded. Snapshots live in `Tests/AppTests/__Snapshots__/<file>/` and
/// are committed.
///
/// - Locally the library's default applies: a missing snapshot is written and its test fails
///   once ("No reference was found on disk"); run again and it compares. Set
///   `SNAPSHOT_TESTING_RECORD=all` to rewrite every snapshot after a deliberate change, then
///   read the diff before committing it.
/// - On CI (`CI` set, as every CI service does) nothing is ever written: a missing snapshot
///   fails, and a changed text fails, whatever `SNAPSHOT_TESTING_RECORD` says.
enum SnapshotPolicy {
    static var record: SnapshotTestingConfiguration.Record? {
        isCI(ProcessInfo.processInfo.environment) ? .never : nil
    }

    static func isCI(_ environment: [String: String]) -> Bool {
        guard let value = environment["CI"]?.lowercased() else { return false }
        return !["", "0", "false", "no"].contains(value)
    }
}

extension Trait where Self == _SnapshotsTestTrait {
    /// Every suite that compares snapshots carries this trait.
    static var committedSnapshots: Self { .snapshots(record: SnapshotPolicy.record) }
}

/// Replaces what is random in an email or a calendar file (and only that) with a fixed
/// placeholder of the same length, so a snapshot is stable and a calendar line folds where
/// the real one does:
/// - a personal link's token (`/p/` and 43 URL-safe characters) becomes `/p/xxx…`;
/// - a UUID (meeting pages, calendar UIDs) becomes `00000000-0000-0000-0000-00000000000N`,
///   numbered in order of first appearance, so the same meeting keeps the same number;
/// - a participant code ("123 456", the only six digits with a space in our texts) becomes
///   `### ###`.
///
/// Everything else (names, dates, wording, headers) is left as it was made.
struct SnapshotScrubber {
    private var ids: [String: Int] = [:]

    mutating func scrub(_ text: String) -> String {
        var text = Self.replace(#"/p/[A-Za-z0-9_-]{20,}"#, in: text) {
            "/p/" + String(repeating: "x", count: $0.count - 3)
        }
        text = Self.replace(
            #"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, in: text
        ) { id in
            let number = ids[id.lowercased()] ?? (ids.count + 1)
            ids[id.lowercased()] = number
            return String(format: "00000000-0000-0000-0000-%012d", number)
        }
        return Self.replace(#"(?<![0-9])[0-9]{3} [0-9]{3}(?![0-9])"#, in: text) { _ in "### ###" }
    }

    /// A calendar file, unfolded, scrubbed and folded again (the placeholders are as long as
    /// what they replace, so lines fold at the same places), shown with plain line ends.
    /// Throws if a line ends in anything but CRLF, which the snapshot could not show.
    mutating func calendar(_ text: String) throws -> String {
        let withoutCRLF = text.replacingOccurrences(of: "\r\n", with: "")
        if withoutCRLF.contains("\n") || withoutCRLF.contains("\r") || !text.hasSuffix("\r\n") {
            throw BadLineEnds()
        }
        return scrub(text.replacingOccurrences(of: "\r\n ", with: "")).components(separatedBy: "\r\n")
            .map(CalendarFile.fold).joined(separator: "\n")
    }

    static func scrub(_ text: String) -> String {
        var scrubber = SnapshotScrubber()
        return scrubber.scrub(text)
    }

    static func calendar(_ text: String) throws -> String {
        var scrubber = SnapshotScrubber()
        return try scrubber.calendar(text)
    }

    struct BadLineEnds: Error {}

    private static func replace(_ pattern: String, in text: String, with make: (String) -> String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        var result = text
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).reversed() {
            guard let range = Range(match.range, in: result) else { continue }
            result.replaceSubrange(range, with: make(String(result[range])))
        }
        return result
    }
}

extension OutboxMessage {
    /// What a person receives, readable: who it goes to, the subject (and as the header
    /// encodes it, when it must), whether it concerns a meeting, the body, and the calendar
    /// file with its method. Random parts are scrubbed (see `SnapshotScrubber`).
    func snapshotText() throws -> String {
        var lines = [
            "To: \(toName) <\(toEmail)>",
            "Subject: \(subject)",
        ]
        let encoded = MailMessage.encodeHeader(subject)
        if encoded != subject {
            lines.append("Subject header: \(encoded.replacingOccurrences(of: "\r\n", with: "\n"))")
        }
        lines.append("Calendar: \(calendar.map { $0.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST" } ?? "none")")
        var scrubber = SnapshotScrubber()
        lines += ["", "----- body -----", scrubber.scrub(body)]
        if let calendar {
            lines += ["", "----- meeting.ics -----", try scrubber.calendar(calendar)]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
