import Foundation

public enum Secrets {
    /// Compares two secrets in time that depends only on their lengths, so an attacker
    /// cannot learn a token one character at a time from response times.
    public static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }

    /// A random token of `bytes` bytes, URL-safe (base64url without padding).
    public static func randomToken(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        // Eight bytes per call: one system call for every eight bytes instead of one per byte.
        var data = Data(capacity: bytes + 8)
        while data.count < bytes {
            withUnsafeBytes(of: generator.next()) { data.append(contentsOf: $0) }
        }
        data = data.prefix(bytes)
        return data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A code a person can read from a log and type: digits in groups of four.
    public static func humanCode(groups: Int = 3) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<groups).map { _ in
            String(format: "%04d", Int.random(in: 0...9999, using: &generator))
        }.joined(separator: "-")
    }

    /// Makes a typed code comparable: people add spaces or leave out dashes.
    public static func normaliseCode(_ code: String) -> String {
        code.filter(\.isNumber)
    }
}
