import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

/// Fixed view models for the meeting-running pages: a meeting about Maya Hughes, with her
/// mother, a head of year and an agenda of three items.
enum RunFixture {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "%08d-0000-0000-0000-000000000000", n))! }
    static let meetingID = MeetingID(uuid(1))
    static let startedAt = PageSnapshot.now.addingTimeInterval(-12 * 60)
    static let startsAt = PageSnapshot.now.addingTimeInterval(-15 * 60)

    static let people = [
        RunPerson(
            id: ParticipantID(uuid(11)), kind: .student, name: "Maya Hughes", role: "Student",
            person: .student(uuid(31)),
            voice: .init(goingWell: "Art club", worries: "Lunchtimes are loud", face: 2)),
        RunPerson(
            id: ParticipantID(uuid(12)), kind: .family, name: "Sara Hughes", role: "Mother",
            person: .family(uuid(32)), presence: .present,
            interpreterUsed: "Welsh",
            voice: .init(hopes: "Maya feels safe at lunch", knowBeforehand: "She sleeps badly on Sundays")),
        RunPerson(
            id: ParticipantID(uuid(13)), kind: .staff, name: "Amina Patel", role: "Head of year",
            person: .staff(uuid(33))),
    ]

    static func items(running: Bool) -> [AgendaLine] {
        [
            AgendaLine(
                id: AgendaItemID(uuid(21)), title: "What is going well", minutes: 10,
                runState: running ? .done : .waiting, startedAt: running ? startedAt : nil),
            AgendaLine(
                id: AgendaItemID(uuid(22)), title: "Lunchtimes", minutes: 15, extraMinutes: running ? 5 : 0,
                proposedBy: "Sara Hughes", runState: running ? .current : .waiting,
                startedAt: running ? startedAt.addingTimeInterval(8 * 60) : nil),
            AgendaLine(id: AgendaItemID(uuid(23)), title: "Next steps", minutes: 10),
        ]
    }

    static let entries = [
        RecordLine(
            id: RecordEntryID(uuid(31)), itemID: AgendaItemID(uuid(21)), kind: .note, label: .shared,
            text: "Maya enjoys art club on Tuesdays."),
        RecordLine(
            id: RecordEntryID(uuid(32)), itemID: AgendaItemID(uuid(22)), kind: .decision, label: .shared,
            text: "Maya can eat in the library on Mondays.", reason: "The hall is loudest then."),
        RecordLine(
            id: RecordEntryID(uuid(33)), itemID: AgendaItemID(uuid(22)), kind: .note, label: .staffOnly,
            text: "Mum seemed tired."),
        RecordLine(
            id: RecordEntryID(uuid(34)), kind: .action, label: .shared, text: "Ask about a quiet lunch club",
            owners: "Ms Patel", ownerKind: .staff, date: PageSnapshot.now.addingTimeInterval(7 * 86400)),
        RecordLine(
            id: RecordEntryID(uuid(35)), kind: .goal, label: .shared, text: "Calmer lunchtimes",
            reason: "Lunch is when most incidents happen", agreement: .imposed, imposedBy: "Head of year",
            target: "No lunchtime incidents for 3 weeks", owners: "Maya and Ms Patel",
            date: PageSnapshot.now.addingTimeInterval(21 * 86400)),
        RecordLine(id: RecordEntryID(uuid(36)), kind: .parked, label: .shared, text: "Homework routine"),
    ]
}

@Suite(.snapshots(record: snapshotRecording))
struct FacilitatorPageSnapshotTests {
    static func page(
        _ state: MeetingState, capture: CaptureState = CaptureState(), refusal: String? = nil,
        carried: [CarriedLine] = []
    )
        -> FacilitatorPage
    {
        let running = MeetingLifecycle(state).hasStarted
        let items = RunFixture.items(running: running)
        let entries = running ? RunFixture.entries : []
        return FacilitatorPage(
            meetingID: RunFixture.meetingID, type: .wellbeingCheckIn, state: state, studentNames: ["Maya Hughes"],
            purpose: "To agree how lunchtimes can feel calmer for Maya.", startsAt: RunFixture.startsAt,
            startedAt: running ? RunFixture.startedAt : nil, lengthMinutes: 45,
            groundRules: ["One voice at a time", "Maya's words come first"], flags: .init(MeetingLifecycle(state)),
            people: RunFixture.people, items: items, entries: entries,
            events: running
                ? [
                    .init(at: RunFixture.startedAt.addingTimeInterval(8 * 60), sentence: "Lunchtimes started."),
                    .init(at: RunFixture.startedAt, sentence: "What is going well started."),
                ] : [],
            carried: carried,
            looseEnds: MeetingLifecycle(state).allows(.close)
                ? FacilitatorPage.looseEnds(items: items, entries: entries, carried: carried) : [],
            capture: capture, refusal: refusal)
    }

    /// A goal and two actions carried into a follow-up: one everyone here may read, one from a
    /// meeting with the other parent, one kept among staff.
    static let carried = [
        CarriedLine(
            id: RecordEntryID(RunFixture.uuid(50)), meetingID: MeetingID(RunFixture.uuid(3)),
            heldAt: PageSnapshot.now.addingTimeInterval(-28 * 86400), text: "Calmer lunchtimes most days",
            owners: "Maya, Ms Okafor", status: .goal(.goingOn), due: PageSnapshot.now.addingTimeInterval(7 * 86400),
            showing: .shared),
        CarriedLine(
            id: RecordEntryID(RunFixture.uuid(51)), meetingID: MeetingID(RunFixture.uuid(4)),
            heldAt: PageSnapshot.now.addingTimeInterval(-20 * 86400), text: "Ask about the bus pass",
            owners: "Daniel Hughes (Father)", status: .action(.open),
            due: PageSnapshot.now.addingTimeInterval(-2 * 86400), showing: .staffOnly(.differentPeople)),
        CarriedLine(
            id: RecordEntryID(RunFixture.uuid(52)), meetingID: MeetingID(RunFixture.uuid(3)),
            heldAt: PageSnapshot.now.addingTimeInterval(-28 * 86400), text: "Check in with the school nurse",
            owners: "Ms Okafor", status: .action(.done), due: nil, showing: .staffOnly(.keptAmongStaff)),
    ]

    /// A follow-up running: "Since last time" with one-tap updates, one refused with its note
    /// kept; closing refused because a dropped item has no reason, the answers kept.
    @Test func followUpWithSinceLastTimeAndClosingAnswers() {
        var errors = FieldErrors()
        let bus = LooseEnds.Item(id: RunFixture.uuid(51), source: .carried, title: "Action: Ask about the bus pass")
        errors.add(bus.reasonField, "Say why \u{201C}Action: Ask about the bus pass\u{201D} is dropped")
        var page = Self.page(
            .inProgress, capture: CaptureState(values: [bus.choiceField: "dropped"], errors: errors),
            carried: Self.carried)
        var since = FieldErrors()
        since.add("status" + RecordEntryID(RunFixture.uuid(50)).fieldSuffix, "It is already marked Going on")
        page.sinceDraft = FollowThroughDraft(
            entryID: RecordEntryID(RunFixture.uuid(50)), status: "going_on", note: "Two calm weeks", errors: since)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func sharedAndReadyToStart() {
        assertSnapshot(of: PageSnapshot.html(Self.page(.shared)), as: .lines)
    }

    @Test func runningWithEntriesAndClocks() {
        assertSnapshot(of: PageSnapshot.html(Self.page(.inProgress)), as: .lines)
    }

    /// The people ticked as doing an action stay ticked when the form comes back.
    @Test func actionOwnersKeptAfterAMistake() {
        var errors = FieldErrors()
        errors.add("action_due", "Enter the date this should be done by")
        let capture = CaptureState(
            kind: .action,
            values: [
                "action_what": "Ask the kitchen about a quiet table",
                CaptureState.ownerField(.action, .family(RunFixture.uuid(32))): "on",
            ], errors: errors)
        assertSnapshot(of: PageSnapshot.html(Self.page(.inProgress, capture: capture)), as: .lines)
    }

    @Test func captureMistakeShownAgainUnderTheCurrentItem() {
        var errors = FieldErrors()
        errors.add("decision_reason", "Write why it was decided")
        let capture = CaptureState(
            kind: .decision, values: ["decision_what": "Library on Mondays", "decision_label": "staff_only"],
            errors: errors)
        assertSnapshot(of: PageSnapshot.html(Self.page(.inProgress, capture: capture)), as: .lines)
    }

    @Test func closedWithFollowUp() {
        var page = Self.page(.closed, refusal: "The meeting is not running.")
        page.followUps = [.init(id: MeetingID(RunFixture.uuid(2)), purpose: "Lunchtimes, part two")]
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}

@Suite(.snapshots(record: snapshotRecording))
struct RecordPageSnapshotTests {
    static func page(_ state: MeetingState, mayChange: Bool = true) -> RecordPage {
        RecordPage(
            meetingID: RunFixture.meetingID, type: .wellbeingCheckIn, state: state, studentNames: ["Maya Hughes"],
            startedAt: RunFixture.startedAt, flags: .init(MeetingLifecycle(state), mayChange: mayChange),
            people: RunFixture.people, items: RunFixture.items(running: true), entries: RunFixture.entries)
    }

    @Test func running() {
        assertSnapshot(of: PageSnapshot.html(Self.page(.inProgress)), as: .lines)
    }

    @Test func closedWithHistoryAndAnAmendmentToFix() {
        var page = Self.page(.closed)
        page.history = [
            RecordEntryID(RunFixture.uuid(32)): [
                .init(
                    changedAt: PageSnapshot.now.addingTimeInterval(-3600), changedBy: "Amina Patel",
                    reason: "Mondays and Thursdays were agreed", before: "Decision (Shared): Library on Mondays.")
            ]
        ]
        var errors = FieldErrors()
        errors.add("reason-00000031", "Give the reason for the change")
        page.amending = AmendState(
            entryID: RecordEntryID(RunFixture.uuid(31)), text: "Maya enjoys art club.", label: "shared", reason: "",
            errors: errors)
        page.notice = .recordChanged
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// After the meeting: one action said done with a note, another still open past its due day
    /// (overdue), and a status form sent back without a choice.
    @Test func closedWithActionsFollowedThrough() {
        var page = Self.page(.recordShared)
        let actions = RunFixture.entries.filter { $0.kind == .action }
        if let first = actions.first {
            page.actionStatus = [
                first.id: [
                    .init(
                        status: .done, note: "Sent home on Monday.", byName: "Amina Patel",
                        at: PageSnapshot.now.addingTimeInterval(-7200))
                ]
            ]
            var errors = FieldErrors()
            errors.add("status" + first.id.fieldSuffix, "Choose how the action went")
            page.statusDraft = FollowThroughDraft(entryID: first.id, status: "", note: "Half done", errors: errors)
        }
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// A goal going on, with the value seen and a new review date, said by staff and by the
    /// mother from her link; its review is past, so it is due.
    @Test func closedWithGoalProgress() {
        var page = Self.page(.recordShared)
        // What closing decided for what was not finished, nothing left out.
        page.looseEnds = [
            .init(title: "Next steps", outcome: .nextMeeting),
            .init(title: "Homework routine", outcome: .dropped, reason: "The family has sorted it out at home"),
        ]
        if let goal = RunFixture.entries.first(where: { $0.kind == .goal }) {
            page.goalProgress = [
                goal.id: [
                    .init(
                        status: .goingOn, observed: "3 calm lunches of 5", byName: "Amina Patel",
                        at: PageSnapshot.now.addingTimeInterval(-86400 * 20)),
                    .init(
                        status: .goingOn, note: "She says the quiet table helps.",
                        nextReview: PageSnapshot.now.addingTimeInterval(-86400 * 2), byName: "Sara Hughes",
                        at: PageSnapshot.now.addingTimeInterval(-86400 * 10)),
                ]
            ]
        }
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func nothingRecordedReadByStaffWhoCannotChangeIt() {
        var page = Self.page(.closed, mayChange: false)
        page.entries = []
        page.kept = "Typed after closing"
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}

@Suite(.snapshots(record: snapshotRecording))
struct SharedScreenSnapshotTests {
    static func screen(_ state: MeetingState) -> SharedScreen {
        let lifecycle = MeetingLifecycle(state)
        return SharedScreen(
            meetingID: RunFixture.meetingID, revision: 7, names: "Maya", purpose: "To agree calmer lunchtimes.",
            isRunning: lifecycle.isRunning, isHeld: lifecycle.isHeld,
            items: RunFixture.items(running: lifecycle.hasStarted),
            entries: lifecycle.hasStarted ? RunFixture.entries.filter { $0.effectiveLabel == .shared } : [],
            // Only the line everyone may read reaches the screen; the model drops the others.
            carried: lifecycle.hasStarted ? FacilitatorPageSnapshotTests.carried : [])
    }

    @Test func beforeTheStart() {
        assertSnapshot(of: PageSnapshot.html(SharedScreenPage(screen: Self.screen(.shared)), staff: nil), as: .lines)
    }

    @Test func runningFragment() {
        let html = RenderContext.$current.withValue(PageSnapshot.context()) { Self.screen(.inProgress).render() }
        assertSnapshot(of: html.replacingOccurrences(of: "><", with: ">\n<"), as: .lines)
    }

    @Test func finished() {
        assertSnapshot(of: PageSnapshot.html(SharedScreenPage(screen: Self.screen(.closed)), staff: nil), as: .lines)
    }
}
