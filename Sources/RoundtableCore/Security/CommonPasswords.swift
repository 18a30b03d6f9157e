import Foundation

/// Passwords that get guessed first. Two lists: the 30,000 most common passwords, shipped as
/// `common-passwords.txt` (from zxcvbn; see docs/DECISIONS.md), and below, the long phrases
/// people reach for when told "at least twelve characters", which a list of leaked passwords
/// (mostly short ones) misses. Compared after folding case and accents.
enum CommonPasswords {
    /// Whether the folded password is a listed one, or a listed one dressed up the usual
    /// ways: digits, a year or symbols before or after ("Welcome2026!"), letters swapped for
    /// look-alike digits and symbols ("P@ssw0rd"), or the whole thing typed twice.
    static func contains(_ folded: String) -> Bool {
        var bases = [folded]
        let characters = Array(folded)
        let half = characters.count / 2
        if half > 0, characters.count % 2 == 0, characters[..<half] == characters[half...] {
            bases.append(String(characters[..<half]))
        }
        for base in bases {
            for stripped in Set([base, trimTrailing(base), trimBoth(base)]) {
                let undressed = unLeet(stripped)
                for candidate in Set([stripped] + undressed + undressed.map(trimBoth)) where candidate.count >= 3 {
                    if list.contains(candidate) || shipped.contains(candidate) { return true }
                }
            }
        }
        return false
    }

    /// Decorations are anything but letters: digits, years, punctuation, symbols, spaces.
    static func trimTrailing(_ text: String) -> String {
        String(text.reversed().drop { !$0.isLetter }.reversed())
    }

    static func trimBoth(_ text: String) -> String {
        String(trimTrailing(text).drop { !$0.isLetter })
    }

    /// The text with look-alike characters read back as letters; "1" may stand for "i" or "l",
    /// so both readings are given.
    static func unLeet(_ text: String) -> [String] {
        let common: [Character: Character] = ["0": "o", "@": "a", "3": "e", "$": "s", "4": "a", "5": "s", "7": "t"]
        guard text.contains(where: { common[$0] != nil || $0 == "1" }) else { return [] }
        return ["i", "l"].map { one in String(text.map { $0 == "1" ? one : common[$0] ?? $0 }) }
    }

    /// The shipped list, read once. `Bundle.module` stops the program if the resource is
    /// missing, which is right: a silently empty list would let every common password in.
    static let shipped: Set<String> = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("common-passwords.txt is missing from the RoundtableCore bundle") }
        var words = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let word = line.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { words.insert(word) }
        }
        return words
    }()

    static let list: Set<String> = [
        "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111",
        "000000000000", "121212121212", "123123123123", "112233445566", "098765432109",
        "password1234", "password12345", "password123456", "password1234!", "password!234",
        "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "passwordpassword", "password2024",
        "password2025", "password2026", "password2027", "mypassword123", "mypassword1234",
        "newpassword123", "newpassword1234", "changeme1234", "changeme12345", "changemenow1",
        "temppassword1", "temporary1234", "welcome12345", "welcome123456", "welcometoschool",
        "welcome2024!!", "welcome2025!!", "welcome2026!!", "letmein12345", "letmein123456",
        "qwertyuiop12", "qwertyuiop123", "qwertyuiop1234", "qwertyuiopasdf", "1qaz2wsx3edc",
        "1qaz2wsx3edc4rfv", "qazwsxedcrfv", "zaq12wsxcde3", "asdfghjkl123", "asdfghjkl1234",
        "zxcvbnm12345", "zxcvbnm123456", "qwerty123456", "qwerty1234567", "qwertyqwerty",
        "azertyuiop12", "azertyuiop123", "qwertzuiop12", "1q2w3e4r5t6y", "1q2w3e4r5t6y7u",
        "q1w2e3r4t5y6", "abcdefghijkl", "abcdefgh1234", "abcd12345678", "abc123456789",
        "iloveyou1234", "iloveyou12345", "iloveyouforever", "iloveyoubaby", "iloveyoumom1",
        "ilovemyfamily", "ilovemykids1", "ilovemychildren", "iloveschool1", "ihateschool1",
        "sunshine1234", "sunshine12345", "princess1234", "princess12345", "football1234",
        "football12345", "baseball1234", "basketball12", "basketball123", "superman1234",
        "batman123456", "starwars1234", "pokemon12345", "minecraft123", "minecraft1234",
        "fortnite1234", "liverpool123", "liverpool1234", "chelsea12345", "arsenal12345",
        "manchester12", "manchesterunited", "barcelona123", "realmadrid12", "dragonball12",
        "monkey123456", "shadow123456", "master123456", "michael12345", "jennifer1234",
        "jessica12345", "charlie12345", "elizabeth123", "christopher1", "christopher12",
        "alexander123", "alexandra123", "victoria1234", "samantha1234", "benjamin1234",
        "teacher12345", "teacher123456", "teacherteacher", "schoolschool", "school123456",
        "school1234567", "myschool1234", "headteacher1", "headteacher12", "principal123",
        "student12345", "student123456", "classroom123", "education123", "education1234",
        "learning1234", "homework1234", "meeting12345", "roundtable12", "roundtable123",
        "roundtable1234", "roundtable2026", "administrator", "administrator1", "admin1234567",
        "adminadmin12", "adminpassword", "administrator123", "rootpassword", "superuser123",
        "computer1234", "internet1234", "whatever1234", "trustno11234", "correcthorsebatterystaple",
        "thisismypassword", "thisisapassword", "mysecretpassword", "secretpassword", "supersecret123",
        "summer2024!!", "summer2025!!", "summer2026!!", "winter2025!!", "winter2026!!",
        "spring2026!!", "autumn2026!!", "january2026!", "september2026", "december2026",
        "happybirthday", "happydays123", "goodmorning1", "helloworld12", "helloworld123",
        "hellohello12", "loveyou12345", "blessed12345", "godisgood123", "jesuschrist1",
        "1234qwerasdf", "qwer1234asdf", "asdf1234qwer", "1234abcd1234", "a1b2c3d4e5f6",
        "987654321012", "147258369147", "159753159753", "741852963741", "246813579246",
    ]
}
