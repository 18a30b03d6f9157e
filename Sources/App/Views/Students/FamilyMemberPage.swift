import Foundation
import RoundtableCore

struct FamilyMemberPage: HTMLPage {
    var student: Student
    var member: FamilyMember
    var link: StudentFamilyLink
    var form: FamilyContactForm
    var mayChangeRestriction: Bool
    var errors = FieldErrors()

    var title: String { member.displayName }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .students }

    private var languageOptions: [(value: String, label: String)] {
        var codes = FamilyContactForm.languages
        for code in [form.preferredLanguage, form.interpreterLanguage] where !code.isEmpty && !codes.contains(code) {
            codes.append(code)
        }
        return codes.map { ($0, LanguageName.of($0)) }.sorted { $0.label < $1.label }
    }

    func content(csrfToken: String) -> Component {
        let studentName = student.preferredName ?? student.legalGivenName
        return ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: member.displayName, caption: "\(link.relationship.label) of \(studentName)")
            if member.isRestricted {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Do not contact. ") }
                    T(member.restriction ?? "")
                    if !mayChangeRestriction {
                        T(" Only a school leader can see or change this person's contact details.")
                    }
                }
            }
            if !member.isRestricted || mayChangeRestriction {
                El("p", .class("lead")) {
                    T("How to reach \(member.givenName), and what helps them take part in meetings.")
                }
                contactForm(csrfToken: csrfToken)
            }
        }
    }

    private func contactForm(csrfToken: String) -> Component {
        ComponentGroup {
            PostForm(action: .familyMember(member.id!, student: student.id!), csrfToken: csrfToken) {
                SelectField(
                    name: "preferred_language", label: "Language they prefer to read and speak",
                    options: languageOptions, selected: form.preferredLanguage, error: errors["preferred_language"])
                RadioGroup(
                    name: "needs_interpreter", legend: "Do they need an interpreter in meetings?",
                    options: [.init(value: "no", label: "No"), .init(value: "yes", label: "Yes")],
                    selected: form.needsInterpreter, error: errors["needs_interpreter"])
                SelectField(
                    name: "interpreter_language", label: "Interpreter's language",
                    hint: "Only if they need an interpreter.",
                    options: [("", "Not needed")] + languageOptions, selected: form.interpreterLanguage,
                    error: errors["interpreter_language"])
                RadioGroup(
                    name: "preferred_contact", legend: "Best way to reach them",
                    options: ContactChannel.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.preferredContact, error: errors["preferred_contact"])
                TextField(
                    name: "email", label: "Email address",
                    hint: member.sourcedID != nil ? "From the school's roster: the next import may replace it." : nil,
                    value: form.email, error: errors["email"], type: "email", autocomplete: "off", spellcheck: false)
                TextField(
                    name: "phone", label: "Phone number", value: form.phone, error: errors["phone"], type: "tel",
                    autocomplete: "off", width: "medium")
                RadioGroup(
                    name: "preferred_meeting_mode", legend: "How they prefer to meet",
                    options: MeetingMode.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                    selected: form.preferredMeetingMode, error: errors["preferred_meeting_mode"])
                TextArea(
                    name: "accessibility_needs", label: "Access needs",
                    hint:
                        "Anything that helps them take part: step-free access, large print, breaks. Leave empty if none.",
                    value: form.accessibilityNeeds, error: errors["accessibility_needs"])
                if mayChangeRestriction {
                    TextArea(
                        name: "restriction", label: "Contact restriction",
                        hint:
                            "For example a court order. While this has any text, Roundtable never sends this person invitations or records. Leave empty if there is none.",
                        value: form.restriction, error: errors["restriction"])
                }
                PrimaryButton(text: "Save details")
            }
        }
    }
}

/// A labelled multi-line text field, keeping what the person typed.
struct TextArea: Component {
    var name: String
    var label: String
    var hint: String? = nil
    var value: String = ""
    var error: String? = nil

    var body: Component {
        El("div", .class("field" + (error != nil ? " field--error" : ""))) {
            El("label", .class("label"), .for(name)) { T(label) }
            if let hint { El("p", .class("hint"), .id(name + "-hint")) { T(hint) } }
            FieldMessage(field: name, error: error)
            El(
                "textarea",
                attributes: [
                    .class("input" + (error != nil ? " input--error" : "")), .id(name), .name(name), .attr("rows", "3"),
                ] + describedBy(name, hint: hint, error: error)
            ) { T(value) }
        }
    }
}
