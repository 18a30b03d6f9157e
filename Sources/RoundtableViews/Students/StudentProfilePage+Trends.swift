import Foundation
import RoundtableCore

extension StudentProfilePage {
    /// Drawn only when the viewer may read at least one meeting's answers; the page says
    /// nothing about answers to anyone else, not even that there are some.
    var trendSection: Component {
        TrendList(
            heading: "How meetings have felt",
            hint: "What \(name)'s family and \(name) said after each meeting whose answers you may read. "
                + "Only a meeting's lead and the school's leaders see them.",
            lines: trends)
    }
}
