import Foundation

/// Name search that forgives case, accents and punctuation: "zoe o'neil" finds "Zoë O'Neil",
/// "jose" finds "José". Both the stored key and the typed query go through the same folding.
public enum NameSearch {
    /// The key stored beside a person's names.
    public static func key(_ names: [String?]) -> String {
        names.compactMap { $0 }.map(fold).joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
    }

    /// The words of a query, folded; every word must appear in the key. At most five words,
    /// so a pasted paragraph cannot turn into an expensive query.
    public static func terms(_ query: String) -> [String] {
        Array(fold(query).split(separator: " ").map(String.init).filter { !$0.isEmpty }.prefix(5))
    }

    static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        // Apostrophes and hyphens join names ("O'Neil", "Ångström-Okafor"); searching either
        // half should work, so they become spaces, as does other punctuation.
        return String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
}
