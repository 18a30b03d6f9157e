import Foundation

/// The parts of the check that read the letter's shape: where it starts and ends, how long
/// the meeting is, and which words label the child.
extension InvitationCheck {
    /// Words that label or blame a child, each with a kinder way to say it. A pattern is a
    /// regular expression on lower-case text, so close forms ("defiance", "disrupting") count.
    static let labels: [(pattern: String, kinder: String)] = [
        (
            #"\bdisrupt\w*"#,
            "Say what happened instead, for example “has found it hard to settle in lessons”."
        ),
        (#"\bdefian\w*"#, "Say what happened instead, for example “has found it hard to follow some instructions”."),
        (
            #"\b(bad |poor |negative )?attitudes?\b"#,
            "Say what you have seen instead, for example “has seemed unhappy in lessons lately”."
        ),
        (#"\bunacceptabl\w*"#, "Say what you hope for instead, for example “we want to help this go better”."),
        (#"\brefus\w*"#, "Say it gently, for example “has not felt able to join in”."),
        (#"\bnaught\w*"#, "Say what happened instead, in plain words."),
        (#"\brude(ness)?\b"#, "Say what happened instead, for example “spoke sharply to a teacher”."),
        (#"\b(failed to|failing to|failure)\b"#, "Say what has not happened yet, for example “has not yet handed in”."),
        (#"\byou must\b"#, "Ask instead, for example “we would be grateful if you could”."),
        (
            #"\byour (son|daughter|child)'s behaviou?r\b"#,
            "Talk about the child, not the family, for example “how Sam has been getting on in class”."
        ),
    ]

    /// Each label the text uses, as written, with its kinder way to say it.
    /// Praise just before a word is not a label: “a great attitude to learning”.
    static func labelsUsed(in lower: String) -> [(word: String, kinder: String)] {
        let praise = ["great", "good", "positive", "lovely", "brilliant", "excellent", "fantastic", "wonderful"]
        return labels.compactMap { label in
            var searchFrom = lower.startIndex
            while let range = lower.range(
                of: label.pattern, options: .regularExpression, range: searchFrom..<lower.endIndex)
            {
                let before = lower[..<range.lowerBound].suffix(14)
                if !praise.contains(where: { before.contains($0) }) {
                    return (String(lower[range]).trimmingCharacters(in: .whitespaces), label.kinder)
                }
                searchFrom = range.upperBound
            }
            return nil
        }
    }

    /// "15 minutes", "a 15-minute meeting", "1 hour", or a span of clock times ("6pm to 8pm",
    /// "4:30–5:15"). A span needs a clock mark (":30", "pm") so that "Years 7 to 9" is not one.
    static func statesLength(_ lower: String) -> Bool {
        if lower.range(of: #"\b\d+\s?-?\s?(min|mins|minute|minutes|hour|hours|hr|hrs)\b"#, options: .regularExpression)
            != nil
        {
            return true
        }
        let time = #"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?"#
        let span = #"\b"# + time + #"\s*(?:-|–|—|to|until|till)\s*"# + time
        let between = #"\bbetween\s+"# + time + #"\s+and\s+"# + time
        for pattern in [span, between] {
            var searchFrom = lower.startIndex
            while let range = lower.range(of: pattern, options: .regularExpression, range: searchFrom..<lower.endIndex)
            {
                let found = lower[range]
                if found.contains(":") || found.contains("am") || found.contains("pm") || found.contains("m.") {
                    return true
                }
                searchFrom = range.upperBound
            }
        }
        return false
    }

    /// The text without its greeting ("Dear Mr Rossi,"): the name of the person written to
    /// says nothing about who will be at the meeting.
    static func withoutGreeting(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard InvitationGreeting.opens(trimmed),
            let comma = trimmed.firstIndex(where: { $0 == "," || $0 == "\n" })
        else { return trimmed }
        return String(trimmed[trimmed.index(after: comma)...])
    }

    static let signOffs = [
        "best wishes", "with best wishes", "warm wishes", "kind regards", "warm regards", "best regards", "regards",
        "yours sincerely", "yours faithfully", "yours", "many thanks", "with thanks", "thank you", "thanks",
        "see you soon", "all the best",
    ]

    /// Where the sign-off starts ("Best wishes,\nMs Okafor"), if the letter ends with one: a
    /// sign-off phrase at the start of a sentence or line, then a name (a capital letter) and
    /// no more than a short line or two.
    static func signOffStart(_ text: String) -> String.Index? {
        var best: String.Index?
        for phrase in signOffs {
            let pattern = #"(^|[\n.!?]\s*)"# + phrase + #"[,:]?\s+"#
            var searchFrom = text.startIndex
            while let range = text.range(
                of: pattern, options: [.regularExpression, .caseInsensitive], range: searchFrom..<text.endIndex)
            {
                let rest = text[range.upperBound...]
                let words = rest.split { !($0.isLetter || $0.isNumber) }
                if let first = rest.first, first.isUppercase, (1...14).contains(words.count) {
                    let phraseStart = text[range].firstIndex { $0.isLetter } ?? range.lowerBound
                    if best.map({ phraseStart < $0 }) ?? true { best = phraseStart }
                }
                searchFrom = range.upperBound
            }
        }
        return best
    }

    /// The text without its sign-off: the writer's name says who wrote, not who will be there.
    static func withoutSignOff(_ text: String) -> String {
        signOffStart(text).map { String(text[..<$0]) } ?? text
    }

    /// Whether the family can tell who wrote: a sign-off with a name, or "My name is …",
    /// "I am Omar's tutor".
    static func saysWhoFrom(_ text: String) -> Bool {
        if signOffStart(text) != nil { return true }
        let lower = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return lower.range(
            of: #"\b(my name is|(i am|i'm) (mr|mrs|ms|miss|mx|dr|the|your|[a-z]+'s)\b)"#, options: .regularExpression)
            != nil
    }

    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }
}
