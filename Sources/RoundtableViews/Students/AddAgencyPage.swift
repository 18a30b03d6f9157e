import Foundation
import RoundtableCore

/// Recording someone from an outside agency who supports a student, with the consent that
/// allows the school to work with them.
public struct AddAgencyPage: HTMLPage, Sendable, Equatable {
    /// Someone the school already works with, for other students.
    public struct Known: Sendable, Equatable {
        public var id: AgencyID
        public var name: String
        public var agency: String

        public init(id: AgencyID, name: String, agency: String) {
            self.id = id
            self.name = name
            self.agency = agency
        }
    }

    public var studentID: StudentID
    /// The name the student goes by, and their full name.
    public var studentName: String
    public var studentDisplayName: String
    /// Agency contacts the school already has, for other students, by agency and name.
    public var known: [Known]
    /// The id chosen from `known`, as typed ("" for someone new).
    public var existing: String
    public var form: AgencyContactForm
    public var errors: FieldErrors

    public init(
        studentID: StudentID, studentName: String, studentDisplayName: String, known: [Known], existing: String = "",
        form: AgencyContactForm = AgencyContactForm(), errors: FieldErrors = FieldErrors()
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.studentDisplayName = studentDisplayName
        self.known = known
        self.existing = existing
        self.form = form
        self.errors = errors
    }

    public var title: String { "Add an agency that supports \(studentName)" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .students }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .show()), text: "Back to \(studentDisplayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: studentDisplayName)
            El("p", .class("lead")) {
                T(
                    "For example a health service, social care or a charity. Record them only when the family, or \(studentName) if old enough, has agreed that the school may work with them."
                )
            }
            PostForm(action: .student(studentID, .addAgency)) {
                if !known.isEmpty {
                    SelectField(
                        name: "existing", label: "Someone the school already works with",
                        hint: "Choose them here, or leave this and fill in a new person below.",
                        options: [("", "Someone new")]
                            + known.map { ($0.id.rawValue.uuidString, "\($0.name), \($0.agency)") },
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
