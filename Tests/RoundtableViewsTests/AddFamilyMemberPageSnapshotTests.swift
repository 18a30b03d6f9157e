import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Adding someone to a student's family: before a search, with matches, with none, linking
/// someone chosen (one with a restriction), and each form re-shown with its errors.
@Suite(.snapshots(record: snapshotRecording))
struct AddFamilyMemberPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    static func page(
        _ mode: AddFamilyMemberPage.Mode, form: NewFamilyMemberForm = NewFamilyMemberForm(),
        errors: FieldErrors = FieldErrors()
    ) -> AddFamilyMemberPage {
        AddFamilyMemberPage(
            studentID: StudentID(id(201)), studentName: "Noor", studentDisplayName: "Noor Al-Amin", mode: mode,
            form: form, errors: errors)
    }

    @Test func beforeASearch() {
        assertSnapshot(of: PageSnapshot.html(Self.page(.new(search: "", candidates: []))), as: .lines)
    }

    @Test func searchWithMatches() {
        let page = Self.page(
            .new(
                search: "Haddad",
                candidates: [
                    .init(
                        id: FamilyMemberID(Self.id(301)), name: "Amira Haddad",
                        children: ["mother of Sami Haddad (Year 9)"]),
                    .init(
                        id: FamilyMemberID(Self.id(302)), name: "Yusuf Haddad",
                        children: ["father of Lina Haddad (Year 3)", "father of Sami Haddad (Year 9)"]),
                ]))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func searchWithNoMatch() {
        assertSnapshot(of: PageSnapshot.html(Self.page(.new(search: "Zed <b>", candidates: []))), as: .lines)
    }

    @Test func newPersonWithErrorsKeepsWhatWasTyped() {
        var form = NewFamilyMemberForm()
        form.givenName = "Amira"
        form.familyName = ""
        form.link.relationship = FamilyRelationship.aunt.rawValue
        form.link.parentalResponsibility = "no"
        form.contact.email = "amira@"
        form.contact.preferredLanguage = "fr"
        form.contact.needsInterpreter = "no"
        form.contact.preferredContact = ContactChannel.email.rawValue
        form.contact.accessibilityNeeds = "Large print"
        form.contact.restriction = "Only by letter"
        var errors = FieldErrors()
        errors.add("family_name", "Enter their last name")
        errors.add("lives_with", "Say whether Noor lives with them")
        errors.add("email", "Enter an email address like name@example.com")
        let page = Self.page(.new(search: "", candidates: []), form: form, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func linkSomeoneWithARestrictionAfterAnError() {
        var form = NewFamilyMemberForm()
        form.link.relationship = FamilyRelationship.father.rawValue
        var errors = FieldErrors()
        errors.add("parental_responsibility", "Say whether they have parental responsibility")
        let page = Self.page(
            .existing(.init(id: FamilyMemberID(Self.id(302)), name: "Yusuf Haddad", restriction: "Court order")),
            form: form, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
