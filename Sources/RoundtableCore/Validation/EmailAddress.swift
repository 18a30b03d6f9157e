import Foundation

/// An email address as we store it: trimmed and lower-cased, so one person is one account
/// however they type it.
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    public let value: String
    public var description: String { value }

    /// A deliberately forgiving check: it catches typing slips (no @, spaces, no domain)
    /// without rejecting unusual but real addresses.
    public init?(_ raw: String) {
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard trimmed.count <= 254, parts.count == 2, !parts[0].isEmpty, parts[0].count <= 64,
            !trimmed.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }),
            !SingleLine.hasControls(trimmed)
        else { return nil }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && !$0.hasSuffix("-") })
        else { return nil }
        value = trimmed
    }
}

public enum TextInput {
    /// Trims a typed one-line value and treats whitespace-only as missing; see `SingleLine`.
    public static func clean(_ raw: String?) -> String {
        SingleLine.clean(raw ?? "")
    }
}
