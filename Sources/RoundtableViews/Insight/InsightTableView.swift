import Foundation
import RoundtableCore

/// One insight table: its heading, any differences in words, the bars, the numbers as a real
/// table and a link to download it. The bars are a picture of the table beside them, so they
/// are hidden from screen readers, which read the table. Each bar is its own small SVG inside
/// an HTML row, so the words stay text at any width (360 px phones, A4 paper).
struct InsightTableView: Component {
    var table: InsightTable
    var query: InsightQuery
    var period: String
    var level = "h2"
    var sentences: [String] = []

    var body: Component {
        El("section", .class("insight"), .aria("labelledby", table.id)) {
            El(level, .class(level == "h2" ? "heading-m" : "heading-s"), .id(table.id)) { T(table.heading) }
            if let hint = table.hint { El("p", .class("hint")) { T(hint) } }
            if !sentences.isEmpty {
                El("ul", .class("insight__differences")) {
                    for sentence in sentences { El("li") { T(sentence) } }
                }
            }
            if let chart = table.chart { bars(chart) }
            if let lines = table.lines { smallMultiples(lines) }
            El("table", .class("table insight__table")) {
                El("caption", .class("visually-hidden")) { T("\(table.heading), \(period)") }
                El("thead") {
                    El("tr") {
                        for column in table.columns { El("th", .attr("scope", "col")) { T(column) } }
                    }
                }
                El("tbody") {
                    for row in table.rows {
                        El("tr") {
                            El("th", .attr("scope", "row")) { T(row.label) }
                            for (index, cell) in row.cells.enumerated() {
                                El("td", .class("numeric"), .attr("data-label", table.columns[index + 1])) {
                                    T(cell)
                                }
                            }
                        }
                    }
                }
            }
            El("p", .class("insight__download")) {
                El("a", .href(.insightExport(table: table.id, query))) {
                    T("Download “\(table.heading)” as CSV")
                }
            }
        }
    }

    private func bars(_ chart: InsightTable.Chart) -> Component {
        El("div", .class("bars"), .aria("hidden", "true")) {
            for row in table.rows {
                El("div", .class("bars__row")) {
                    El("span", .class("bars__label")) { T(row.label) }
                    El(
                        "svg", .class("bars__bar"), .attr("viewBox", "0 0 100 10"),
                        .attr("preserveAspectRatio", "none"), .attr("focusable", "false")
                    ) {
                        Leaf("rect", .class("bars__track"), .attr("width", "100"), .attr("height", "10"))
                        if let value = row.bar, chart.maximum > 0 {
                            Leaf(
                                "rect", .class("bars__fill"),
                                .attr("width", String(format: "%.1f", min(100, value / chart.maximum * 100))),
                                .attr("height", "10"))
                        }
                    }
                    El("span", .class("bars__value")) { T(row.cells[chart.column]) }
                }
            }
        }
    }
}
