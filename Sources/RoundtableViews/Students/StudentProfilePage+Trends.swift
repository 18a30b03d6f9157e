import Foundation
import RoundtableCore

extension StudentProfilePage {
    /// Drawn only when the viewer may read at least one meeting's answers; the page says
    /// nothing about answers to anyone else, not even that there are some.
    var trendSection: Component {
        El("section", .class("trends"), .aria("labelledby", "trends-heading")) {
            El("h2", .class("heading-m"), .id("trends-heading")) { T("How meetings have felt") }
            El("p", .class("hint")) {
                T(
                    "What \(name)'s family and \(name) said after each meeting whose answers you may read. "
                        + "Only a meeting's lead and the school's leaders see them."
                )
            }
            El("div", .class("trend-list")) {
                for (index, line) in trends.enumerated() {
                    TrendChart(line: line, id: "trend-\(index + 1)")
                }
            }
        }
    }
}
