import Foundation
import Testing

@testable import RoundtableCore

@Suite("No figure for fewer than 5, and none that subtraction could reveal")
struct SuppressionTests {
    /// Counts in, and which groups come out hidden ("h") or shown ("s"), and whether the total shows.
    struct Row: Sendable, CustomTestStringConvertible {
        var why: String
        var counts: [Int]
        var expected: String
        var totalShown: Bool
        var testDescription: String { "\(why): \(counts) → \(expected)" }
    }

    static let rows: [Row] = [
        Row(why: "all large", counts: [5, 12, 40], expected: "sss", totalShown: true),
        Row(why: "5 is shown, 4 is not", counts: [4, 5, 40], expected: "hhs", totalShown: true),
        Row(why: "one hidden: the next smallest goes too", counts: [3, 20, 9, 40], expected: "hshs", totalShown: true),
        Row(why: "0 is hidden like any count under 5", counts: [0, 30, 50], expected: "hhs", totalShown: true),
        Row(
            why: "two hidden that together reach 5 need nothing more", counts: [2, 3, 30, 50], expected: "hhss",
            totalShown: true),
        Row(why: "two hidden under 5 together: one more", counts: [1, 2, 30, 50], expected: "hhhs", totalShown: true),
        Row(
            why: "two hidden of 0: the next smallest makes 5", counts: [0, 0, 6, 7, 50], expected: "hhhss",
            totalShown: true),
        Row(why: "all hidden", counts: [1, 2, 4], expected: "hhh", totalShown: true),
        Row(why: "all hidden and the total small", counts: [1, 2], expected: "hh", totalShown: false),
        Row(why: "a comparison of two: one small hides both", counts: [4, 200], expected: "hh", totalShown: true),
        Row(why: "one group alone, too small", counts: [3], expected: "h", totalShown: false),
        Row(why: "one group alone, large enough", counts: [5], expected: "s", totalShown: true),
        Row(
            why: "ties for next smallest: the first given goes", counts: [2, 8, 8, 30], expected: "hhss",
            totalShown: true),
        Row(why: "ties, other order", counts: [8, 2, 30, 8], expected: "hhss", totalShown: true),
        Row(why: "tie at 4 and 4: both small, both hidden", counts: [4, 4, 9], expected: "hhs", totalShown: true),
        Row(why: "exactly 5 everywhere", counts: [5, 5, 5], expected: "sss", totalShown: true),
        Row(why: "no groups", counts: [], expected: "", totalShown: false),
    ]

    @Test(arguments: rows)
    func table(row: Row) {
        let groups = row.counts.enumerated().map {
            Suppression.Group($0.offset, count: $0.element, value: Double($0.offset))
        }
        let total = row.counts.reduce(0, +)
        let result = Suppression.apply(groups, total: Suppression.Group(-1, count: total, value: 9.9))
        let drawn = String(result.groups.map { $0.cell.isHidden ? "h" : "s" })
        #expect(drawn == row.expected)
        #expect(result.total.isHidden == !row.totalShown)
        // Shown cells keep their own count and value.
        for (index, entry) in result.groups.enumerated() where !entry.cell.isHidden {
            #expect(entry.cell == .shown(count: row.counts[index], value: Double(index)))
        }
    }

    /// Whatever the counts, the total minus what is shown never leaves one group, or fewer than 5 people.
    @Test func subtractionNeverReveals() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let counts = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                Int.random(in: 0...12, using: &generator)
            }
            let result = Suppression.apply(counts.map { Suppression.Group($0, count: $0, value: 0) })
            let hidden = zip(counts, result.groups).filter { $0.1.cell.isHidden }.map(\.0)
            guard !hidden.isEmpty, hidden.count < counts.count else { continue }
            #expect(hidden.count >= 2, "\(counts)")
            #expect(hidden.reduce(0, +) >= Suppression.minimum, "\(counts)")
        }
    }

    @Test("A hidden group tells nothing: no count, no value")
    func hiddenCarriesNothing() {
        let result = Suppression.apply([
            Suppression.Group("interpreter", count: 3, value: 6.4), Suppression.Group("others", count: 80, value: 8.5),
        ])
        #expect(result.cell("interpreter") == .hidden)
        #expect(result.cell("interpreter")?.value == nil)
        #expect(result.cell("interpreter")?.count == nil)
        #expect(result.cell("others") == .hidden)
        #expect(Suppression.hiddenText == "fewer than 5")
    }
}
