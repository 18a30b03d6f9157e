import Foundation

/// A family member's contact details and needs as typed into the form, checked.
public struct FamilyContactForm: Sendable, Equatable {
    public var email = ""
    public var phone = ""
    public var preferredLanguage = "en"
    public var needsInterpreter = "no"
    public var interpreterLanguage = ""
    public var preferredContact = ContactChannel.email.rawValue
    public var preferredMeetingMode = MeetingMode.inPerson.rawValue
    public var accessibilityNeeds = ""
    public var restriction = ""

    public init() {}

    /// Languages offered in the lists; the most common home languages in our schools first.
    /// Any BCP 47 code already on a record is kept, even when not in this list.
    public static let languages = [
        "en", "ar", "bn", "zh-Hans", "fr", "de", "it", "ku", "lt", "pa", "fa", "pl", "pt", "ro", "ru", "so", "es",
        "ta", "ti", "tr", "uk", "ur",
    ]

    public struct Checked: Sendable, Equatable {
        public var email: String?
        public var phone: String?
        public var preferredLanguage: String
        public var needsInterpreter: Bool
        public var interpreterLanguage: String?
        public var preferredContact: ContactChannel
        public var preferredMeetingMode: MeetingMode
        public var accessibilityNeeds: String?
        public var restriction: String?
    }

    /// The checked values, or the problems in the order the fields appear.
    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let email = self.email.trimmingCharacters(in: .whitespaces)
        if !email.isEmpty && EmailAddress(email) == nil {
            errors.add("email", "Enter an email address in the right format, like name@example.com")
        }
        let phone = SingleLine.clean(self.phone)
        if !phone.isEmpty && phone.filter(\.isNumber).count < 6 {
            errors.add("phone", "Enter a phone number with at least 6 digits")
        }
        let channel = ContactChannel(rawValue: preferredContact)
        if channel == nil { errors.add("preferred_contact", "Choose the best way to reach them") }
        if channel == .email && email.isEmpty {
            errors.add("email", "Enter an email address, or choose another way to reach them")
        }
        if (channel == .phone || channel == .text) && phone.isEmpty {
            errors.add("phone", "Enter a phone number, or choose another way to reach them")
        }
        let mode = MeetingMode(rawValue: preferredMeetingMode)
        if mode == nil { errors.add("preferred_meeting_mode", "Choose how they prefer to meet") }
        let needs = needsInterpreter == "yes"
        if needs && interpreterLanguage.isEmpty {
            errors.add("interpreter_language", "Choose the language the interpreter should speak")
        }
        if accessibilityNeeds.count > 500 { errors.add("accessibility_needs", "Use 500 characters or fewer") }
        if restriction.count > 500 { errors.add("restriction", "Use 500 characters or fewer") }
        guard errors.isEmpty, let channel, let mode else { return .failure(FieldErrorsBox(errors)) }
        func optional(_ text: String) -> String? {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        return .success(
            Checked(
                email: optional(email).flatMap { EmailAddress($0)?.value }, phone: optional(phone),
                preferredLanguage: preferredLanguage.isEmpty ? "en" : preferredLanguage, needsInterpreter: needs,
                interpreterLanguage: needs ? interpreterLanguage : nil, preferredContact: channel,
                preferredMeetingMode: mode, accessibilityNeeds: optional(accessibilityNeeds),
                restriction: optional(restriction)))
    }
}

/// `FieldErrors` as an `Error`, for `Result`.
public struct FieldErrorsBox: Error, Sendable, Equatable {
    public var errors: FieldErrors
    public init(_ errors: FieldErrors) { self.errors = errors }
}
