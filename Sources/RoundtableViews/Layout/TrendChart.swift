import Foundation
import RoundtableCore

/// One person's answers across meetings as a small line chart drawn on the server: the
/// average (circles, solid line) and the lowest answer (squares, dashed line), so the two
/// differ by shape as well as colour. The picture is one image to a screen reader, named and
/// described in words; the numbers follow as a table, each question meeting by meeting.
/// A `viewBox` and no fixed size, so it shrinks to a 360 px phone; no script, nothing fetched.
public struct TrendChart: Component {
    public var line: FeedbackTrend.Line
    /// Unique on the page: the chart's title, description and table hang off it.
    public var id: String

    public init(line: FeedbackTrend.Line, id: String) {
        self.line = line
        self.id = id
    }

    static let width = 320.0
    static let top = 26.0
    static let bottom = 146.0
    static let left = 28.0
    static let right = 300.0

    var scale: FeedbackScale { line.scale }

    public var body: Component {
        El("figure", .class("trend"), .aria("labelledby", "\(id)-heading")) {
            El("h3", .class("heading-s"), .id("\(id)-heading")) {
                El("span", .attr("dir", "auto")) { T(line.name) }
                T(", \(line.role)")
            }
            chart
            El("p", .class("trend__key"), .aria("hidden", "true")) {
                El("span", .class("trend__key-item")) {
                    El("svg", .attr("viewBox", "0 0 16 16"), .attr("width", "16"), .attr("height", "16")) {
                        Leaf(
                            "circle", .class("trend__average-mark"), .attr("cx", "8"), .attr("cy", "8"), .attr("r", "5")
                        )
                    }
                    T(" Average")
                }
                El("span", .class("trend__key-item")) {
                    El("svg", .attr("viewBox", "0 0 16 16"), .attr("width", "16"), .attr("height", "16")) {
                        Leaf(
                            "rect", .class("trend__lowest-mark"), .attr("x", "3"), .attr("y", "3"),
                            .attr("width", "10"), .attr("height", "10"))
                    }
                    T(" Lowest answer")
                }
            }
            numbers
        }
    }

    // MARK: The picture

    private var chart: Component {
        let points = line.points
        return El(
            "svg", .class("trend__chart"), .attr("viewBox", "0 0 \(Int(Self.width)) 190"), .attr("role", "img"),
            .aria("labelledby", "\(id)-title \(id)-desc"), .attr("focusable", "false")
        ) {
            El("title", .id("\(id)-title")) { T("How meetings have felt for \(line.name)") }
            El("desc", .id("\(id)-desc")) { T(summary) }
            for value in [
                scale.range.lowerBound, (scale.range.lowerBound + scale.range.upperBound) / 2, scale.range.upperBound,
            ] {
                Leaf(
                    "line", .class("trend__grid"), .attr("x1", "0"), .attr("x2", Self.number(Self.width)),
                    .attr("y1", Self.number(y(Double(value)))), .attr("y2", Self.number(y(Double(value)))))
            }
            axisLabel(scale.range.upperBound, y: Self.top - 8)
            axisLabel(scale.range.lowerBound, y: Self.bottom + 16)
            if points.count > 1 {
                Leaf("polyline", .class("trend__average"), .attr("points", path(points.map(\.average))))
                Leaf("polyline", .class("trend__lowest"), .attr("points", path(points.map { Double($0.lowest) })))
            }
            for (index, point) in points.enumerated() {
                Leaf(
                    "rect", .class("trend__lowest-mark"), .attr("x", Self.number(x(index) - 4.5)),
                    .attr("y", Self.number(y(Double(point.lowest)) - 4.5)), .attr("width", "9"), .attr("height", "9"))
                Leaf(
                    "circle", .class("trend__average-mark"), .attr("cx", Self.number(x(index))),
                    .attr("cy", Self.number(y(point.average))), .attr("r", "5"))
            }
            if let first = points.first {
                El("text", .class("trend__date"), .attr("x", "0"), .attr("y", "186")) { T(DateText.short(first.date)) }
            }
            if points.count > 1, let last = points.last {
                El(
                    "text", .class("trend__date"), .attr("x", Self.number(Self.width)), .attr("y", "186"),
                    .attr("text-anchor", "end")
                ) { T(DateText.short(last.date)) }
            }
        }
    }

    /// The words at each end of the scale: the number and its word, and for a child the face
    /// they chose from.
    private func axisLabel(_ value: Int, y: Double) -> Component {
        let word = Localizer("en")(FeedbackScale.facePhrases[value == scale.range.upperBound ? 4 : 0])
        return ComponentGroup {
            switch scale {
            case .faces:
                El("g", .attr("transform", "translate(0 \(Self.number(y - 12))) scale(0.4)")) {
                    Leaf("circle", .class("face__head"), .attr("cx", "20"), .attr("cy", "20"), .attr("r", "18"))
                    Leaf("circle", .class("face__eye"), .attr("cx", "14"), .attr("cy", "16"), .attr("r", "2"))
                    Leaf("circle", .class("face__eye"), .attr("cx", "26"), .attr("cy", "16"), .attr("r", "2"))
                    Leaf("path", .class("face__mouth"), .attr("d", FaceChoice.mouths[value - 1]))
                }
                El("text", .class("trend__axis"), .attr("x", "20"), .attr("y", Self.number(y))) {
                    T(value == 1 ? "Saddest face: \(word)" : "Happiest face: \(word)")
                }
            case .zeroToTen:
                El("text", .class("trend__axis"), .attr("x", "0"), .attr("y", Self.number(y))) {
                    T("\(value): \(word)")
                }
            }
        }
    }

    private func x(_ index: Int) -> Double {
        guard line.points.count > 1 else { return (Self.left + Self.right) / 2 }
        return Self.left + (Self.right - Self.left) * Double(index) / Double(line.points.count - 1)
    }

    private func y(_ value: Double) -> Double {
        let low = Double(scale.range.lowerBound)
        let high = Double(scale.range.upperBound)
        return Self.bottom - (value - low) / (high - low) * (Self.bottom - Self.top)
    }

    private func path(_ values: [Double]) -> String {
        values.enumerated().map { "\(Self.number(x($0.offset))),\(Self.number(y($0.element)))" }.joined(separator: " ")
    }

    /// One decimal at most, and never a locale's comma: SVG coordinates and the words alike.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func score(_ value: Double) -> String { String(format: "%.1f", (value * 10).rounded() / 10) }

    /// The trend in one sentence: where the average started and ended, and the lowest answer.
    var summary: String {
        let points = line.points
        guard let first = points.first, let last = points.last else { return "" }
        let of = " out of \(scale.range.upperBound)"
        let subject = scale == .faces ? "\(line.name)'s average face" : "\(line.name)'s average"
        let ends = scale == .faces ? " (1 is the saddest face, 5 the happiest)." : "."
        guard points.count > 1 else {
            return "\(subject) was \(Self.score(first.average))\(of) at 1 meeting; "
                + "their lowest answer was \(first.lowest)\(ends)"
        }
        let change =
            Self.score(first.average) == Self.score(last.average)
            ? "stayed at \(Self.score(last.average))"
            : "went from \(Self.score(first.average)) to \(Self.score(last.average))"
        let lowest =
            first.lowest == last.lowest
            ? "their lowest answer stayed at \(last.lowest)"
            : "their lowest answer went from \(first.lowest) to \(last.lowest)"
        return "\(subject) \(change)\(of) over \(points.count) meetings; \(lowest)\(ends)"
    }

    // MARK: The numbers

    private var numbers: Component {
        let english = Localizer("en")
        let asked = scale.questions.filter { question in line.points.contains { $0.scores[question] != nil } }
        return El("details", .class("details trend__numbers")) {
            El("summary") {
                T("The numbers, meeting by meeting")
                El("span", .class("visually-hidden")) { T(" for \(line.name)") }
            }
            El(
                "div", .class("trend__scroll"), .attr("role", "region"), .attr("tabindex", "0"),
                .aria("labelledby", "\(id)-caption")
            ) {
                El("table", .class("trend__table")) {
                    El("caption", .id("\(id)-caption")) {
                        T("\(line.name)'s answers, ")
                        T(
                            scale == .faces
                                ? "faces from 1 (saddest) to 5 (happiest)" : "from 0 (not at all) to 10 (yes, a lot)")
                    }
                    El("thead") {
                        El("tr") {
                            El("th", .attr("scope", "col")) { T("Question") }
                            for point in line.points {
                                El("th", .attr("scope", "col"), .class("nowrap")) { T(DateText.short(point.date)) }
                            }
                        }
                    }
                    El("tbody") {
                        for question in asked {
                            El("tr") {
                                El("th", .attr("scope", "row")) {
                                    T(english(question.phrase(on: scale)))
                                }
                                for point in line.points {
                                    El("td") { T(point.scores[question].map { String($0) } ?? "Not answered") }
                                }
                            }
                        }
                        El("tr", .class("trend__total")) {
                            El("th", .attr("scope", "row")) { T("Average") }
                            for point in line.points { El("td") { T(Self.score(point.average)) } }
                        }
                        El("tr", .class("trend__total")) {
                            El("th", .attr("scope", "row")) { T("Lowest answer") }
                            for point in line.points { El("td") { T(String(point.lowest)) } }
                        }
                    }
                }
            }
        }
    }
}

/// The charts of several people under one heading, as the student's page and a meeting's
/// record show them.
struct TrendList: Component {
    var heading: String
    var hint: String
    var lines: [FeedbackTrend.Line]
    var id: String? = nil

    var body: Component {
        El(
            "section",
            attributes: [.class("trends")] + (id.map { [.id($0)] } ?? []) + [.aria("labelledby", "trends-heading")]
        ) {
            El("h2", .class("heading-m"), .id("trends-heading")) { T(heading) }
            El("p", .class("hint")) { T(hint) }
            El("div", .class("trend-list")) {
                for (index, line) in lines.enumerated() {
                    TrendChart(line: line, id: "trend-\(index + 1)")
                }
            }
        }
    }
}
