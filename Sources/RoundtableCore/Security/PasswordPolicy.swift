import Foundation

/// What makes a password acceptable. Length matters far more than symbols, so the rule is
/// "long and not on a list of passwords people commonly pick", with no composition rules.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumLength = 200

    public enum Problem: Sendable, Equatable {
        case empty
        case tooShort
        case tooLong
        case common
        case containsPersonalDetail

        /// Written as an instruction, for the message next to the field.
        public var message: String {
            switch self {
            case .empty: "Enter a password"
            case .tooShort: "Use at least \(PasswordPolicy.minimumLength) characters. A few unrelated words work well."
            case .tooLong: "Use \(PasswordPolicy.maximumLength) characters or fewer"
            case .common: "This password is too easy to guess. Choose a longer or less common one."
            case .containsPersonalDetail: "Do not use your name, email address or school's name in your password"
            }
        }
    }

    /// Checks a new password. `personal` holds words someone could guess from the person
    /// (their name, email, school); a password made mostly of them is refused.
    public static func check(_ password: String, personal: [String] = []) -> Problem? {
        if password.isEmpty { return .empty }
        if password.count < minimumLength { return .tooShort }
        if password.count > maximumLength { return .tooLong }
        let folded = fold(password)
        if CommonPasswords.contains(folded) || isRepetitive(folded) { return .common }
        // Each detail as separate words, and run together the way people type it
        // ("Oak Primary" as "oakprimary"), longest first so whole names go before their parts.
        var personalWords: [String] = []
        for detail in personal {
            let words = detail.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            let runTogether = String(detail.prefix { $0 != "@" }.filter { $0.isLetter || $0.isNumber })
            personalWords += (words + [runTogether]).map(fold).filter { $0.count >= 4 }
        }
        personalWords.sort { $0.count > $1.count }
        var remainder = folded
        for word in personalWords { remainder = remainder.replacingOccurrences(of: word, with: "") }
        if remainder.count < minimumLength / 2 && remainder.count < folded.count { return .containsPersonalDetail }
        return nil
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// "aaaaaaaaaaaa", "abcabcabcabc", "123412341234": long but trivially guessed.
    static func isRepetitive(_ text: String) -> Bool {
        let characters = Array(text)
        if Set(characters).count <= 2 { return true }
        for period in 1...4 where characters.count % period == 0 || characters.count > period * 3 {
            let pattern = characters.prefix(period)
            if characters.enumerated().allSatisfy({
                $0.element == pattern[pattern.index(pattern.startIndex, offsetBy: $0.offset % period)]
            }) {
                return true
            }
        }
        // Runs along the digits or the alphabet, in either direction, wrapping round ("8901234567").
        for run in ["0123456789", "abcdefghijklmnopqrstuvwxyz"] {
            let cycle = String(repeating: run, count: text.count / run.count + 2)
            if cycle.contains(text) || String(cycle.reversed()).contains(text) { return true }
        }
        let scalars = text.unicodeScalars.map(\.value)
        let steps = zip(scalars, scalars.dropFirst()).map { Int($1) - Int($0) }
        return steps.allSatisfy { $0 == 1 } || steps.allSatisfy { $0 == -1 }
    }
}
