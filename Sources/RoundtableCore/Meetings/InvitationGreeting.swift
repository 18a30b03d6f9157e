import Foundation

/// Whether a letter opens with its own greeting.
///
/// One rule, used everywhere a letter is shown: when the school's letter greets the reader
/// itself ("Dear family,", "Bonjour,", "您好"), the page shows it as written and adds no
/// "Dear {name}," of its own above it; when it does not, the page greets the reader by name.
/// The first draft opens with "Dear family," so a family never reads two greetings.
public enum InvitationGreeting {
    /// Openings in the five languages the catalogs use, lower-cased.
    static let openings = [
        "dear ", "dear,", "hello", "hi ", "hi,", "good morning", "good afternoon", "good evening",
        "estimado", "estimada", "querido", "querida", "hola", "buenos días", "buenas tardes",
        "cher ", "chère", "chers ", "chères", "bonjour", "bonsoir", "madame", "monsieur",
        "عزيزي", "عزيزتي", "أعزائي", "السلام عليكم", "مرحبا", "مرحبًا", "مرحباً", "حضرة",
        "尊敬的", "亲爱的", "您好", "你好", "各位",
    ]

    /// True when the first line is a greeting: it starts with one, or (in Chinese, where the
    /// name comes first: "王女士，您好：") says 您好 or 你好 before its first full stop.
    public static func opens(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if openings.contains(where: { trimmed.hasPrefix($0) }) { return true }
        let firstLine = trimmed.prefix { !"\n。.!！".contains($0) }
        return firstLine.count <= 30 && (firstLine.contains("您好") || firstLine.contains("你好"))
    }
}
