import Foundation
import RoundtableCore

/// A catalog phrase whose values are kept left to right inside any sentence: a code, an
/// email address, a time or a link in an Arabic sentence would otherwise be reordered by the
/// bidi algorithm ("927 749" read as "749 927"). Each value goes in `<bdi dir="ltr">`, and
/// stays escaped.
public struct IsolatedPhrase: Component {
    public var t: Localizer
    public var phrase: Phrase
    public var values: [String: String]
    /// Values to isolate, by placeholder name.
    public var isolated: [String: String]
    /// "ltr" for codes, addresses and links; "auto" for a name, which may be in any script.
    public var direction: String
    /// The isolated values' language, when known (the school's English inside an Arabic sentence).
    public var lang: String?

    public init(
        _ t: Localizer, _ phrase: Phrase, _ values: [String: String] = [:], isolating isolated: [String: String],
        direction: String = "ltr", lang: String? = nil
    ) {
        self.t = t
        self.lang = lang
        self.direction = direction
        self.phrase = phrase
        self.values = values
        self.isolated = isolated
    }

    public var body: any Component { self }

    public func render(into html: inout String) {
        var rest = Substring(t(phrase, values))
        while let (key, range) = nextPlaceholder(in: rest) {
            HTMLEscape.text(String(rest[..<range.lowerBound]), into: &html)
            html += "<bdi dir=\"\(direction)\"" + (lang.map { " lang=\"\(HTMLEscape.attribute($0))\"" } ?? "") + ">"
            HTMLEscape.text(isolated[key] ?? "", into: &html)
            html += "</bdi>"
            rest = rest[range.upperBound...]
        }
        // A placeholder the catalog text lost (the pseudo-locale marks its letters) is filled in
        // as plain text, so nothing is ever shown as "{email}".
        var tail = String(rest)
        for (key, value) in isolated { tail = tail.replacingOccurrences(of: "{\(key)}", with: value) }
        HTMLEscape.text(tail, into: &html)
    }

    private func nextPlaceholder(in text: Substring) -> (String, Range<Substring.Index>)? {
        isolated.keys.compactMap { key in text.range(of: "{\(key)}").map { (key, $0) } }
            .min { $0.1.lowerBound < $1.1.lowerBound }
    }
}
