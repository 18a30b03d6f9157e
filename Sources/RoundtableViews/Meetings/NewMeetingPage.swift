import Foundation
import RoundtableCore

/// Choosing the kind of meeting: each comes with a purpose, agenda and ground rules to adapt.
public struct NewMeetingPage: HTMLPage, Sendable, Equatable {
    public var studentID: StudentID
    /// "Zoë Ångström", and the name the school uses for them day to day ("Zoë").
    public var studentName: String
    public var calledName: String
    /// The kind chosen before the form came back.
    public var selected: MeetingType?
    public var errors: FieldErrors

    public init(
        studentID: StudentID, studentName: String, calledName: String, selected: MeetingType? = nil,
        errors: FieldErrors = FieldErrors()
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.calledName = calledName
        self.selected = selected
        self.errors = errors
    }

    public var title: String { "Plan a meeting about \(calledName)" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .show()), text: "Back to \(studentName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentName)
            El("p", .class("lead")) {
                T(
                    "Choose the kind of meeting. Roundtable starts a draft with a purpose, an agenda and ground rules you can change. Nobody is told anything until you share it."
                )
            }
            PostForm(action: .student(studentID, .newMeeting)) {
                RadioGroup(
                    name: "type", legend: "What kind of meeting is it?",
                    options: MeetingType.allCases.map { type in
                        let template = MeetingTemplate.standard(type)
                        return .init(
                            value: type.rawValue, label: type.label,
                            hint: "\(template.lengthMinutes) minutes, \(template.agenda.count) agenda items")
                    }, selected: selected?.rawValue, error: errors["type"])
                PrimaryButton(text: "Start planning")
            }
        }
    }
}
