import Foundation
import RoundtableCore

/// Choosing who is invited from the students' circles, and who leads.
public struct MeetingParticipantsPage: HTMLPage, Sendable, Equatable {
    /// Someone who could be invited.
    public struct Option: Sendable, Equatable {
        /// `kind:id`, as the form sends it.
        public var key: String
        public var kind: ParticipantKind
        public var name: String
        public var role: String
        public var invited: Bool
        /// For staff: who may lead.
        public var staffID: StaffID?
        /// From the students' circles, or already invited: a checkbox. Any other colleague at
        /// the school is offered in the "someone else from the school" list.
        public var inCircle: Bool

        public init(
            key: String, kind: ParticipantKind, name: String, role: String, invited: Bool, staffID: StaffID? = nil,
            inCircle: Bool = true
        ) {
            self.key = key
            self.kind = kind
            self.name = name
            self.role = role
            self.invited = invited
            self.staffID = staffID
            self.inCircle = inCircle
        }
    }

    public var meetingID: MeetingID
    public var studentNames: [String]
    public var options: [Option]
    /// Family who must not be contacted: never offered, named so the planner knows why.
    public var restricted: [String]
    public var leadID: StaffID?
    /// A colleague from beyond the circles chosen in the form being shown again.
    public var colleague: String?
    public var errors = FieldErrors()

    public init(
        meetingID: MeetingID, studentNames: [String], options: [Option], restricted: [String] = [],
        leadID: StaffID? = nil
    ) {
        self.meetingID = meetingID
        self.studentNames = studentNames
        self.options = options
        self.restricted = restricted
        self.leadID = leadID
    }

    public var title: String { "Who is coming" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentNames.joined(separator: ", "))
            if !restricted.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Cannot be invited: ") }
                    T("\(restricted.joined(separator: ", ")) must not be contacted.")
                }
            }
            PostForm(action: .meeting(meetingID, .participants)) {
                for kind in ParticipantKind.allCases {
                    let group = options.filter { $0.kind == kind && ($0.inCircle || $0.invited) }
                    if !group.isEmpty {
                        El("fieldset", .class("fieldset field")) {
                            El("legend", .class("legend")) { T(kind.label) }
                            El("div", .class("checkboxes")) {
                                for option in group { checkbox(option) }
                            }
                        }
                    }
                }
                colleagueField
                SelectField(
                    name: "lead", label: "Who leads the meeting?",
                    hint: "One of the staff invited, or nobody in particular.",
                    options: [("", "Nobody in particular")]
                        + options.filter { $0.inCircle || $0.invited || $0.key == colleague }.compactMap { option in
                            option.staffID.map { ($0.rawValue.uuidString, option.name) }
                        },
                    selected: leadID?.rawValue.uuidString ?? "", error: errors["lead"])
                PrimaryButton(text: "Save")
            }
            El("p") {
                El("a", .href(.meeting(meetingID, .guests))) { T("Add someone the family brings") }
                T(" (an advocate or a friend).")
            }
        }
    }

    /// Anyone else at the school (the special needs coordinator, the safeguarding lead, a
    /// counsellor): they read this meeting, and nothing more about the student.
    private var colleagueField: Component {
        let others = options.filter { !$0.inCircle && !$0.invited }
        if others.isEmpty { return EmptyComponent() }
        return SelectField(
            name: "colleague", label: "Invite someone else from the school",
            hint:
                "Such as the special needs coordinator or a counsellor. They will see this meeting and its record, and nothing else about the student.",
            options: [("", "Nobody else")] + others.map { ($0.key, "\($0.name), \($0.role.lowercased())") },
            selected: colleague ?? "", error: errors["colleague"])
    }

    private func checkbox(_ option: Option) -> Component {
        El("div", .class("checkbox")) {
            Leaf(
                "input",
                attributes: [
                    .class("checkbox__input"), .id(option.key), .name("invite[]"), .type("checkbox"),
                    .value(option.key),
                ] + (option.invited ? [.flag("checked")] : []))
            El("label", .class("checkbox__label"), .for(option.key)) {
                T("\(option.name), \(option.role.lowercased())")
            }
        }
    }
}
