import Foundation
import Testing

@testable import RoundtableCore

@Suite("Capturing notes, decisions, goals and actions")
struct RecordFormTests {
    static let today = StudentForm.parseDate("2026-11-27")!.addingTimeInterval(15 * 3600)

    static func errors<T>(_ result: Result<T, FieldErrorsBox>) -> FieldErrors {
        if case .failure(let box) = result { return box.errors }
        return FieldErrors()
    }

    @Test("A note needs words, keeps its line breaks, and starts staff only")
    func note() throws {
        let checked = try NoteForm(text: "  Zoë reads every night.\nShe likes comics.  ").check().get()
        #expect(checked.text == "Zoë reads every night.\nShe likes comics.")
        #expect(checked.label == .staffOnly)
        #expect(try NoteForm(text: "Shared", label: "shared").check().get().label == .shared)
        #expect(Self.errors(NoteForm(text: "  \n ").check())["text"] == "Write the note")
        #expect(Self.errors(NoteForm(text: String(repeating: "a", count: 4001)).check())["text"] != nil)
        #expect(Self.errors(NoteForm(text: "x", label: "private").check())["label"] == "Choose who can read this")
    }

    @Test("A decision says what and why")
    func decision() throws {
        let errors = Self.errors(DecisionForm().check())
        #expect(errors["what"] == "Enter what was decided")
        #expect(errors["reason"] != nil)
        let checked = try DecisionForm(what: "Zoë joins the lunch club", reason: "She asked to").check().get()
        #expect(checked.label == .staffOnly && checked.reason == "She asked to")
    }

    static var goal: GoalForm {
        var form = GoalForm()
        form.what = "Zoë reads aloud at home three times a week"
        form.measure = "measurable"
        form.target = "Three times a week, ticked on the reading card"
        form.owners = "Zoë and her dad"
        form.reviewDate = "2027-01-15"
        return form
    }

    @Test("A goal is shared by default and says how we will know")
    func goal() throws {
        let checked = try Self.goal.check(today: Self.today).get()
        #expect(checked.agreement == .agreed && checked.imposedBy == nil && checked.label == .shared)
        #expect(checked.reviewDate == StudentForm.parseDate("2027-01-15"))
        var noTarget = Self.goal
        noTarget.target = " "
        #expect(Self.errors(noTarget.check(today: Self.today))["target"] != nil)
        noTarget.measure = "observational"
        #expect(try noTarget.check(today: Self.today).get().target == nil)
    }

    @Test("An imposed goal names who set it and why")
    func imposed() throws {
        var form = Self.goal
        form.agreement = "imposed"
        let errors = Self.errors(form.check(today: Self.today))
        #expect(errors["imposed_by"] == "Enter who set this goal")
        #expect(errors["why_imposed"] != nil)
        form.imposedBy = "The headteacher"
        form.whyImposed = "The exam board needs it"
        let checked = try form.check(today: Self.today).get()
        #expect(checked.imposedBy == "The headteacher" && checked.whyImposed == "The exam board needs it")
        form.agreement = "agreed"
        #expect(try form.check(today: Self.today).get().whyImposed == nil)
    }

    @Test("A review or due date is needed, and cannot be in the past; today is fine")
    func dates() {
        var form = Self.goal
        form.reviewDate = ""
        #expect(Self.errors(form.check(today: Self.today))["review_date"] != nil)
        form.reviewDate = "2026-11-26"
        #expect(Self.errors(form.check(today: Self.today))["review_date"] == "Choose a date from today onwards")
        form.reviewDate = "2026-11-27"
        #expect(Self.errors(form.check(today: Self.today)).isEmpty)
        form.reviewDate = "31/02/2027"
        #expect(Self.errors(form.check(today: Self.today))["review_date"]?.hasPrefix("Enter the date") == true)
        form.owners = ""
        form.agreement = "maybe"
        form.label = "private"
        let errors = Self.errors(form.check(today: Self.today))
        #expect(errors.items.map(\.field) == ["agreement", "owners", "review_date", "label"])
    }

    @Test("An action has someone doing it, ticked from the meeting or named, and a date")
    func action() throws {
        let form = ActionForm(what: "Send the reading card home", ownerName: "  Ms  Okafor ", due: "2026-12-04")
        let checked = try form.check(today: Self.today).get()
        // A typed name alone says who, not which of the meeting's people.
        #expect(checked.ownerKind == nil && checked.ownerName == "Ms Okafor" && checked.label == .shared)
        #expect(checked.ownerPeople.isEmpty)
        let errors = Self.errors(ActionForm(ownerKind: "teacher", due: "2026-01-01").check(today: Self.today))
        #expect(errors.items.map(\.field) == ["what", "owner_name", "due"])
        #expect(errors["owner_name"] == "Choose who will do this, or enter their name")
        let family = ActionForm(what: "Read together", ownerKind: "family", ownerName: "Dad", due: "2026-12-01")
        #expect(try family.check(today: Self.today).get().ownerKind == .family)

        let dad = MeetingPerson(person: .family(UUID()), name: "Tomasz Nowak")
        let teacher = MeetingPerson(person: .staff(UUID()), name: "Ms Okafor")
        var ticked = ActionForm(what: "Read together", due: "2026-12-01")
        ticked.ownerPeople = [dad.person.formValue, teacher.person.formValue, dad.person.formValue]
        let both = try ticked.check(today: Self.today, people: [teacher, dad]).get()
        #expect(both.ownerPeople == [dad.person, teacher.person])
        #expect(both.ownerName == "Tomasz Nowak, Ms Okafor" && both.ownerKind == .family)
        ticked.ownerName = "Grandma Nowak"
        #expect(
            try ticked.check(today: Self.today, people: [teacher, dad]).get().ownerName.hasSuffix(", Grandma Nowak"))
        // Someone from another meeting, or a made-up value, is refused rather than dropped.
        ticked.ownerPeople = [PersonRef.family(UUID()).formValue]
        #expect(
            Self.errors(ticked.check(today: Self.today, people: [teacher, dad]))["owner_name"]
                == "Choose people from this meeting")
        ticked.ownerPeople = ["nobody"]
        #expect(Self.errors(ticked.check(today: Self.today, people: [teacher, dad]))["owner_name"] != nil)
    }

    @Test("A goal's owners are ticked people, a typed name, or both")
    func goalOwners() throws {
        let student = MeetingPerson(person: .student(UUID()), name: "Zoë Nowak")
        var form = Self.goal
        form.owners = ""
        form.ownerPeople = [student.person.formValue]
        let checked = try form.check(today: Self.today, people: [student]).get()
        #expect(checked.owners == "Zoë Nowak" && checked.ownerPeople == [student.person])
        form.ownerPeople = []
        #expect(
            Self.errors(form.check(today: Self.today, people: [student]))["owners"]
                == "Choose who is working on this goal, or enter their name")
    }

    @Test("Attendance records how someone took part and any interpreter")
    func attendance() throws {
        #expect(try AttendanceForm(presence: "by_phone").check().get() == Attendance(presence: .byPhone))
        let interpreted = try AttendanceForm(presence: "present", withInterpreter: true, interpreterLanguage: "Somali")
            .check().get()
        #expect(interpreted.withInterpreter && interpreted.interpreterLanguage == "Somali")
        #expect(
            Self.errors(AttendanceForm(presence: "present", withInterpreter: true).check())["interpreter_language"]
                != nil)
        #expect(Self.errors(AttendanceForm(presence: "late").check())["presence"] != nil)
        #expect(!Presence.absent.tookPart && Presence.byVideo.tookPart)
    }

    @Test("After closing, a change needs a reason; before, it does not")
    func amendments() throws {
        let needs = MeetingState.allCases.filter { MeetingLifecycle($0).recordNeedsReason }
        #expect(needs == [.closed, .recordShared, .followedUp, .cancelled])
        #expect(Self.errors(AmendmentForm(reason: " typo  ").check())["reason"] != nil)
        #expect(
            try AmendmentForm(reason: "Wrong date   for the review").check().get().reason == "Wrong date for the review"
        )
    }
}
