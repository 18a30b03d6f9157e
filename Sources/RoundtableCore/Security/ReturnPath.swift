import Foundation

/// Where sign-in may send someone back to: a path on this site, never another site.
///
/// Browsers are generous with what they accept as a URL: they drop tabs and line breaks,
/// read `\` as `/`, and treat `//host` as another site, so `/%09/evil.example` (decoded to
/// "/\t/evil.example") lands on evil.example. Rather than list the tricks, only plain paths
/// pass: they start with exactly one "/", and neither the path nor its percent-decoded form
/// holds a control character, whitespace, a backslash or a dot segment.
public enum ReturnPath {
    public static let maximumLength = 512

    public static func isSafe(_ path: String) -> Bool {
        guard path.utf8.count <= maximumLength, isPlainPath(path) else { return false }
        // Decoded until it stops changing, so "%252F" (an encoded "%2F") is judged as "/" too.
        var decoded = path
        for _ in 0..<3 {
            guard let next = decoded.removingPercentEncoding else { return false }
            if next == decoded { break }
            guard isPlainPath(next) else { return false }
            decoded = next
        }
        return true
    }

    static func isPlainPath(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars)
        guard scalars.first == "/" else { return false }
        if scalars.count > 1 && (scalars[1] == "/" || scalars[1] == "\\") { return false }
        let unsafe = scalars.contains {
            $0 == "\\" || $0.properties.isWhitespace || $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format || $0.properties.generalCategory == .lineSeparator
                || $0.properties.generalCategory == .paragraphSeparator
        }
        if unsafe { return false }
        let pathPart = path.prefix { $0 != "?" && $0 != "#" }
        return !pathPart.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
    }
}
