import Foundation
import RoundtableCore

/// One table of the insight page, already in words: the same rows are drawn as bars, shown as a
/// table and downloaded as CSV, so the three cannot disagree. A hidden group's row says
/// "fewer than 5" in every figure.
public struct InsightTable: Sendable, Equatable {
    /// Unique on the page, and the CSV's name ("by-type").
    public var id: String
    public var heading: String
    public var hint: String?
    /// The first names the rows ("Type of meeting"); the rest name the figures.
    public var columns: [String]
    public var rows: [Row]
    /// Which figure the bars draw (an index into a row's `cells`), and the value of a full bar.
    public var chart: Chart?
    /// Small multiples instead of bars: one little line a figure (column), across the rows.
    public var lines: Lines?

    public struct Row: Sendable, Equatable {
        public var label: String
        public var cells: [String]
        /// The charted figure as a number; nil when hidden or there was nothing to count.
        public var bar: Double?
        /// Each cell as a number for `lines`, in the cells' order; nil where a line has a gap.
        public var points: [Double?]

        public init(label: String, cells: [String], bar: Double? = nil, points: [Double?] = []) {
            self.label = label
            self.cells = cells
            self.bar = bar
            self.points = points
        }
    }

    public struct Chart: Sendable, Equatable {
        public var column: Int
        public var maximum: Double
        /// How a bar's value reads beside it ("12", "7.4 of 10", "82%").
        public var unit: Unit

        public enum Unit: Sendable, Equatable {
            case count, outOfTen, share
        }

        public init(column: Int, maximum: Double, unit: Unit) {
            self.column = column
            self.maximum = maximum
            self.unit = unit
        }
    }

    /// The rows run left to right along every line, from 0 to `maximum`.
    public struct Lines: Sendable, Equatable {
        public var maximum: Double

        public init(maximum: Double) { self.maximum = maximum }
    }

    public init(
        id: String, heading: String, hint: String? = nil, columns: [String], rows: [Row], chart: Chart? = nil,
        lines: Lines? = nil
    ) {
        self.lines = lines
        self.id = id
        self.heading = heading
        self.hint = hint
        self.columns = columns
        self.rows = rows
        self.chart = chart
    }

    /// The table as CSV, every cell made safe for a spreadsheet (`CSVCell`), starting with a
    /// byte-order mark so spreadsheets read it as UTF-8.
    public var csv: String {
        let lines = [columns] + rows.map { [$0.label] + $0.cells }
        return "\u{FEFF}" + lines.map(CSVCell.line).joined()
    }
}

/// How figures read in insight tables.
enum InsightText {
    static func count(_ value: Int) -> String { String(value) }

    static func share(_ value: Double?) -> String {
        value.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"
    }

    static func average(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "—"
    }

    static func days(_ value: Double?) -> String {
        guard let value else { return "—" }
        let days = Int(value.rounded())
        return days == 1 ? "1 day" : "\(days) days"
    }
}
