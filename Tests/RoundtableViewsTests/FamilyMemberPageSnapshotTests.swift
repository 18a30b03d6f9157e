import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// A family member's page: a leader's full view, a form tutor's (no restriction field, no
/// link section), someone who must not be contacted, a re-shown form, and the page that
/// asks before taking someone out of the family.
@Suite(.snapshots(record: snapshotRecording))
struct FamilyMemberPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let studentID = StudentID(id(201))
    static let memberID = FamilyMemberID(id(301))

    static var stored: FamilyContactForm {
        var form = FamilyContactForm()
        form.email = "amira.haddad@example.com"
        form.phone = "07700 900123"
        form.preferredLanguage = "ar"
        form.needsInterpreter = "yes"
        form.interpreterLanguage = "ar"
        form.preferredContact = ContactChannel.text.rawValue
        form.preferredMeetingMode = MeetingMode.inPerson.rawValue
        form.accessibilityNeeds = "Step-free access"
        return form
    }

    static var link: FamilyLinkForm {
        var form = FamilyLinkForm()
        form.relationship = FamilyRelationship.mother.rawValue
        form.parentalResponsibility = "yes"
        form.livesWith = "yes"
        return form
    }

    static func page(
        restriction: String? = nil, fromRoster: Bool = false, form: FamilyContactForm = stored, leader: Bool,
        linkForm: FamilyLinkForm = link, errors: FieldErrors = FieldErrors()
    ) -> FamilyMemberPage {
        FamilyMemberPage(
            studentID: studentID, studentName: "Noor", studentDisplayName: "Noor Al-Amin", memberID: memberID,
            memberGivenName: "Amira", memberName: "Amira Haddad", relationship: .mother, restriction: restriction,
            fromRoster: fromRoster, form: form, mayChangeRestriction: leader, mayManage: leader, linkForm: linkForm,
            errors: errors)
    }

    @Test func leaderSeesEverything() {
        assertSnapshot(of: PageSnapshot.html(Self.page(fromRoster: true, leader: true)), as: .lines)
    }

    @Test func formTutorChangesContactDetailsOnly() {
        assertSnapshot(of: PageSnapshot.html(Self.page(leader: false)), as: .lines)
    }

    @Test func restrictedForAFormTutor() {
        let page = Self.page(restriction: "Court order: no contact", form: FamilyContactForm(), leader: false)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func contactErrorsKeepWhatWasTyped() {
        var form = Self.stored
        form.email = "amira at example"
        form.needsInterpreter = "yes"
        form.interpreterLanguage = ""
        form.restriction = "Court order <no contact> & no letters"
        var errors = FieldErrors()
        errors.add("email", "Enter an email address like name@example.com")
        errors.add("interpreter_language", "Choose the interpreter's language")
        let page = Self.page(form: form, leader: true, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func linkErrorsKeepWhatWasChosen() {
        var link = FamilyLinkForm()
        link.relationship = ""
        link.parentalResponsibility = "no"
        var errors = FieldErrors()
        errors.add("relationship", "Choose how they are related")
        errors.add("lives_with", "Say whether Noor lives with them")
        let page = Self.page(leader: true, linkForm: link, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func askBeforeTakingSomeoneOut() {
        let page = RemoveFamilyMemberPage(
            studentID: Self.studentID, studentName: "Noor", studentDisplayName: "Noor Al-Amin",
            memberID: Self.memberID, memberName: "Amira Haddad")
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
