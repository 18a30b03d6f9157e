import Foundation

/// Right-to-left care for text built in code. In an Arabic sentence, a run of digits or Latin
/// letters (a code "927 749", a time, a link, an email address, a name typed in Latin) is
/// reordered by the bidi algorithm unless it is isolated: "927 749" reads "749 927".
extension Localizer {
    /// Left-to-right isolate (U+2066 … U+2069) around a value in plain text, for right-to-left
    /// languages; other languages get the value unchanged. HTML uses `<bdi dir="ltr">` instead.
    public func isolated(_ value: String) -> String {
        guard isRightToLeft, !value.isEmpty else { return value }
        return "\u{2066}" + value + "\u{2069}"
    }

    /// First-strong isolate (U+2068 … U+2069) around a name in plain text, for right-to-left
    /// languages: a school or person named in Latin letters keeps its order and does not pull
    /// the sentence's punctuation with it; a name in Arabic reads as Arabic.
    public func isolatedName(_ value: String) -> String {
        guard isRightToLeft, !value.isEmpty else { return value }
        return "\u{2068}" + value + "\u{2069}"
    }

    /// A list built in code, with the language's own separator: the Arabic comma "،", the
    /// Chinese enumeration comma "、", else ", ".
    public func list(_ items: [String]) -> String {
        let separator =
            switch language {
            case "ar": "، "
            case "zh-Hans": "、"
            default: ", "
            }
        return items.joined(separator: separator)
    }

    /// Who does an action, as the reader should read it: the owner labels the school's form
    /// offers ("The family", "The student", "Someone at school") are translated; a name the
    /// school typed is shown as typed.
    public func owner(_ who: String) -> String {
        let key = who.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let phrase: Phrase? =
            switch key {
            case "the family", "family": .ownerFamily
            case "the student", "student": .ownerStudent
            case "someone at school", "the school", "school": .ownerSchool
            default: nil
            }
        return phrase.map { self($0) } ?? who
    }
}
