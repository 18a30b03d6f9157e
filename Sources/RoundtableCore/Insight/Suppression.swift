import Foundation

/// Which figures of a comparison between groups may be shown. No figure is shown for a group
/// of fewer than 5 distinct students or families; and because the school's own figure for the
/// same period is shown elsewhere (the whole-school chart), the rule assumes the total is
/// always known: whatever is hidden must stay hidden after subtracting the shown groups from
/// it. So once anything is hidden, the next smallest groups are hidden too, until at least two
/// are hidden and together they count at least 5. See docs/DECISIONS.md.
public enum Suppression {
    /// The smallest group whose figure may be shown.
    public static let minimum = 5

    /// One group of a comparison: how many distinct students or families it counts, and its
    /// figure (a mean, a share, a number of meetings).
    public struct Group<Key: Hashable & Sendable, Value: Sendable & Equatable>: Sendable, Equatable {
        public var key: Key
        public var count: Int
        public var value: Value

        public init(_ key: Key, count: Int, value: Value) {
            self.key = key
            self.count = count
            self.value = value
        }
    }

    /// What a table or chart may draw for one group or the total.
    public enum Cell<Value: Sendable & Equatable>: Sendable, Equatable {
        case shown(count: Int, value: Value)
        /// Drawn as "fewer than 5", whatever the real reason (small, or hidden to protect
        /// another group), so the reader cannot tell which.
        case hidden

        public var isHidden: Bool { self == .hidden }
        public var value: Value? {
            if case .shown(_, let value) = self { return value }
            return nil
        }
        public var count: Int? {
            if case .shown(let count, _) = self { return count }
            return nil
        }
    }

    public struct Result<Key: Hashable & Sendable, Value: Sendable & Equatable>: Sendable, Equatable {
        /// In the order the groups were given.
        public var groups: [(key: Key, cell: Cell<Value>)]
        public var total: Cell<Value>

        public func cell(_ key: Key) -> Cell<Value>? { groups.first { $0.key == key }?.cell }

        public static func == (lhs: Self, rhs: Self) -> Bool {
            lhs.total == rhs.total && lhs.groups.map(\.key) == rhs.groups.map(\.key)
                && lhs.groups.map(\.cell) == rhs.groups.map(\.cell)
        }
    }

    /// The groups must share the total out between them (every student or family in one
    /// group; "not recorded" is a group of its own), or subtraction could reveal more than
    /// this rule guards against. Ties for the next smallest are broken by the order given, so
    /// the same figures always hide the same groups.
    public static func apply<Key, Value>(
        _ groups: [Group<Key, Value>], total: Group<Key, Value>? = nil
    ) -> Result<Key, Value> {
        var hidden = Set(groups.indices.filter { groups[$0].count < minimum })
        func hiddenCount() -> Int { hidden.reduce(0) { $0 + groups[$1].count } }
        // Complementary suppression: one hidden group, or hidden groups that together are
        // still fewer than 5, could be worked out from the total.
        while !hidden.isEmpty, hidden.count < 2 || hiddenCount() < minimum {
            let candidates = groups.indices.filter { !hidden.contains($0) }
            guard let next = candidates.min(by: { groups[$0].count < groups[$1].count }) else { break }
            hidden.insert(next)
        }
        let cells = groups.indices.map { index in
            (
                key: groups[index].key,
                cell: hidden.contains(index)
                    ? Cell<Value>.hidden : .shown(count: groups[index].count, value: groups[index].value)
            )
        }
        let totalCell: Cell<Value> =
            if let total, total.count >= minimum { .shown(count: total.count, value: total.value) } else { .hidden }
        return Result(groups: cells, total: totalCell)
    }

    /// The words drawn in place of a hidden figure.
    public static let hiddenText = "fewer than 5"
}

// Stored reports (`InsightReport`) are kept as JSON: a cell as it is, a result's groups as
// a list of key and cell, in their order.
extension Suppression.Cell: Codable where Value: Codable {}

extension Suppression.Result: Codable where Key: Codable, Value: Codable {
    private struct Entry: Codable {
        var key: Key
        var cell: Suppression.Cell<Value>
    }

    private enum CodingKeys: String, CodingKey { case groups, total }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        groups = try container.decode([Entry].self, forKey: .groups).map { ($0.key, $0.cell) }
        total = try container.decode(Suppression.Cell<Value>.self, forKey: .total)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(groups.map { Entry(key: $0.key, cell: $0.cell) }, forKey: .groups)
        try container.encode(total, forKey: .total)
    }
}
