import Foundation
import RoundtableCore
import RoundtableViews

struct InviteStaffForm: Sendable {
    var name = ""
    var email = ""
    var role = StaffRole.staff.rawValue
    var school = ""
}

struct InviteStaffPage: HTMLPage {
    var form: InviteStaffForm
    var errors = FieldErrors()
    var roles: [StaffRole]
    /// Schools the person may invite to; empty when only one applies.
    var schools: [School]
    var backTo: SiteRoute
    var lifetimeDays: Int
    /// Someone who already has this email address, when the viewer may open their page.
    var existingPerson: User? = nil

    var title: String { "Invite a member of staff" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .staff }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: backTo)
            ErrorSummary(errors: errors)
            if let existingPerson, let id = existingPerson.id {
                El("p", .class("notice-inline")) {
                    El("a", .href(.staffMember(id))) { T("Open \(existingPerson.name)'s page") }
                }
            }
            PageHeading(text: "Invite a member of staff")
            El("p", .class("lead")) {
                T(
                    "Roundtable makes a link for them to choose their own password, and you send it to them. The link works once, for \(lifetimeDays) days."
                )
            }
            PostForm(action: .inviteStaff()) {
                TextField(
                    name: "name", label: "Full name", value: form.name, error: errors["name"], autocomplete: "off")
                TextField(
                    name: "email", label: "Email address", hint: "Use their school email address.",
                    value: form.email, error: errors["email"], type: "email", autocomplete: "off", spellcheck: false)
                RadioGroup(
                    name: "role", legend: "What can they do in Roundtable?",
                    options: roles.map { .init(value: $0.rawValue, label: $0.label, hint: $0.explanation) },
                    selected: form.role, error: errors["role"])
                if !schools.isEmpty {
                    SelectField(
                        name: "school", label: "School", hint: "Leave this empty for an organisation administrator.",
                        options: [("", "Choose a school")] + schools.map { ($0.id!.uuidString, $0.name) },
                        selected: form.school, error: errors["school"])
                } else {
                    Leaf("input", .type("hidden"), .name("school"), .value(form.school))
                }
                PrimaryButton(text: "Create invitation")
            }
        }
    }
}
