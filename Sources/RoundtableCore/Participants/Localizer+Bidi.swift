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

    /// A date or time as one unit inside a sentence of ours, for plain text (emails, the letter
    /// handed over): the whole value in a first-strong isolate, and each run of digits or Latin
    /// letters inside it in a left-to-right one, so "4 مارس 2031 في 15:30" keeps its order
    /// and does not pull the sentence's punctuation. Other languages get the value unchanged.
    public func isolatedDate(_ value: String) -> String {
        guard isRightToLeft, !value.isEmpty else { return value }
        return isolatedName(
            Self.latinRuns(value).map { $0.isLatin ? "\u{2066}" + $0.text + "\u{2069}" : $0.text }.joined())
    }

    /// `text` cut into runs of digits and Latin letters (with the spaces and marks inside them:
    /// "927 749", "15:30", "+44 20 7946 0000", "Room 12B") and the rest, in order. The page
    /// puts each Latin run in `<bdi dir="ltr">`; plain text uses `isolatedDate`.
    public static func latinRuns(_ text: String) -> [(text: String, isLatin: Bool)] {
        var runs: [(text: String, isLatin: Bool)] = []
        var current = ""
        var currentIsLatin = false
        // Joiners only count as part of a run when more of it follows: "3:30 م" is "3:30", " م".
        var pendingJoiners = ""
        func isCore(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "+") }
        func isJoiner(_ c: Character) -> Bool { " :./-@_".contains(c) }
        func flush() {
            if !current.isEmpty { runs.append((current, currentIsLatin)) }
            current = ""
        }
        for c in text {
            if isCore(c) {
                if !currentIsLatin {
                    flush()
                    currentIsLatin = true
                }
                current += pendingJoiners + String(c)
                pendingJoiners = ""
            } else if currentIsLatin && isJoiner(c) {
                pendingJoiners.append(c)
            } else {
                if currentIsLatin {
                    flush()
                    currentIsLatin = false
                    current = pendingJoiners
                    pendingJoiners = ""
                }
                current.append(c)
            }
        }
        if currentIsLatin {
            flush()
            currentIsLatin = false
            current = pendingJoiners
        }
        flush()
        return runs
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

    /// "Tuesday, 4 March 2031 at 15:30, Family room" for an email or the letter handed over:
    /// the date isolated (`isolatedDate`), then the place, joined with the language's comma.
    /// `place` is a room name (isolate it with `isolatedName`) or a phrase of ours.
    public func dateAndPlace(_ date: String?, _ place: String?) -> String? {
        guard let date else { return nil }
        return place.map { isolatedDate(date) + comma + $0 } ?? isolatedDate(date)
    }

    /// Between two parts of a sentence of ours ("Family room, or by video call"): the Arabic
    /// comma "،" in Arabic, the Chinese full-width comma, else ", ".
    public var comma: String {
        switch language {
        case "ar": "، "
        case "zh-Hans": "，"
        default: ", "
        }
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
