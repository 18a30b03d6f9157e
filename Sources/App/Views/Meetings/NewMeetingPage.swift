import Foundation
import RoundtableCore
import RoundtableViews

/// Choosing the kind of meeting: each comes with a purpose, agenda and ground rules to adapt.
struct NewMeetingPage: HTMLPage {
    var student: Student
    var selected: String?
    var errors = FieldErrors()

    private var name: String { student.preferredName ?? student.legalGivenName }
    var title: String { "Plan a meeting about \(name)" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: student.displayName)
            El("p", .class("lead")) {
                T(
                    "Choose the kind of meeting. Roundtable starts a draft with a purpose, an agenda and ground rules you can change. Nobody is told anything until you share it."
                )
            }
            PostForm(action: .newMeeting(student: student.id!)) {
                RadioGroup(
                    name: "type", legend: "What kind of meeting is it?",
                    options: MeetingType.allCases.map { type in
                        let template = MeetingTemplate.standard(type)
                        return .init(
                            value: type.rawValue, label: type.label,
                            hint: "\(template.lengthMinutes) minutes, \(template.agenda.count) agenda items")
                    }, selected: selected, error: errors["type"])
                PrimaryButton(text: "Start planning")
            }
        }
    }
}
