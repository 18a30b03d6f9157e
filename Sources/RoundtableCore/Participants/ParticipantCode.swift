import Foundation

/// The optional check before a participant's page shows anything: a six-digit code sent to
/// the email address their link went to. It proves the person holding the link can also read
/// that inbox, so a forwarded or overheard link is not enough on its own.
public enum ParticipantCode {
    public static let lifetime: TimeInterval = 15 * 60
    public static let maxAttempts = 5
    /// A second code is not sent sooner than this, so a page reloaded in a hurry does not
    /// fill the person's inbox.
    public static let resendAfter: TimeInterval = 60
    /// How long a browser that gave the right code stays trusted for that person's page.
    public static let trustedFor: TimeInterval = 30 * 86_400

    /// Six digits, shown as "123 456" so it is easy to read out and type.
    public static func generate() -> String {
        let number = Int.random(in: 0..<1_000_000)
        let digits = String(format: "%06d", number)
        return String(digits.prefix(3)) + " " + String(digits.suffix(3))
    }

    /// What someone typed, as digits only; `nil` unless it is six digits. People paste codes
    /// with spaces or dashes, and keyboards may give Arabic-Indic or full-width digits.
    public static func normalise(_ typed: String) -> String? {
        var digits = ""
        for scalar in typed.unicodeScalars {
            if let value = Int(String(scalar)) ?? arabicIndicValue(scalar) {
                digits += String(value)
            } else if !" -\u{00A0}".unicodeScalars.contains(scalar) {
                return nil
            }
        }
        return digits.count == 6 ? digits : nil
    }

    private static func arabicIndicValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x0660...0x0669: Int(scalar.value - 0x0660)
        case 0x06F0...0x06F9: Int(scalar.value - 0x06F0)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    /// Enough of an address for someone to know which inbox to look in, not enough to learn it.
    public static func mask(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@"), at > email.startIndex else { return "•••" }
        return String(email[email.startIndex]) + "•••" + String(email[at...])
    }
}
