import Foundation
import RoundtableCore

/// What was typed into the invitation form.
public struct InviteStaffForm: Sendable, Equatable {
    public var name: String
    public var email: String
    public var role: String
    public var school: String

    public init(name: String = "", email: String = "", role: String = StaffRole.staff.rawValue, school: String = "") {
        self.name = name
        self.email = email
        self.role = role
        self.school = school
    }
}

public struct InviteStaffPage: HTMLPage, Sendable, Equatable {
    /// Someone who already has the email address typed, when the viewer may open their page.
    public struct ExistingPerson: Sendable, Equatable {
        public var id: StaffID
        public var name: String

        public init(id: StaffID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var form: InviteStaffForm
    public var errors: FieldErrors
    public var roles: [StaffRole]
    /// Schools the person may invite to; empty when only one applies.
    public var schools: [NamedSchool]
    public var backTo: SiteRoute
    public var lifetimeDays: Int
    public var existingPerson: ExistingPerson?

    public init(
        form: InviteStaffForm, errors: FieldErrors = FieldErrors(), roles: [StaffRole], schools: [NamedSchool],
        backTo: SiteRoute, lifetimeDays: Int, existingPerson: ExistingPerson? = nil
    ) {
        self.form = form
        self.errors = errors
        self.roles = roles
        self.schools = schools
        self.backTo = backTo
        self.lifetimeDays = lifetimeDays
        self.existingPerson = existingPerson
    }

    public var title: String { "Invite a member of staff" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .staff }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: backTo)
            ErrorSummary(errors: errors)
            if let existingPerson {
                El("p", .class("notice-inline")) {
                    El("a", .href(.staffMember(existingPerson.id, .show()))) { T("Open \(existingPerson.name)'s page") }
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
                RoleChoice(
                    legend: "What can they do in Roundtable?", roles: roles, selected: form.role,
                    error: errors["role"])
                if !schools.isEmpty {
                    SelectField(
                        name: "school", label: "School", hint: "Leave this empty for an organisation administrator.",
                        options: [("", "Choose a school")] + schools.map(\.option),
                        selected: form.school, error: errors["school"])
                } else {
                    Leaf("input", .type("hidden"), .name("school"), .value(form.school))
                }
                PrimaryButton(text: "Create invitation")
            }
        }
    }
}
