import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Recording an agency: the first one at the school, a choice of people the school already
/// works with, and the form re-shown with what was typed and what is wrong.
@Suite(.snapshots(record: snapshotRecording))
struct AddAgencyPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let known = [
        AddAgencyPage.Known(id: AgencyID(id(401)), name: "Nadia Rahman", agency: "Educational psychology service"),
        AddAgencyPage.Known(id: AgencyID(id(402)), name: "Tom Hale", agency: "Young carers' project"),
    ]

    static func page(
        known: [AddAgencyPage.Known], existing: String = "", form: AgencyContactForm = AgencyContactForm(),
        errors: FieldErrors = FieldErrors()
    ) -> AddAgencyPage {
        AddAgencyPage(
            studentID: StudentID(id(201)), studentName: "Noor", studentDisplayName: "Noor Al-Amin", known: known,
            existing: existing, form: form, errors: errors)
    }

    @Test func firstAgencyAtTheSchool() {
        assertSnapshot(of: PageSnapshot.html(Self.page(known: [])), as: .lines)
    }

    @Test func choiceOfPeopleTheSchoolWorksWith() {
        assertSnapshot(of: PageSnapshot.html(Self.page(known: Self.known)), as: .lines)
    }

    @Test func errorsKeepWhatWasTyped() {
        var form = AgencyContactForm()
        form.agency = "Health visitors & school nurses"
        form.name = "Priya Shah"
        form.role = ""
        form.email = "priya@"
        form.phone = ""
        form.consentFrom = "Amira Haddad (mother)"
        form.consentDate = "2026-13-01"
        form.consentNotes = "Share reports, not <meeting notes>"
        var errors = FieldErrors()
        errors.add("email", "Enter an email address like name@example.com")
        errors.add("consent_date", "Enter the date they agreed")
        let page = Self.page(known: Self.known, existing: "", form: form, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func unknownChoiceKeepsTheChoice() {
        var errors = FieldErrors()
        errors.add("existing", "Choose someone from the list")
        let page = Self.page(known: Self.known, existing: Self.id(499).uuidString, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
