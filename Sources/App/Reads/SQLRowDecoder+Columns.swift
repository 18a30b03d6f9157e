import SQLKit

extension SQLRowDecoder.KeyDecodingStrategy {
    /// `camelCase` properties read from `snake_case` columns, as `.convertFromSnakeCase` does,
    /// but for ASCII names only (ours all are) and without Unicode property lookups: SQLKit
    /// converts the key again for every column of every row, and with the standard strategy
    /// that conversion was a quarter of the student list's CPU at 60,000 students.
    static let columns = Self.custom { path in
        SomeCodingKey(stringValue: snakeCased(path.last!.stringValue))
    }

    static func snakeCased(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + 4)
        for byte in name.utf8 {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                if !bytes.isEmpty { bytes.append(UInt8(ascii: "_")) }
                bytes.append(byte + 32)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
