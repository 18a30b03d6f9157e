import Foundation
import RoundtableCore

extension InsightPage {
    /// A GET form, so a narrowed page can be bookmarked and its tables downloaded as shown.
    /// The period and place stay as they are.
    var narrowing: Component {
        ComponentGroup {
            if !choices.isEmpty || only != nil {
                El("form", .class("insight__narrow"), .attr("method", "get"), .action(.insight())) {
                    for (name, value) in query(day: day).items where name != "only" {
                        if let value { Leaf("input", attributes: [.type("hidden"), .name(name), .value(value)]) }
                    }
                    SelectField(
                        name: "only", label: "Show figures for",
                        hint:
                            "One year group or one type of meeting shows every measure for it, but nothing smaller inside it.",
                        options: [(value: "", label: "All meetings")]
                            + offered.map { (value: $0.parameter, label: $0.label) },
                        selected: only?.parameter ?? "")
                    El("button", .type("submit"), .class("button button--secondary")) { T("Show") }
                }
            }
            if let only {
                El("h2", .class("heading-l"), .id("narrowed")) { T(only.label) }
                El("p") {
                    T("Only \(Self.meetings(only)). ")
                    El("a", .href(.insight(InsightQuery(school: place.id?.rawValue, period: kind, day: day)))) {
                        T("Show all meetings")
                    }
                }
            }
        }
    }

    /// The choices, with the one shown even when this period had nobody in it.
    private var offered: [InsightFilter] {
        guard let only, !choices.contains(only) else { return choices }
        return choices + [only]
    }

    /// "meetings about students in Year 9", "meetings of the type “Progress review”".
    static func meetings(_ filter: InsightFilter) -> String {
        switch filter {
        case .yearGroup(let year): "meetings about students in Year \(year)"
        case .type(let type): "meetings of the type “\(type.label)”"
        }
    }
}
