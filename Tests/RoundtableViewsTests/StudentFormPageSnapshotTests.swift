import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Adding a student (one school, or a choice of schools) and changing one, blank, filled and
/// re-shown with what was typed and what is wrong.
@Suite(.snapshots(record: snapshotRecording))
struct StudentFormPageSnapshotTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let schools = [
        NamedSchool(id: SchoolID(id(101)), name: "Larkfield Academy"),
        NamedSchool(id: SchoolID(id(102)), name: "Oakway Primary"),
    ]
    static let student = StudentFormPage.Student(
        id: StudentID(id(201)), displayName: "Noor Al-Amin", fromRoster: true)

    static var typed: StudentForm {
        var form = StudentForm()
        form.givenName = "Nour"
        form.familyName = ""
        form.preferredName = "Noor"
        form.dateOfBirth = "2014-05-03"
        form.yearGroup = "seven"
        form.mainLanguage = "ar"
        form.otherLanguage = "fr"
        form.specialNeeds = true
        form.additionalLanguage = true
        form.whatHelpsMe = "Quiet space <at> break time & a friend nearby"
        return form
    }

    @Test func newAtOneSchool() {
        let page = StudentFormPage(mode: .new(schools: Array(Self.schools.prefix(1)), chosen: Self.schools[0].id))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func newWithErrorsKeepsWhatWasTyped() {
        var errors = FieldErrors()
        errors.add("school", "Choose the student's school")
        errors.add("family_name", "Enter their last name")
        errors.add("year_group", "Enter the year group as a number, like 7")
        let page = StudentFormPage(mode: .new(schools: Self.schools, chosen: nil), form: Self.typed, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func editFromTheRoster() {
        var form = Self.typed
        form.familyName = "Al-Amin"
        form.yearGroup = "7"
        let page = StudentFormPage(mode: .edit(Self.student), form: form)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func editWithErrorsKeepsWhatWasTyped() {
        var errors = FieldErrors()
        errors.add("given_name", "Enter their first name")
        errors.add("what_helps_me", "Use 2000 characters or fewer")
        var form = Self.typed
        form.givenName = ""
        let student = StudentFormPage.Student(id: StudentID(Self.id(202)), displayName: "Sam Reid", fromRoster: false)
        let page = StudentFormPage(mode: .edit(student), form: form, errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
