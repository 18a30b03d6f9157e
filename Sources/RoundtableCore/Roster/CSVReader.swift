import Foundation

/// Reads a CSV file one record at a time, without loading the file into memory.
///
/// Follows RFC 4180 and what real exports add to it: an optional UTF-8 byte order mark, LF or
/// CRLF line ends, quoted fields holding commas, quotes (`""`) and line breaks. Bytes are
/// decoded as UTF-8 only at the end of each field, so names in any script come through intact.
public struct CSVReader: Sendable {
    public struct Record: Sendable, Equatable {
        public var fields: [String]
        /// The line the record starts on, counting from 1, for error messages.
        public var line: Int
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(String)
        case unclosedQuote(line: Int)
        case invalidUTF8(line: Int)

        public var description: String {
            switch self {
            case .unreadable(let path): "could not read \(path)"
            case .unclosedQuote(let line): "line \(line): a quoted field is never closed"
            case .invalidUTF8(let line): "line \(line): the text is not UTF-8; export the file as UTF-8"
            }
        }
    }

    let url: URL
    let chunkSize: Int

    public init(url: URL, chunkSize: Int = 1 << 16) {
        self.url = url
        self.chunkSize = chunkSize
    }

    /// Calls `body` for each record. Blank lines are skipped.
    public func forEach(_ body: (Record) throws -> Void) throws {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw Failure.unreadable(url.path) }
        defer { try? handle.close() }
        var parser = Parser()
        var first = true
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            var bytes = chunk[...]
            if first {
                first = false
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            }
            try parser.feed(bytes, emit: body)
        }
        try parser.finish(emit: body)
    }

    /// The parsing state between chunks.
    struct Parser {
        var field: [UInt8] = []
        var fields: [String] = []
        var inQuotes = false
        /// A quote seen inside a quoted field: either the end of the field or the first half of `""`.
        var quotePending = false
        var line = 1
        var recordLine = 1
        var fieldStarted = false

        mutating func feed(_ bytes: Data.SubSequence, emit: (Record) throws -> Void) throws {
            for byte in bytes {
                if inQuotes {
                    if quotePending {
                        quotePending = false
                        if byte == UInt8(ascii: "\"") {
                            field.append(byte)
                            continue
                        }
                        inQuotes = false
                        // Fall through: the byte after a closing quote is handled as unquoted.
                    } else if byte == UInt8(ascii: "\"") {
                        quotePending = true
                        continue
                    } else {
                        if byte == UInt8(ascii: "\n") { line += 1 }
                        field.append(byte)
                        continue
                    }
                }
                switch byte {
                case UInt8(ascii: ","):
                    try endField()
                case UInt8(ascii: "\n"):
                    try endRecord(emit: emit)
                    line += 1
                    recordLine = line
                case UInt8(ascii: "\r"):
                    continue
                case UInt8(ascii: "\"") where field.isEmpty && !fieldStarted:
                    inQuotes = true
                    fieldStarted = true
                default:
                    fieldStarted = true
                    field.append(byte)
                }
            }
        }

        mutating func endField() throws {
            guard let text = String(validating: field, as: UTF8.self) else { throw Failure.invalidUTF8(line: line) }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }

        mutating func endRecord(emit: (Record) throws -> Void) throws {
            try endField()
            defer { fields.removeAll(keepingCapacity: true) }
            if fields.count == 1 && fields[0].isEmpty { return }
            try emit(Record(fields: fields, line: recordLine))
        }

        mutating func finish(emit: (Record) throws -> Void) throws {
            if inQuotes && !quotePending { throw Failure.unclosedQuote(line: recordLine) }
            inQuotes = false
            if !field.isEmpty || !fields.isEmpty || fieldStarted { try endRecord(emit: emit) }
        }
    }
}
