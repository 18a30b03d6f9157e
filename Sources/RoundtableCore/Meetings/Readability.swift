import Foundation

/// How easy a text is to read. English uses Flesch reading ease; other languages, which that
/// formula does not fit, are judged on sentence and word length.
public struct Readability: Sendable, Equatable {
    public enum Level: String, Sendable {
        case easy, fair, hard
    }

    /// Flesch reading ease (0–100, higher is easier), for English only.
    public var fleschReadingEase: Double?
    public var wordsPerSentence: Double
    /// Letters per word; for Chinese and Japanese, characters per sentence stands in for both.
    public var lettersPerWord: Double
    public var level: Level

    /// Whether there were any words to judge.
    public var isEmpty = false
    /// Chinese and Japanese: `wordsPerSentence` counts characters.
    public var countsCharacters = false

    /// Whether the sentences themselves are long: only then is "shorter sentences" good advice.
    public var sentencesAreLong: Bool {
        wordsPerSentence > (countsCharacters ? 25 : fleschReadingEase != nil ? 20 : 15)
    }

    /// "Reading ease 62 out of 100. Sentences have about 4 words. Fairly easy to read. Some
    /// long words could be everyday ones." The advice names what makes it harder, and only that.
    public var summary: String {
        if isEmpty { return "Nothing written yet, so nothing to score." }
        var parts: [String] = []
        if let score = fleschReadingEase {
            parts.append("Reading ease \(Int(score.rounded())) out of 100.")
        }
        let size = max(1, Int(wordsPerSentence.rounded()))
        let unit = countsCharacters ? (size == 1 ? "character" : "characters") : (size == 1 ? "word" : "words")
        parts.append("Sentences have about \(size) \(unit).")
        switch (level, sentencesAreLong) {
        case (.easy, _): parts.append("Easy to read.")
        case (.fair, true): parts.append("Fairly easy to read. Shorter sentences would help.")
        case (.fair, false): parts.append("Fairly easy to read. Some long words could be everyday ones.")
        case (.hard, true): parts.append("Hard to read. Use shorter sentences and everyday words.")
        case (.hard, false): parts.append("Hard to read. Use everyday words in place of long ones.")
        }
        return parts.joined(separator: " ")
    }

    public static func of(_ text: String, language: String) -> Readability {
        guard text.contains(where: \.isLetter) else {
            return Readability(
                fleschReadingEase: nil, wordsPerSentence: 0, lettersPerWord: 0, level: .easy, isEmpty: true)
        }
        let sentences = max(1, sentenceCount(text))
        let base = language.split(separator: "-").first.map(String.init) ?? language
        if base == "zh" || base == "ja" {
            // No spaces between words: count characters per sentence instead (about 20 reads
            // comfortably for a family reader).
            let characters = text.filter { $0.isLetter }.count
            let perSentence = Double(characters) / Double(sentences)
            let level: Level = perSentence <= 25 ? .easy : perSentence <= 40 ? .fair : .hard
            return Readability(
                fleschReadingEase: nil, wordsPerSentence: perSentence, lettersPerWord: 1, level: level,
                countsCharacters: true)
        }
        let words = Self.words(text)
        let wordCount = max(1, words.count)
        let wordsPerSentence = Double(wordCount) / Double(sentences)
        let lettersPerWord = Double(words.reduce(0) { $0 + $1.count }) / Double(wordCount)
        if base == "en" {
            let syllables = words.reduce(0) { $0 + syllableCount($1) }
            let score = 206.835 - 1.015 * wordsPerSentence - 84.6 * Double(syllables) / Double(wordCount)
            let clamped = min(100, max(0, score))
            let level: Level = clamped >= 70 ? .easy : clamped >= 55 ? .fair : .hard
            return Readability(
                fleschReadingEase: clamped, wordsPerSentence: wordsPerSentence, lettersPerWord: lettersPerWord,
                level: level)
        }
        let level: Level =
            wordsPerSentence <= 15 && lettersPerWord <= 6 ? .easy : wordsPerSentence <= 22 ? .fair : .hard
        return Readability(
            fleschReadingEase: nil, wordsPerSentence: wordsPerSentence, lettersPerWord: lettersPerWord, level: level)
    }

    static func sentenceCount(_ text: String) -> Int {
        var count = 0
        var inSentence = false
        for character in text {
            if ".!?。！？؟\n".contains(character) {
                if inSentence { count += 1 }
                inSentence = false
            } else if character.isLetter || character.isNumber {
                inSentence = true
            }
        }
        return count + (inSentence ? 1 : 0)
    }

    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0 == "'" || $0 == "’") }.map { String($0) }.filter {
            $0.contains(where: \.isLetter)
        }
    }

    /// A common approximation: groups of vowels, less a silent final "e", at least one.
    static func syllableCount(_ word: String) -> Int {
        let lower = word.lowercased().filter(\.isLetter)
        guard !lower.isEmpty else { return 0 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for character in lower {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if lower.hasSuffix("e") && !lower.hasSuffix("le") && count > 1 { count -= 1 }
        return max(1, count)
    }
}
