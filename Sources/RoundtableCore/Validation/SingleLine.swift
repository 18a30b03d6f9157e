import Foundation

/// A value that must stay on one line wherever it goes: a name, a title, a role. Names end up
/// in email headers and calendar files, where a line break starts a new header or property,
/// so a break typed or pasted into a name must never survive being stored.
public enum SingleLine {
    /// Line breaks and tabs become a space; every other control character (C0, DEL, C1) is
    /// dropped; runs of whitespace become one space; the ends are trimmed. Bidi controls are
    /// kept (they are format characters, and pages show names isolated in `<bdi>`).
    ///
    /// Works on Unicode scalars: "\r\n" is a single Character in Swift, so a filter over
    /// Characters comparing with "\r" or "\n" lets it through.
    public static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isBreak(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if isControl(scalar) { continue }
            if pendingSpace {
                scalars.append(" ")
                pendingSpace = false
            }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// True when the text holds anything `clean` would drop or turn into a space, apart from
    /// ordinary spaces.
    public static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { isBreak($0) || isControl($0) }
    }

    /// CR, LF, vertical tab, form feed, next line, line and paragraph separators, tab.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// C0 controls, DEL and C1 controls.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}
