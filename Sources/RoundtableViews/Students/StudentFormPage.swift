import Foundation
import RoundtableCore

/// Adding a student by hand, or changing what is recorded about one.
public struct StudentFormPage: HTMLPage, Sendable, Equatable {
    public enum Mode: Sendable, Equatable {
        /// `chosen` is the school picked so far; a list appears when there is a choice.
        case new(schools: [NamedSchool], chosen: SchoolID?)
        case edit(Student)
    }

    /// The student being changed.
    public struct Student: Sendable, Equatable {
        public var id: StudentID
        public var displayName: String
        /// From the school's roster, whose next import may change some of it back.
        public var fromRoster: Bool

        public init(id: StudentID, displayName: String, fromRoster: Bool) {
            self.id = id
            self.displayName = displayName
            self.fromRoster = fromRoster
        }
    }

    public var mode: Mode
    public var form: StudentForm
    public var errors: FieldErrors

    public init(mode: Mode, form: StudentForm = StudentForm(), errors: FieldErrors = FieldErrors()) {
        self.mode = mode
        self.form = form
        self.errors = errors
    }

    public var title: String {
        switch mode {
        case .new: "Add a student"
        case .edit(let student): "Change \(student.displayName)'s details"
        }
    }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .students }

    private var languageOptions: [(value: String, label: String)] {
        LanguageName.options(keeping: [form.mainLanguage, form.otherLanguage])
    }

    public func content() -> Component {
        ComponentGroup {
            switch mode {
            case .new:
                BackLink(route: .students(), text: "Back to students")
            case .edit(let student):
                BackLink(route: .student(student.id, .show()), text: "Back to \(student.displayName)")
            }
            ErrorSummary(errors: errors)
            PageHeading(text: title)
            if case .edit(let student) = mode, student.fromRoster {
                El("p", .class("inset")) {
                    T(
                        "This student comes from the school's roster. The next import may change their legal name, date of birth and year group back to what the roster says; the rest stays as you set it here."
                    )
                }
            }
            PostForm(action: action) {
                if case .new(let schools, let chosen) = mode, schools.count > 1 {
                    SelectField(
                        name: "school", label: "School",
                        options: [("", "Choose a school")] + schools.map(\.option),
                        selected: chosen?.rawValue.uuidString ?? "", error: errors["school"])
                }
                fields
                PrimaryButton(
                    text: {
                        if case .new = mode { return "Add student" }
                        return "Save details"
                    }())
            }
        }
    }

    private var fields: Component {
        ComponentGroup {
            TextField(
                name: "given_name", label: "First name", hint: "As on their official records.",
                value: form.givenName, error: errors["given_name"], autocomplete: "off", spellcheck: false)
            TextField(
                name: "family_name", label: "Last name", value: form.familyName, error: errors["family_name"],
                autocomplete: "off", spellcheck: false)
            TextField(
                name: "preferred_name", label: "Name they go by (optional)",
                hint: "Roundtable uses this name everywhere, including in invitations to their family.",
                value: form.preferredName, error: errors["preferred_name"], autocomplete: "off",
                width: "medium", spellcheck: false)
            TextField(
                name: "date_of_birth", label: "Date of birth (optional)", hint: "For example 3/5/2014.",
                value: form.dateOfBirth, error: errors["date_of_birth"], type: "date", width: "medium")
            TextField(
                name: "year_group", label: "Year group", hint: "A number, like 7 for Year 7. Use 0 for reception.",
                value: form.yearGroup, error: errors["year_group"], autocomplete: "off", width: "short")
            TextField(
                name: "form_group", label: "Form group (optional)", hint: "As the school names it, like 7A.",
                value: form.formGroup, error: errors["form_group"], autocomplete: "off", width: "short",
                spellcheck: false)
            SelectField(
                name: "main_language", label: "Main language at home",
                options: [("", "Not known")] + languageOptions, selected: form.mainLanguage,
                error: errors["main_language"])
            SelectField(
                name: "other_language", label: "Another language at home (optional)",
                options: [("", "None")] + languageOptions, selected: form.otherLanguage,
                error: errors["other_language"])
            El("fieldset", .class("fieldset field")) {
                El("legend", .class("legend")) { T("Support the school gives") }
                El("p", .class("hint")) { T("Tick all that apply. Only staff see these.") }
                El("div", .class("checkboxes")) {
                    Checkbox(
                        name: "special_needs", label: "Special educational needs (SEN or IEP)",
                        checked: form.specialNeeds)
                    Checkbox(
                        name: "disadvantaged", label: "Disadvantaged (for example, free school meals)",
                        checked: form.disadvantaged)
                    Checkbox(
                        name: "additional_language", label: "Learning English as an additional language",
                        checked: form.additionalLanguage)
                }
            }
            TextArea(
                name: "what_helps_me", label: "What helps me (optional)",
                hint:
                    "In the student's own words, if they want to share them: what helps them learn, talk and feel safe.",
                value: form.whatHelpsMe, error: errors["what_helps_me"])
        }
    }

    private var action: SiteRoute {
        switch mode {
        case .new: .newStudent()
        case .edit(let student): .student(student.id, .edit)
        }
    }
}
