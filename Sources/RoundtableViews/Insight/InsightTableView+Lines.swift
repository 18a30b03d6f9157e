import Foundation
import RoundtableCore

extension InsightTableView {
    static let lineWidth = 160.0
    static let lineLeft = 20.0
    static let lineTop = 6.0
    static let lineBottom = 58.0

    /// One small line a figure, side by side, all on the same scale so they compare at a
    /// glance. Like the bars, a picture of the table beside it, hidden from screen readers.
    func smallMultiples(_ lines: InsightTable.Lines) -> Component {
        El("div", .class("multiples"), .aria("hidden", "true")) {
            for (index, name) in table.columns.dropFirst().enumerated() {
                let values = table.rows.map { $0.points.indices.contains(index) ? $0.points[index] : nil }
                // A figure nobody gave in the period has no line; the table says "—" for it.
                if values.contains(where: { $0 != nil }) {
                    El("figure", .class("multiples__item")) {
                        El("figcaption", .class("multiples__name")) { T(name) }
                        line(values, lines)
                    }
                }
            }
        }
    }

    private func line(_ values: [Double?], _ lines: InsightTable.Lines) -> Component {
        func x(_ index: Int) -> Double {
            let left = Self.lineLeft + 4
            let width = Self.lineWidth - left - 4
            return values.count > 1 ? left + width * Double(index) / Double(values.count - 1) : left + width / 2
        }
        func y(_ value: Double) -> Double {
            Self.lineBottom - min(max(value / lines.maximum, 0), 1) * (Self.lineBottom - Self.lineTop)
        }
        // A line is broken where a month has no figure, rather than drawn across it.
        var segments: [[Int]] = []
        for (index, value) in values.enumerated() where value != nil {
            if let last = segments.last?.last, last == index - 1 {
                segments[segments.count - 1].append(index)
            } else {
                segments.append([index])
            }
        }
        return El(
            "svg", .class("multiples__chart"), .attr("viewBox", "0 0 \(Int(Self.lineWidth)) 64"),
            .attr("focusable", "false")
        ) {
            for value in [0, lines.maximum / 2, lines.maximum] {
                Leaf(
                    "line", .class("trend__grid"), .attr("x1", TrendChart.number(Self.lineLeft)),
                    .attr("x2", TrendChart.number(Self.lineWidth)), .attr("y1", TrendChart.number(y(value))),
                    .attr("y2", TrendChart.number(y(value))))
            }
            for value in [0, lines.maximum] {
                El(
                    "text", .class("trend__axis"), .attr("x", "0"), .attr("y", TrendChart.number(y(value) + 4))
                ) { T(TrendChart.number(value)) }
            }
            for segment in segments where segment.count > 1 {
                Leaf(
                    "polyline", .class("trend__average"),
                    .attr(
                        "points",
                        segment.map { "\(TrendChart.number(x($0))),\(TrendChart.number(y(values[$0] ?? 0)))" }
                            .joined(separator: " ")))
            }
            for (index, value) in values.enumerated() {
                if let value {
                    Leaf(
                        "circle", .class("trend__average-mark"), .attr("cx", TrendChart.number(x(index))),
                        .attr("cy", TrendChart.number(y(value))), .attr("r", "3"))
                }
            }
        }
    }
}
