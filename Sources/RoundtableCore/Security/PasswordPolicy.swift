import Foundation

/// What makes a password acceptable. Length matters far more than symbols, so the rule is
/// "long, not on a list of passwords people commonly pick, and not made from the person's
/// own details", with no composition rules.
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
            case .common:
                "This password is on a list of ones people often use, so it is easy to guess. Try three or four words you will remember."
            case .containsPersonalDetail:
                "This password has your name, your email address or your school's name in it, which others could guess. Try three or four other words you will remember."
            }
        }
    }

    /// What someone could guess from the person choosing the password.
    public struct Personal: Sendable, Equatable {
        /// Their name as written ("Priya Sharma"): each part of 3 letters or more counts.
        public var names: [String]
        /// Their email addresses: the part before the "@", whole and in its parts.
        public var emails: [String]
        /// The school's and organisation's names, whole ("Oak Primary" as "oakprimary").
        public var organisations: [String]

        public init(names: [String] = [], emails: [String] = [], organisations: [String] = []) {
            self.names = names
            self.emails = emails
            self.organisations = organisations
        }

        /// The folded words a password may not contain, letters and digits only.
        var words: [String] {
            func parts(_ text: String) -> [String] {
                text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            }
            func runTogether(_ text: String) -> String { String(text.filter { $0.isLetter || $0.isNumber }) }
            var words = names.flatMap(parts)
            for email in emails {
                let local = String(email.prefix { $0 != "@" })
                words += [runTogether(local)] + parts(local)
            }
            words += organisations.map(runTogether)
            return words.map(PasswordPolicy.fold).filter { $0.filter(\.isLetter).count >= 3 }
        }
    }

    /// Checks a new password against the length rule, the lists of common passwords (also
    /// when dressed up with digits, symbols or look-alike letters) and what is known about
    /// the person.
    public static func check(_ password: String, personal: Personal = Personal()) -> Problem? {
        if password.isEmpty { return .empty }
        if password.count < minimumLength { return .tooShort }
        if password.count > maximumLength { return .tooLong }
        let folded = fold(password)
        if CommonPasswords.contains(folded) || isRepetitive(folded) { return .common }
        // "Pr1ya-Sh@rma" still holds the name: compare with look-alikes read back as letters,
        // and with spaces and punctuation gone, as "Oak Primary" hides in "oak-primary".
        let readings = ([folded] + CommonPasswords.unLeet(folded)).map {
            String($0.filter { $0.isLetter || $0.isNumber })
        }
        let words = personal.words
        if words.contains(where: { word in readings.contains { $0.contains(word) } }) { return .containsPersonalDetail }
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
