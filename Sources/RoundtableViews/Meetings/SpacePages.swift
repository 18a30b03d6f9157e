import Foundation
import RoundtableCore

/// The school's rooms and places.
public struct SpacesPage: HTMLPage, Sendable, Equatable {
    public struct Room: Sendable, Equatable {
        public var id: SpaceID
        public var name: String
        public var capacity: Int
        public var table: TableShape
        public var offSite: Bool

        public init(id: SpaceID, name: String, capacity: Int, table: TableShape, offSite: Bool = false) {
            self.id = id
            self.name = name
            self.capacity = capacity
            self.table = table
            self.offSite = offSite
        }
    }

    public var schoolID: SchoolID
    public var schoolName: String
    public var rooms: [Room]
    public var notice: SiteRoute.Notice?

    public init(schoolID: SchoolID, schoolName: String, rooms: [Room], notice: SiteRoute.Notice? = nil) {
        self.schoolID = schoolID
        self.schoolName = schoolName
        self.rooms = rooms
        self.notice = notice
    }

    public var title: String { "Rooms for meetings" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: schoolName)
            El("p", .class("lead")) {
                T(
                    "Describe the rooms you meet families in. When someone plans a meeting, Roundtable checks the room against who is coming and says what might not suit them."
                )
            }
            if rooms.isEmpty {
                El("p") { T("No rooms yet.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for room in rooms {
                        El("li") {
                            El("a", .href(.space(room.id))) { T(room.name) }
                            T(", seats \(room.capacity), \(room.table.label.lowercased())")
                            if room.offSite { T(", away from school") }
                        }
                    }
                }
            }
            El("p") {
                El("a", .class("button button--secondary"), .href(.newSpace(school: schoolID))) { T("Add a room") }
            }
        }
    }
}

/// Adding a room, or changing one.
public struct SpaceFormPage: HTMLPage, Sendable, Equatable {
    /// The room being changed, as saved.
    public struct Saved: Sendable, Equatable {
        public var id: SpaceID
        public var name: String

        public init(id: SpaceID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var schoolID: SchoolID
    public var schoolName: String
    /// `nil` for a new room.
    public var space: Saved?
    public var form: SpaceForm
    public var errors: FieldErrors

    public init(
        schoolID: SchoolID, schoolName: String, space: Saved? = nil, form: SpaceForm,
        errors: FieldErrors = FieldErrors()
    ) {
        self.schoolID = schoolID
        self.schoolName = schoolName
        self.space = space
        self.form = form
        self.errors = errors
    }

    public var title: String { space.map { "Change \($0.name)" } ?? "Add a room" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    private func yesNo(_ name: String, _ legend: String, _ value: String, hint: String? = nil) -> Component {
        RadioGroup(
            name: name, legend: legend, hint: hint,
            options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")], selected: value,
            error: errors[name])
    }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .spaces(school: schoolID), text: "Back to rooms")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: schoolName)
            PostForm(action: space.map { .space($0.id) } ?? .newSpace(school: schoolID)) {
                TextField(name: "name", label: "Name", value: form.name, error: errors["name"], autocomplete: "off")
                TextField(
                    name: "capacity", label: "How many people can sit comfortably", value: form.capacity,
                    error: errors["capacity"], autocomplete: "off", width: "short")
                RadioGroup(
                    name: "table", legend: "Table",
                    options: TableShape.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.table, error: errors["table"])
                yesNo("movable_seats", "Can the seats be moved?", form.movableSeats)
                yesNo("natural_light", "Does it have daylight?", form.naturalLight)
                RadioGroup(
                    name: "privacy", legend: "How private is it?",
                    options: SpacePrivacy.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.privacy, error: errors["privacy"])
                yesNo(
                    "step_free", "Can people reach it without steps?", form.stepFree,
                    hint: "Including the way in from the entrance.")
                yesNo("at_school", "Is it at the school?", form.atSchool)
                TextArea(
                    name: "equipment", label: "Equipment (optional)",
                    hint: "For example: screen for video calls, hearing loop, tissues, water.", value: form.equipment,
                    error: errors["equipment"])
                PrimaryButton(text: "Save room")
            }
        }
    }
}

/// For an administrator of several schools: whose rooms?
public struct ChooseSchoolPage: HTMLPage, Sendable, Equatable {
    /// Where choosing a school leads.
    public enum Next: Sendable, Equatable {
        case spaces, newSpace
    }

    public struct School: Sendable, Equatable {
        public var id: SchoolID
        public var name: String

        public init(id: SchoolID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var schools: [School]
    public var next: Next

    public init(schools: [School], next: Next) {
        self.schools = schools
        self.next = next
    }

    public var title: String { "Rooms for meetings" }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: title)
            El("p") { T("Choose a school to see its rooms.") }
            El("ul", .class("list")) {
                for school in schools {
                    El("li") {
                        El("a", .href(next == .spaces ? .spaces(school: school.id) : .newSpace(school: school.id))) {
                            T(school.name)
                        }
                    }
                }
            }
        }
    }
}
