import Foundation

/// Someone the family brings (an advocate, a friend, a relative who is not on the school's
/// record): a name on the list of who is coming, with how to reach them if the family wants the
/// school to. They get no page or link of their own, so nothing of the meeting reaches them
/// except through the family who brought them.
public struct GuestForm: Sendable, Equatable {
    public var name = ""
    public var relationship = ""
    public var email = ""
    public var phone = ""
    /// The part of the meeting they come for, minutes from the start as typed (`PartWindow`);
    /// both empty: all of it.
    public var from = ""
    public var until = ""

    public init(
        name: String = "", relationship: String = "", email: String = "", phone: String = "", from: String = "",
        until: String = ""
    ) {
        self.name = name
        self.relationship = relationship
        self.email = email
        self.phone = phone
        self.from = from
        self.until = until
    }

    public struct Checked: Sendable, Equatable {
        public var name: String
        public var relationship: String
        public var email: String?
        public var phone: String?
        public var window: PartWindow?

        public init(name: String, relationship: String, email: String?, phone: String?, window: PartWindow? = nil) {
            self.name = name
            self.relationship = relationship
            self.email = email
            self.phone = phone
            self.window = window
        }
    }

    /// `lengthMinutes`: the meeting's, to check a part of it as for a participant.
    public func check(lengthMinutes: Int = 0) -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        let name = Text.clean(self.name)
        if name.isEmpty { errors.add("name", "Enter their name") }
        if name.count > 100 { errors.add("name", "Use 100 characters or fewer") }
        let relationship = Text.clean(self.relationship)
        if relationship.isEmpty {
            errors.add("relationship", "Enter who they are to the family, such as advocate or family friend")
        }
        if relationship.count > 60 { errors.add("relationship", "Use 60 characters or fewer") }
        let emailText = self.email.trimmingCharacters(in: .whitespaces)
        let email = emailText.isEmpty ? nil : EmailAddress(emailText)
        if !emailText.isEmpty && email == nil {
            errors.add("email", "Enter an email address like name@example.com, or leave it empty")
        }
        let phone = Text.clean(self.phone)
        let phoneCharacters = CharacterSet(charactersIn: "0123456789+()- ")
        if phone.count > 30 || !phone.unicodeScalars.allSatisfy(phoneCharacters.contains)
            || (!phone.isEmpty && phone.filter(\.isNumber).count < 6)
        {
            errors.add("phone", "Enter a phone number, such as 07700 900123, or leave it empty")
        }
        var window: PartWindow?
        switch PartWindow.check(from: from, until: until, lengthMinutes: lengthMinutes) {
        case .success(let value): window = value
        case .failure(let box): for item in box.errors.items { errors.add(item.field, item.message) }
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(
                name: name, relationship: relationship, email: email?.value, phone: phone.isEmpty ? nil : phone,
                window: window))
    }
}
