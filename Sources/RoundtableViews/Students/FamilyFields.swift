import Foundation
import RoundtableCore

/// How to reach a family member and what helps them take part: shared by the page that
/// adds someone and the page that changes their details.
public struct FamilyContactFields: Component {
    public var form: FamilyContactForm
    public var errors: FieldErrors
    /// Leaders: the contact restriction is theirs to set, and so is the email address.
    public var mayChangeRestriction: Bool
    /// The person came from the roster, whose next import may replace their email address.
    public var fromRoster: Bool

    public init(form: FamilyContactForm, errors: FieldErrors, mayChangeRestriction: Bool, fromRoster: Bool) {
        self.form = form
        self.errors = errors
        self.mayChangeRestriction = mayChangeRestriction
        self.fromRoster = fromRoster
    }

    private var languageOptions: [(value: String, label: String)] {
        LanguageName.options(keeping: [form.preferredLanguage])
    }

    /// The same spoken languages the family is offered on their own page (Mandarin and
    /// Cantonese, not a script); a code saved before ("zh-Hans") stays listed, by its name.
    private var interpreterOptions: [(value: String, label: String)] {
        LanguageName.interpreterOptions(keeping: [form.interpreterLanguage])
    }

    public var body: Component {
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
                options: [("", "Not needed")] + interpreterOptions, selected: form.interpreterLanguage,
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
public struct FamilyLinkFields: Component {
    public var form: FamilyLinkForm
    public var errors: FieldErrors
    public var studentName: String

    public init(form: FamilyLinkForm, errors: FieldErrors, studentName: String) {
        self.form = form
        self.errors = errors
        self.studentName = studentName
    }

    public var body: Component {
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
