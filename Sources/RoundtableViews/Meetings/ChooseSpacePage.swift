import Foundation
import RoundtableCore

/// Choosing a room for a meeting: every room with what the check says about it.
public struct ChooseSpacePage: HTMLPage, Sendable, Equatable {
    public struct Room: Sendable, Equatable {
        public var id: SpaceID
        public var name: String
        public var capacity: Int
        /// What `SpaceFit` says might not suit this meeting; empty when it suits.
        public var warnings: [String]
        /// Other meetings booked in this room at an overlapping time.
        public var bookedFor: [MeetingClash]

        public init(
            id: SpaceID, name: String, capacity: Int, warnings: [String] = [], bookedFor: [MeetingClash] = []
        ) {
            self.id = id
            self.name = name
            self.capacity = capacity
            self.warnings = warnings
            self.bookedFor = bookedFor
        }

        /// What the radio's hint says: a clash first, since it is the surprise.
        var hint: String {
            let booked = bookedFor.map { "Already booked for \($0.meetingText)." }
            let lines = booked + warnings
            return lines.isEmpty ? "Suits this meeting." : lines.joined(separator: " ")
        }
    }

    public var meetingID: MeetingID
    public var studentNames: [String]
    public var schoolID: SchoolID
    public var rooms: [Room]
    /// The room chosen so far.
    public var chosen: SpaceID?
    public var mayManageSpaces: Bool
    public var errors: FieldErrors

    public init(
        meetingID: MeetingID, studentNames: [String], schoolID: SchoolID, rooms: [Room], chosen: SpaceID? = nil,
        mayManageSpaces: Bool, errors: FieldErrors = FieldErrors()
    ) {
        self.meetingID = meetingID
        self.studentNames = studentNames
        self.schoolID = schoolID
        self.rooms = rooms
        self.chosen = chosen
        self.mayManageSpaces = mayManageSpaces
        self.errors = errors
    }

    public var title: String { "Choose a room" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            if rooms.isEmpty {
                El("p") { T("The school has not described any rooms yet.") }
            } else {
                PostForm(action: .meeting(meetingID, .space)) {
                    RadioGroup(
                        name: "space", legend: "Which room?",
                        hint:
                            "Rooms that suit this meeting say so; for the others, the reasons are listed. A room booked at the same time can still be chosen.",
                        options: rooms.map { room in
                            .init(
                                value: room.id.rawValue.uuidString, label: "\(room.name) (seats \(room.capacity))",
                                hint: room.hint)
                        }, selected: chosen?.rawValue.uuidString, error: errors["space"])
                    PrimaryButton(text: "Choose this room")
                }
            }
            if mayManageSpaces {
                El("p") { El("a", .href(.spaces(school: schoolID))) { T("Add or change rooms") } }
            }
        }
    }
}
