import Foundation
import RoundtableCore

/// The seating plan: a picture of the table with each person's place, the same as a
/// numbered list, and a form to move someone.
public struct SeatingPage: HTMLPage, Sendable, Equatable {
    /// One place at the table: a participant, or the interpreter beside one.
    public struct Seat: Sendable, Equatable {
        /// The participant's id, or the interpreter seat's (`SeatingPlan` keeps both in its order).
        public var id: UUID
        public var name: String
        /// Lowercased: "mother", "head of year"; for an interpreter, the language.
        public var role: String
        public var kind: ParticipantKind

        public init(id: UUID, name: String, role: String, kind: ParticipantKind) {
            self.id = id
            self.name = name
            self.role = role
            self.kind = kind
        }
    }

    public struct Room: Sendable, Equatable {
        public var name: String
        public var table: TableShape
        public var capacity: Int

        public init(name: String, table: TableShape, capacity: Int) {
            self.name = name
            self.table = table
            self.capacity = capacity
        }
    }

    public var meetingID: MeetingID
    public var studentNames: [String]
    /// Everyone's place, in order around the table.
    public var seats: [Seat]
    /// The order is the one `SeatingPlan` suggests.
    public var isSuggested: Bool
    public var room: Room?
    /// The viewer may move people.
    public var mayChange: Bool
    public var notice: SiteRoute.Notice?

    public init(
        meetingID: MeetingID, studentNames: [String], seats: [Seat], isSuggested: Bool, room: Room? = nil,
        mayChange: Bool, notice: SiteRoute.Notice? = nil
    ) {
        self.meetingID = meetingID
        self.studentNames = studentNames
        self.seats = seats
        self.isSuggested = isSuggested
        self.room = room
        self.mayChange = mayChange
        self.notice = notice
    }

    public var title: String { "Seating plan" }
    public var area: StaffArea? { .meetings }

    static let width = 640.0
    static let height = 440.0

    public func content() -> Component {
        let places = SeatingPlan.places(count: seats.count, width: Self.width, height: Self.height)
        return ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            El("p", .class("lead")) {
                T(
                    isSuggested
                        ? "Everyone has a place of their own. The student sits with their family either side, nobody is at a far end, and an interpreter sits next to the person they help."
                        : "You have changed the suggested seating. Check that nobody now sits apart, and that each interpreter is next to the person they help."
                )
            }
            if let room {
                El("p") { T("\(room.name): \(room.table.label.lowercased()), seats \(room.capacity).") }
            }
            El(
                "svg", .class("seating"), .attr("xmlns", "http://www.w3.org/2000/svg"),
                .attr("viewBox", "0 0 \(Int(Self.width)) \(Int(Self.height))"), .attr("role", "img"),
                .aria("labelledby", "seating-title")
            ) {
                El("title", .id("seating-title")) { T("Seating plan: the numbered list below says who sits where.") }
                table
                for (index, seat) in seats.enumerated() {
                    let place = places[index]
                    El("g", .class("seat seat--\(seat.kind.rawValue)")) {
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
                        ) { T(shortName(seat.name)) }
                    }
                }
            }
            El("ol", .class("list seating-list")) {
                for seat in seats { El("li") { T("\(seat.name), \(seat.role)") } }
            }
            if mayChange && seats.count > 1 {
                El("h2", .class("heading-m")) { T("Move someone") }
                PostForm(action: .meeting(meetingID, .seating)) {
                    SelectField(
                        name: "person", label: "Who", options: seats.map { ($0.id.uuidString, $0.name) },
                        selected: nil)
                    SelectField(
                        name: "place", label: "To place (whoever sits there takes their place)",
                        options: (1...seats.count).map { (String($0), "Place \($0)") }, selected: nil)
                    SecondaryButton(text: "Move")
                }
                if !isSuggested {
                    PostForm(action: .meeting(meetingID, .seating)) {
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
        switch room?.table ?? .round {
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
