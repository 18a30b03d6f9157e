import Foundation

/// How one family member stands to one student, as typed into the form.
public struct FamilyLinkForm: Sendable, Equatable {
    public var relationship = ""
    /// "yes" or "no": radios, so that nobody records the answer by leaving a box unticked.
    public var parentalResponsibility = ""
    public var livesWith = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var relationship: FamilyRelationship
        public var parentalResponsibility: Bool
        public var livesWith: Bool
    }

    public func check(into errors: inout FieldErrors) -> Checked? {
        let relationship = FamilyRelationship(rawValue: self.relationship)
        if relationship == nil { errors.add("relationship", "Choose how they are related to the student") }
        if !["yes", "no"].contains(parentalResponsibility) {
            errors.add("parental_responsibility", "Say whether they have parental responsibility")
        }
        if !["yes", "no"].contains(livesWith) {
            errors.add("lives_with", "Say whether the student lives with them")
        }
        guard let relationship, ["yes", "no"].contains(parentalResponsibility), ["yes", "no"].contains(livesWith)
        else { return nil }
        return Checked(
            relationship: relationship, parentalResponsibility: parentalResponsibility == "yes",
            livesWith: livesWith == "yes")
    }
}

/// A new family member: their name, how they stand to the student, how to reach them.
public struct NewFamilyMemberForm: Sendable, Equatable {
    public var givenName = ""
    public var familyName = ""
    public var link = FamilyLinkForm()
    public var contact = FamilyContactForm()

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var givenName: String
        public var familyName: String
        public var link: FamilyLinkForm.Checked
        public var contact: FamilyContactForm.Checked
    }

    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let given = Text.clean(givenName)
        let family = Text.clean(familyName)
        if given.isEmpty { errors.add("given_name", "Enter their first name") }
        if given.count > 100 { errors.add("given_name", "Use 100 characters or fewer") }
        if family.isEmpty { errors.add("family_name", "Enter their last name") }
        if family.count > 100 { errors.add("family_name", "Use 100 characters or fewer") }
        let link = self.link.check(into: &errors)
        var contact: FamilyContactForm.Checked?
        switch self.contact.check() {
        case .success(let value): contact = value
        case .failure(let box): for item in box.errors.items { errors.add(item.field, item.message) }
        }
        guard errors.isEmpty, let link, let contact else { return .failure(FieldErrorsBox(errors)) }
        return .success(Checked(givenName: given, familyName: family, link: link, contact: contact))
    }
}

/// Someone from an outside agency (a health service, social care, a charity) who supports
/// a student, and the consent that lets the school share with them.
public struct AgencyContactForm: Sendable, Equatable {
    public var agency = ""
    public var name = ""
    public var role = ""
    public var email = ""
    public var phone = ""
    /// Who agreed that the school may work with this agency about the student, in words:
    /// "Amira Ångström (mother)", "Zoë herself".
    public var consentFrom = ""
    public var consentDate = ""
    public var consentNotes = ""

    public init() {}

    public struct Checked: Sendable, Equatable {
        public var agency: String
        public var name: String
        public var role: String?
        public var email: String?
        public var phone: String?
        public var consentFrom: String
        public var consentDate: Date
        public var consentNotes: String?
    }

    public func check(today: Date) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let agency = Text.clean(self.agency)
        let name = Text.clean(self.name)
        let role = Text.clean(self.role)
        let email = self.email.trimmingCharacters(in: .whitespaces)
        let phone = Text.clean(self.phone)
        let from = Text.clean(consentFrom)
        let notes = consentNotes.trimmingCharacters(in: .whitespacesAndNewlines)
        if agency.isEmpty { errors.add("agency", "Enter the name of the service or organisation") }
        if agency.count > 150 { errors.add("agency", "Use 150 characters or fewer") }
        if name.isEmpty { errors.add("name", "Enter the name of the person the school works with") }
        if name.count > 100 { errors.add("name", "Use 100 characters or fewer") }
        if role.count > 100 { errors.add("role", "Use 100 characters or fewer") }
        if !email.isEmpty && EmailAddress(email) == nil {
            errors.add("email", "Enter an email address in the right format, like name@example.org")
        }
        if !phone.isEmpty && phone.filter(\.isNumber).count < 6 {
            errors.add("phone", "Enter a phone number with at least 6 digits")
        }
        if email.isEmpty && phone.isEmpty { errors.add("email", "Enter an email address or a phone number") }
        if from.isEmpty { errors.add("consent_from", "Say who agreed that the school may work with this agency") }
        if from.count > 150 { errors.add("consent_from", "Use 150 characters or fewer") }
        var date: Date?
        if consentDate.trimmingCharacters(in: .whitespaces).isEmpty {
            errors.add("consent_date", "Enter the date they agreed")
        } else if let parsed = StudentForm.parseDate(consentDate) {
            if parsed > today {
                errors.add("consent_date", "Enter a date that is today or in the past")
            } else {
                date = parsed
            }
        } else {
            errors.add("consent_date", "Enter the date as day, month and year, like 3/5/2026")
        }
        if notes.count > 500 { errors.add("consent_notes", "Use 500 characters or fewer") }
        guard errors.isEmpty, let date else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                agency: agency, name: name, role: role.isEmpty ? nil : role,
                email: email.isEmpty ? nil : EmailAddress(email)?.value, phone: phone.isEmpty ? nil : phone,
                consentFrom: from, consentDate: date, consentNotes: notes.isEmpty ? nil : notes))
    }
}
