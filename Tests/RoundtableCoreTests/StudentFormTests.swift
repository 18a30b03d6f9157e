import Foundation
import Testing

@testable import RoundtableCore

@Suite("The forms for a student and the people around them")
struct StudentFormTests {
    static let today = StudentForm.parseDate("2026-11-27")!

    static var good: StudentForm {
        var form = StudentForm()
        form.givenName = "  Zoë  "
        form.familyName = "Ångström"
        form.preferredName = "Zo"
        form.dateOfBirth = "2014-05-03"
        form.yearGroup = "7"
        form.mainLanguage = "sv"
        form.otherLanguage = "en"
        form.specialNeeds = true
        form.whatHelpsMe = "  A quiet corner when it gets loud.  "
        return form
    }

    @Test("Good details are accepted and tidied")
    func accepted() throws {
        let checked = try Self.good.check(today: Self.today).get()
        #expect(checked.givenName == "Zoë")
        #expect(checked.preferredName == "Zo")
        #expect(checked.homeLanguages == ["sv", "en"])
        #expect(checked.whatHelpsMe == "A quiet corner when it gets loud.")
        #expect(StudentForm.inputValue(checked.dateOfBirth) == "2014-05-03")
        #expect(checked.yearGroup == 7)
    }

    @Test("The form group is optional, tidied, and kept short")
    func formGroup() throws {
        #expect(try Self.good.check(today: Self.today).get().formGroup == nil)
        var form = Self.good
        form.formGroup = "  7   Oak "
        #expect(try form.check(today: Self.today).get().formGroup == "7 Oak")
        form.formGroup = String(repeating: "x", count: 21)
        guard case .failure(let box) = form.check(today: Self.today) else {
            Issue.record("a 21-character form group was accepted")
            return
        }
        #expect(box.errors["form_group"] == "Use 20 characters or fewer, like 7A")
    }

    @Test("Dates are read as a date input sends them or as people write them, day first")
    func dates() {
        #expect(StudentForm.inputValue(StudentForm.parseDate("3/5/2014")) == "2014-05-03")
        #expect(StudentForm.inputValue(StudentForm.parseDate("03.05.2014")) == "2014-05-03")
        #expect(StudentForm.parseDate("31/2/2014") == nil)
        #expect(StudentForm.parseDate("2014-13-01") == nil)
        #expect(StudentForm.parseDate("next tuesday") == nil)
    }

    @Test("Each problem is explained on its own field, in the order of the form")
    func problems() {
        var form = Self.good
        form.givenName = " "
        form.dateOfBirth = "2027-01-01"
        form.yearGroup = "Year 7"
        form.mainLanguage = ""
        guard case .failure(let box) = form.check(today: Self.today) else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors.items.map(\.field) == ["given_name", "date_of_birth", "year_group", "main_language"])
        #expect(box.errors["date_of_birth"] == "Enter a date of birth in the past")
        #expect(box.errors["year_group"] == "Enter the year group as a number from 0 to 14")
    }

    @Test("A new family member needs a name, how they are related, and a way to be reached")
    func newFamilyMember() throws {
        var form = NewFamilyMemberForm()
        form.givenName = "Amira"
        form.link.relationship = "mother"
        form.contact.email = "amira@mail.example"
        guard case .failure(let box) = form.check() else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors["family_name"] == "Enter their last name")
        #expect(box.errors["parental_responsibility"] == "Say whether they have parental responsibility")
        #expect(box.errors["lives_with"] == "Say whether the student lives with them")
        form.familyName = "Haddad"
        form.link.parentalResponsibility = "yes"
        form.link.livesWith = "no"
        let checked = try form.check().get()
        #expect(checked.link == .init(relationship: .mother, parentalResponsibility: true, livesWith: false))
        #expect(checked.contact.email == "amira@mail.example")
    }

    @Test("An agency contact is kept only with the consent that allows it")
    func agency() throws {
        var form = AgencyContactForm()
        form.agency = "Children's mental health service"
        form.name = "Dr Ruth Okafor"
        form.consentDate = "2026-12-01"
        guard case .failure(let box) = form.check(today: Self.today) else {
            Issue.record("expected problems")
            return
        }
        #expect(box.errors["email"] == "Enter an email address or a phone number")
        #expect(box.errors["consent_from"] == "Say who agreed that the school may work with this agency")
        #expect(box.errors["consent_date"] == "Enter a date that is today or in the past")
        form.phone = "0161 496 0000"
        form.consentFrom = "Amira Haddad (mother)"
        form.consentDate = "20/11/2026"
        let checked = try form.check(today: Self.today).get()
        #expect(checked.consentFrom == "Amira Haddad (mother)")
        #expect(StudentForm.inputValue(checked.consentDate) == "2026-11-20")
        #expect(checked.email == nil)
    }
}
