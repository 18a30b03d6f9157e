import Foundation
import RoundtableCore
import RoundtableViews

/// The school's rooms and places.
struct SpacesPage: HTMLPage {
    var school: School
    var spaces: [Space]
    var notice: SiteRoute.Notice?

    var title: String { "Rooms for meetings" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: school.name)
            El("p", .class("lead")) {
                T(
                    "Describe the rooms you meet families in. When someone plans a meeting, Roundtable checks the room against who is coming and says what might not suit them."
                )
            }
            if spaces.isEmpty {
                El("p") { T("No rooms yet.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for space in spaces {
                        El("li") {
                            El("a", .href(.space(space.id!))) { T(space.name) }
                            T(", seats \(space.capacity), \(space.table.label.lowercased())")
                            if space.offSite { T(", away from school") }
                        }
                    }
                }
            }
            El("p") {
                El("a", .class("button button--secondary"), .href(.newSpace(school: school.id))) { T("Add a room") }
            }
        }
    }
}

struct SpaceFormPage: HTMLPage {
    var school: School
    var space: Space?
    var form: SpaceForm
    var errors = FieldErrors()

    var title: String { space == nil ? "Add a room" : "Change \(space!.name)" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    private func yesNo(_ name: String, _ legend: String, _ value: String, hint: String? = nil) -> Component {
        RadioGroup(
            name: name, legend: legend, hint: hint,
            options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")], selected: value,
            error: errors[name])
    }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .spaces(school: school.id), text: "Back to rooms")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: school.name)
            PostForm(action: space.map { .space($0.id!) } ?? .newSpace(school: school.id)) {
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

/// Choosing a room for a meeting: every room with what the check says about it.
struct ChooseSpacePage: HTMLPage {
    var context: MeetingContext
    var spaces: [(space: Space, warnings: [String])]
    var mayManageSpaces: Bool
    var errors = FieldErrors()

    var title: String { "Choose a room" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(context.meeting.id!), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: context.students.map(\.displayName).joined(separator: ", "))
            if spaces.isEmpty {
                El("p") { T("The school has not described any rooms yet.") }
            } else {
                PostForm(action: .meetingSpace(context.meeting.id!)) {
                    RadioGroup(
                        name: "space", legend: "Which room?",
                        hint: "Rooms that suit this meeting say so; for the others, the reasons are listed.",
                        options: spaces.map { entry in
                            .init(
                                value: entry.space.id!.uuidString,
                                label: "\(entry.space.name) (seats \(entry.space.capacity))",
                                hint: entry.warnings.isEmpty
                                    ? "Suits this meeting." : entry.warnings.joined(separator: " "))
                        }, selected: context.meeting.$space.id?.uuidString, error: errors["space"])
                    PrimaryButton(text: "Choose this room")
                }
            }
            if mayManageSpaces {
                El("p") { El("a", .href(.spaces(school: context.meeting.$school.id))) { T("Add or change rooms") } }
            }
        }
    }
}

/// For an administrator of several schools: whose rooms?
struct ChooseSchoolPage: HTMLPage {
    var schools: [School]
    var next: (UUID) -> SiteRoute

    var title: String { "Rooms for meetings" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: title)
            El("p") { T("Choose a school to see its rooms.") }
            El("ul", .class("list")) {
                for school in schools { El("li") { El("a", .href(next(school.id!))) { T(school.name) } } }
            }
        }
    }
}
