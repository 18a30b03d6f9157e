import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// The planner's forms: the plan, the agenda shown again with a problem, who is coming.
@Suite(.snapshots(record: snapshotRecording))
struct MeetingPlanPagesSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let meetingID = MeetingID(uuid(1))
    static let students = ["Zoë Ångström"]

    @Test func planDraft() {
        var form = MeetingPlanForm()
        form.purpose = "To hear how lunchtimes are going for Zoë and agree together what would help."
        form.requestedBy = RequestedBy.allCases[0].rawValue
        form.urgency = Urgency.routine.rawValue
        form.format = MeetingFormat.inPerson.rawValue
        form.lengthMinutes = "45"
        form.groundRules = "Everyone gets a turn to speak\nWe end on time"
        let page = MeetingPlanPage(
            meetingID: Self.meetingID, type: .wellbeingCheckIn, studentNames: Self.students, form: form)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func planWithProblems() {
        var form = MeetingPlanForm()
        form.format = MeetingFormat.video.rawValue
        form.date = "2026-12-10"
        form.startTime = "25:00"
        var errors = FieldErrors()
        errors.add("purpose", "Say why you are meeting")
        errors.add("start_time", "Enter a time like 15:30")
        errors.add("video_link", "Add the link for the video call")
        let page = MeetingPlanPage(
            meetingID: Self.meetingID, type: .behaviourConcern, studentNames: ["Zoë Ångström", "Sami Reid"], form: form,
            errors: errors)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func agendaItemWithAProblem() {
        var errors = FieldErrors()
        errors.add("minutes", "Enter the minutes as a number")
        let page = MeetingAgendaPage(
            type: .wellbeingCheckIn, studentNames: Self.students,
            agenda: MeetingAgendaSection(
                meetingID: Self.meetingID, lengthMinutes: 45,
                items: [
                    .init(id: AgendaItemID(Self.uuid(11)), title: "Welcome", minutes: 10, proposedBy: "School"),
                    .init(
                        id: AgendaItemID(Self.uuid(12)), title: "Lunchtimes", minutes: 20, proposedBy: "Amira Haddad",
                        addedAfterShare: true, notes: "Start with Zoë's words"),
                ], mayChange: true, form: AgendaItemForm(title: "Homework", minutes: "ten", notes: ""), errors: errors))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func whoIsComing() {
        let page = MeetingParticipantsPage(
            meetingID: Self.meetingID, studentNames: Self.students,
            options: [
                .init(
                    key: "student:\(Self.uuid(21))", kind: .student, name: "Zoë Ångström", role: "Student",
                    invited: true),
                .init(
                    key: "family:\(Self.uuid(22))", kind: .family, name: "Amira Haddad", role: "Mother", invited: true),
                .init(
                    key: "family:\(Self.uuid(23))", kind: .family, name: "Omar Haddad", role: "Grandparent",
                    invited: false),
                .init(
                    key: "agency:\(Self.uuid(24))", kind: .agency, name: "Nadia Rahman, Educational psychology service",
                    role: "Educational psychologist", invited: false),
                .init(
                    key: "staff:\(Self.uuid(25))", kind: .staff, name: "Ms Amina Patel", role: "Head of year",
                    invited: true,
                    staffID: StaffID(Self.uuid(25))),
                .init(
                    key: "staff:\(Self.uuid(26))", kind: .staff, name: "Mr Tom Hale", role: "Form tutor",
                    invited: false,
                    staffID: StaffID(Self.uuid(26))),
            ], restricted: ["Karim Haddad"], leadID: StaffID(Self.uuid(25)))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}
