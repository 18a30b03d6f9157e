import Foundation
import RoundtableCore
import RoundtableViews

/// The seating plan: a picture of the table with each person's place, the same as a
/// numbered list, and a form to move someone.
struct SeatingPage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    var order: [UUID]
    var notice: SiteRoute.Notice?

    var title: String { "Seating plan" }
    var area: StaffArea? { .meetings }

    static let width = 640.0
    static let height = 440.0

    func content() -> Component {
        let labels = Meetings.seatLabels(details)
        let places = SeatingPlan.places(count: order.count, width: Self.width, height: Self.height)
        return ComponentGroup {
            BackLink(route: .meeting(context.meeting.id!), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: context.students.map(\.displayName).joined(separator: ", "))
            let suggested = SeatingPlan.arrange(Meetings.seatingPeople(details))
            El("p", .class("lead")) {
                T(
                    order == suggested
                        ? "Everyone has a place of their own. The student sits with their family either side, nobody is at a far end, and an interpreter sits next to the person they help."
                        : "You have changed the suggested seating. Check that nobody now sits apart, and that each interpreter is next to the person they help."
                )
            }
            if let space = details.space {
                El("p") { T("\(space.name): \(space.table.label.lowercased()), seats \(space.capacity).") }
            }
            El(
                "svg", .class("seating"), .attr("xmlns", "http://www.w3.org/2000/svg"),
                .attr("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"), .attr("role", "img"),
                .aria("labelledby", "seating-title")
            ) {
                El("title", .id("seating-title")) { T("Seating plan: the numbered list below says who sits where.") }
                table
                for (index, id) in order.enumerated() {
                    let place = places[index]
                    let label = labels[id]
                    El("g", .class("seat seat--\(label?.kind.rawValue ?? "staff")")) {
                        Leaf(
                            "circle", .attr("cx", format(place.x)), .attr("cy", format(place.y)), .attr("r", "24"))
                        El(
                            "text", .class("seat__number"), .attr("x", format(place.x)),
                            .attr("y", format(place.y + 6)),
                            .attr("text-anchor", "middle")
                        ) { T(String(index + 1)) }
                        El(
                            "text", .class("seat__name"), .attr("x", format(place.x)),
                            .attr("y", format(place.y + (place.y > Self.height / 2 ? 44 : -32))),
                            .attr("text-anchor", "middle")
                        ) { T(shortName(label?.name ?? "")) }
                    }
                }
            }
            El("ol", .class("list seating-list")) {
                for id in order {
                    if let label = labels[id] { El("li") { T("\(label.name), \(label.role)") } }
                }
            }
            if context.mayChange && order.count > 1 {
                El("h2", .class("heading-m")) { T("Move someone") }
                PostForm(action: .meetingSeating(context.meeting.id!)) {
                    SelectField(
                        name: "person", label: "Who",
                        options: order.compactMap { id in labels[id].map { (id.uuidString, $0.name) } },
                        selected: nil)
                    SelectField(
                        name: "place", label: "To place (whoever sits there takes their place)",
                        options: (1...order.count).map { (String($0), "Place \($0)") }, selected: nil)
                    SecondaryButton(text: "Move")
                }
                if order != suggested {
                    PostForm(action: .meetingSeating(context.meeting.id!)) {
                        Leaf("input", .type("hidden"), .name("reset"), .value("default"))
                        El("button", .type("submit"), .class("button--link")) { T("Go back to the suggested seating") }
                    }
                }
            }
            El("p", .class("hint")) { T("To print the plan, use your browser's Print command.") }
        }
    }

    private var table: Component {
        let cx = Self.width / 2
        let cy = Self.height / 2
        switch details.space?.table ?? .round {
        case .round:
            return Leaf(
                "ellipse", .class("seating__table"), .attr("cx", format(cx)), .attr("cy", format(cy)),
                .attr("rx", "190"), .attr("ry", "120"))
        case .rectangular:
            return Leaf(
                "rect", .class("seating__table"), .attr("x", format(cx - 190)), .attr("y", format(cy - 110)),
                .attr("width", "380"), .attr("height", "220"), .attr("rx", "8"))
        case .longNarrow:
            return Leaf(
                "rect", .class("seating__table"), .attr("x", format(cx - 220)), .attr("y", format(cy - 45)),
                .attr("width", "440"), .attr("height", "90"), .attr("rx", "6"))
        case .none:
            return Leaf(
                "ellipse", .class("seating__table seating__table--none"), .attr("cx", format(cx)),
                .attr("cy", format(cy)), .attr("rx", "190"), .attr("ry", "120"))
        }
    }

    private func format(_ value: Double) -> String { String(Int(value.rounded())) }

    /// First names only in the picture; the full names are in the list.
    private func shortName(_ name: String) -> String {
        String(name.split(separator: " ").first ?? "").prefix(14).description
    }
}
