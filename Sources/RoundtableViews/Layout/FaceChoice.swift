import Foundation
import RoundtableCore

/// One of the five faces a child chooses from (their voice before the meeting, how it felt
/// after): a radio button whose label is a drawn face and a word, from a deep frown (1) to a
/// wide smile (5).
struct FaceChoice: Component {
    static let mouths = [
        "M14 30 Q20 22 26 30", "M14 29 Q20 25 26 29", "M14 27 L26 27", "M14 25 Q20 30 26 25", "M13 24 Q20 33 27 24",
    ]

    var name: String
    var id: String
    /// 1 to 5.
    var value: Int
    var checked: Bool
    var label: String

    var body: Component {
        El("div", .class("face")) {
            Leaf(
                "input",
                attributes: [
                    .class("face__input"), .id(id), .name(name), .type("radio"), .value(String(value)),
                ] + (checked ? [.flag("checked")] : []))
            El("label", .class("face__label"), .for(id)) {
                El(
                    "svg", .attr("viewBox", "0 0 40 40"), .attr("width", "48"), .attr("height", "48"),
                    .aria("hidden", "true"), .attr("focusable", "false")
                ) {
                    Leaf("circle", .class("face__head"), .attr("cx", "20"), .attr("cy", "20"), .attr("r", "18"))
                    Leaf("circle", .class("face__eye"), .attr("cx", "14"), .attr("cy", "16"), .attr("r", "2"))
                    Leaf("circle", .class("face__eye"), .attr("cx", "26"), .attr("cy", "16"), .attr("r", "2"))
                    Leaf("path", .class("face__mouth"), .attr("d", Self.mouths[value - 1]))
                }
                El("span") { T(label) }
            }
        }
    }
}
