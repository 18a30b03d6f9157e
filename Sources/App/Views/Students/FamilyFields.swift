import Foundation
import RoundtableCore
import RoundtableViews

/// How to reach a family member and what helps them take part: shared by the page that
/// adds someone and the page that changes their details.
struct FamilyContactFields: Component {
    var form: FamilyContactForm
    var errors: FieldErrors
    var mayChangeRestriction: Bool
    var fromRoster: Bool

    private var languageOptions: [(value: String, label: String)] {
        LanguageName.options(keeping: [form.preferredLanguage, form.interpreterLanguage])
    }

    var body: Component {
        ComponentGroup {
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
                hint: [
                    fromRoster ? "From the school's roster: the next import may replace it." : nil,
                    // The same leaders who set restrictions decide where personal links go.
                    mayChangeRestriction ? nil : "Personal links are sent here, so only a school leader can change it.",
                ].compactMap { $0 }.joined(separator: " ").emptyAsNil,
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
        }
    }
}

/// Relationship, parental responsibility and living arrangements: one person's link to
/// one student.
struct FamilyLinkFields: Component {
    var form: FamilyLinkForm
    var errors: FieldErrors
    var studentName: String

    var body: Component {
        ComponentGroup {
            SelectField(
                name: "relationship", label: "Relationship to \(studentName)",
                options: [("", "Choose")] + FamilyRelationship.allCases.map { ($0.rawValue, $0.label) },
                selected: form.relationship, error: errors["relationship"])
            RadioGroup(
                name: "parental_responsibility", legend: "Do they have parental responsibility for \(studentName)?",
                hint: "People with parental responsibility are invited to meetings and receive records by default.",
                options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")],
                selected: form.parentalResponsibility, error: errors["parental_responsibility"])
            RadioGroup(
                name: "lives_with", legend: "Does \(studentName) live with them?",
                options: [.init(value: "yes", label: "Yes"), .init(value: "no", label: "No")],
                selected: form.livesWith, error: errors["lives_with"])
        }
    }
}

extension String {
    fileprivate var emptyAsNil: String? { isEmpty ? nil : self }
}
