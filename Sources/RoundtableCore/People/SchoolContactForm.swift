import Foundation

/// How a family reaches the school, as a leader types it on the school's settings: the address
/// (a few lines) and a phone number, both optional, shown on every family's page.
public struct SchoolContactForm: Sendable, Equatable {
    public var address = ""
    public var phone = ""

    public init(address: String = "", phone: String = "") {
        self.address = address
        self.phone = phone
    }

    public struct Checked: Sendable, Equatable {
        public var address: String?
        public var phone: String?
    }

    /// The tidied values, or what is wrong with each field.
    public func check() -> Result<Checked, FieldErrorsBox> {
        var errors = FieldErrors()
        // Lines kept (an address is several), each tidied; blank lines dropped.
        let lines = address.split(whereSeparator: \.isNewline).map { SingleLine.clean(String($0)) }
            .filter { !$0.isEmpty }
        let tidied = lines.joined(separator: "\n")
        if lines.count > 6 || tidied.count > 300 {
            errors.add("address", "Use 6 lines and 300 characters or fewer")
        }
        let number = SingleLine.clean(phone)
        let allowed = CharacterSet(charactersIn: "0123456789 +()-.")
        if number.count > 30 {
            errors.add("phone", "Use 30 characters or fewer")
        } else if !number.unicodeScalars.allSatisfy(allowed.contains)
            || (!number.isEmpty && number.filter(\.isNumber).count < 5)
        {
            errors.add("phone", "Enter a phone number with digits, like 020 7946 0000")
        }
        guard errors.isEmpty else { return .failure(FieldErrorsBox(errors)) }
        return .success(
            Checked(address: tidied.isEmpty ? nil : tidied, phone: number.isEmpty ? nil : number))
    }

    /// The number for a `tel:` link: digits, and a leading plus.
    public static func dialable(_ phone: String) -> String {
        let digits = phone.filter(\.isNumber)
        return phone.trimmingCharacters(in: .whitespaces).hasPrefix("+") ? "+" + digits : digits
    }
}
