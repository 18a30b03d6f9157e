import Testing

@testable import RoundtableCore

@Suite("A family member's contact details")
struct FamilyContactFormTests {
    @Test("Good details are accepted and tidied")
    func accepted() throws {
        var form = FamilyContactForm()
        form.email = "  Amira@Mail.Example "
        form.phone = "07700 900001"
        form.preferredLanguage = "ar"
        form.needsInterpreter = "yes"
        form.interpreterLanguage = "ar"
        form.restriction = "   "
        let checked = try form.check().get()
        #expect(checked.email == "amira@mail.example")
        #expect(checked.needsInterpreter)
        #expect(checked.interpreterLanguage == "ar")
        #expect(checked.restriction == nil)
    }

    @Test("Each problem is explained on its own field")
    func problems() {
        var form = FamilyContactForm()
        form.email = "amira-at-mail"
        form.preferredContact = ContactChannel.text.rawValue
        form.needsInterpreter = "yes"
        form.accessibilityNeeds = String(repeating: "x", count: 501)
        guard case .failure(let box) = form.check() else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors["email"]?.hasPrefix("Enter an email address in the right format") == true)
        #expect(box.errors["phone"] == "Enter a phone number, or choose another way to reach them")
        #expect(box.errors["interpreter_language"] == "Choose the language the interpreter should speak")
        #expect(box.errors["accessibility_needs"] == "Use 500 characters or fewer")
    }

    @Test("Email as the best way to reach someone needs an email address")
    func channelNeedsAddress() {
        var form = FamilyContactForm()
        form.email = ""
        guard case .failure(let box) = form.check() else {
            Issue.record("expected a problem")
            return
        }
        #expect(box.errors["email"] == "Enter an email address, or choose another way to reach them")
    }
}
