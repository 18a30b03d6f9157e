import Foundation

/// Problems with what someone typed, in the order the fields appear on the page, each
/// written as an instruction ("Enter your email address").
public struct FieldErrors: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var field: String
        public var message: String
    }

    public private(set) var items: [Item] = []

    public init() {}

    public var isEmpty: Bool { items.isEmpty }

    public mutating func add(_ field: String, _ message: String) {
        guard self[field] == nil else { return }
        items.append(Item(field: field, message: message))
    }

    public subscript(field: String) -> String? {
        items.first { $0.field == field }?.message
    }
}
