import Foundation

/// Name search that forgives case, accents and punctuation: "zoe o'neil" finds "Zoë O'Neil",
/// "jose" finds "José". Both the stored key and the typed query go through the same folding.
public enum NameSearch {
    /// The key stored beside a person's names.
    public static func key(_ names: [String?]) -> String {
        let names = names.compactMap { $0 }
        // "O'Brien" is found by "o brien", "brien" and "obrien": its parts, and the whole.
        let joined = names.filter { $0.contains("'") || $0.contains("’") }
            .map { fold($0.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")) }
        return (names.map(fold) + joined).joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    /// The words of a query, folded; every word must appear in the key. At most five words,
    /// so a pasted paragraph cannot turn into an expensive query.
    public static func terms(_ query: String) -> [String] {
        Array(fold(query).split(separator: " ").map(String.init).filter { !$0.isEmpty }.prefix(5))
    }

    static func fold(_ text: String) -> String {
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        // Letters that are their own letters, not accented ones, so folding leaves them be.
        for (letter, plain) in [
            ("ł", "l"), ("ø", "o"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("đ", "d"), ("ı", "i"), ("þ", "th"),
        ] {
            folded = folded.replacingOccurrences(of: letter, with: plain)
        }
        // Apostrophes and hyphens join names ("O'Neil", "Ångström-Okafor"); searching either
        // half should work, so they become spaces, as does other punctuation.
        return String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
}
