import Foundation
import RoundtableCore
import RoundtableViews

/// Recording someone from an outside agency who supports a student, with the consent that
/// allows the school to work with them.
struct AddAgencyPage: HTMLPage {
    var student: Student
    /// Agency contacts the school already has, for other students.
    var known: [AgencyContact]
    var existing: String
    var form: AgencyContactForm
    var errors = FieldErrors()

    private var name: String { student.preferredName ?? student.legalGivenName }
    var title: String { "Add an agency that supports \(name)" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .students }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: student.displayName)
            El("p", .class("lead")) {
                T(
                    "For example a health service, social care or a charity. Record them only when the family, or \(name) if old enough, has agreed that the school may work with them."
                )
            }
            PostForm(action: .addAgency(student: student.id!)) {
                if !known.isEmpty {
                    SelectField(
                        name: "existing", label: "Someone the school already works with",
                        hint: "Choose them here, or leave this and fill in a new person below.",
                        options: [("", "Someone new")]
                            + known.map { ($0.id!.uuidString, "\($0.name), \($0.agency)") },
                        selected: existing, error: errors["existing"])
                }
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T(known.isEmpty ? "Who they are" : "Or someone new") }
                    TextField(
                        name: "agency", label: "Service or organisation", value: form.agency,
                        error: errors["agency"], autocomplete: "off")
                    TextField(
                        name: "name", label: "Name of the person", value: form.name, error: errors["name"],
                        autocomplete: "off", spellcheck: false)
                    TextField(
                        name: "role", label: "Their role (optional)", hint: "For example: family support worker.",
                        value: form.role, error: errors["role"], autocomplete: "off")
                    TextField(
                        name: "email", label: "Email address", value: form.email, error: errors["email"],
                        type: "email", autocomplete: "off", spellcheck: false)
                    TextField(
                        name: "phone", label: "Phone number", hint: "An email address, a phone number or both.",
                        value: form.phone, error: errors["phone"], type: "tel", autocomplete: "off", width: "medium")
                }
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("Consent") }
                    TextField(
                        name: "consent_from", label: "Who agreed",
                        hint: "Name them and say who they are, like “Amira Haddad (mother)”.",
                        value: form.consentFrom, error: errors["consent_from"], autocomplete: "off")
                    TextField(
                        name: "consent_date", label: "When they agreed", value: form.consentDate,
                        error: errors["consent_date"], type: "date", width: "medium")
                    TextArea(
                        name: "consent_notes", label: "What they agreed to (optional)",
                        hint: "For example: “Share reports and invite to reviews, not to other meetings.”",
                        value: form.consentNotes, error: errors["consent_notes"])
                }
                PrimaryButton(text: "Record agency")
            }
        }
    }
}
