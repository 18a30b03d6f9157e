import Foundation
import RoundtableCore
import RoundtableViews
import SnapshotTesting
import Testing

@Suite(.snapshots(record: snapshotRecording))
struct MeetingPageSnapshotTests {
    static func uuid(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let meetingID = MeetingID(uuid(1))
    static let hour: TimeInterval = 3_600

    static let zoe = MeetingPage.Person(
        id: ParticipantID(uuid(11)), kind: .student, name: "Zoë Ångström", role: "Student", pageVersion: .child,
        voice: .init(worries: "Lunchtimes are loud", hopes: "A quiet place to eat", face: 2), voiceIsNew: true)
    static let mother = MeetingPage.Person(
        id: ParticipantID(uuid(12)), kind: .family, name: "Amira Haddad", role: "Mother",
        interpreterLanguage: "Arabic", accessNeeds: "Step-free access",
        reply: .init(
            attendance: .coming, updatedAt: PageSnapshot.now.addingTimeInterval(-2 * Self.hour), isNew: true,
            interpreterLanguage: "Arabic", preferredMode: "In person", note: "I would like to bring my sister",
            contribution: "I will say what works at home"))
    static let father = MeetingPage.Person(
        id: ParticipantID(uuid(13)), kind: .family, name: "Karim Haddad", role: "Father", isContactRestricted: true)
    static let tutor = MeetingPage.Person(
        id: ParticipantID(uuid(14)), kind: .staff, name: "Ms Amina Patel", role: "Head of year")

    static func agenda(mayChange: Bool, minutes: [Int] = [10, 20, 15]) -> MeetingAgendaSection {
        MeetingAgendaSection(
            meetingID: meetingID, lengthMinutes: 45,
            items: minutes.enumerated().map { index, minutes in
                .init(
                    id: AgendaItemID(uuid(100 + index)), title: ["Welcome", "What is going well", "Lunchtimes"][index],
                    minutes: minutes, proposedBy: index == 2 ? "Amira Haddad" : "School", addedAfterShare: index == 2,
                    notes: index == 1 ? "Start with Zoë's words" : nil)
            }, mayChange: mayChange)
    }

    static func page(
        state: MeetingState, flags: MeetingPage.Flags, run: MeetingPage.RunLinks, sharing: MeetingPage.Sharing,
        people: [MeetingPage.Person] = [zoe, mother, father, tutor], agenda: MeetingAgendaSection? = nil,
        room: MeetingRoomSection.Room? = nil, lengthAdvice: [String] = [], preparation: MeetingPage.Preparation? = nil,
        notice: SiteRoute.Notice? = nil
    ) -> MeetingPage {
        MeetingPage(
            id: meetingID, type: .wellbeingCheckIn, state: state, studentNames: ["Zoë Ångström"], notice: notice,
            purpose: "To hear how Zoë is finding lunchtimes and agree what would help.",
            startsAt: PageSnapshot.now.addingTimeInterval(3 * 24 * Self.hour), lengthMinutes: 45, format: .inPerson,
            requestedBy: .school, urgency: .routine, leadName: "Ms Amina Patel",
            groundRules: ["One person speaks at a time", "We look for what helps Zoë"],
            viewsPlan: "Zoë writes her words before the meeting.", flags: flags, run: run, sharing: sharing,
            people: people, restricted: ["Lee Haddad"], agenda: agenda ?? Self.agenda(mayChange: flags.mayPlan),
            room: MeetingRoomSection(meetingID: meetingID, needsRoom: true, room: room, mayChange: flags.mayPlan),
            lengthAdvice: lengthAdvice, preparation: preparation, biasCheck: "I expect the family to be angry."
        )
        .withTasks()
    }

    @Test func draftPlannedByItsLead() {
        let page = Self.page(
            state: .draft, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true, mayOfferSplit: true),
            run: .init(stage: .none), sharing: .init(hasBeenShared: false),
            agenda: Self.agenda(mayChange: true, minutes: [10, 30, 15]),
            room: .init(name: "Library", capacity: 6, table: .round, warnings: ["There is no step-free way in."]),
            lengthAdvice: ["Zoë is 11: 45 minutes is long for her."],
            preparation: .init(
                steps: PreparationStep.allCases, done: [.agendaShared, .leadDecided], isUrgent: false),
            notice: .meetingStarted)
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func sharedWithChangesNotToldYet() {
        let page = Self.page(
            state: .shared, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true),
            run: .init(stage: .mayStart),
            sharing: .init(
                hasBeenShared: true, sharedAt: PageSnapshot.now.addingTimeInterval(-24 * Self.hour),
                changesToldAt: PageSnapshot.now.addingTimeInterval(0.25 * Self.hour)),
            room: .init(name: "Quiet room", capacity: 8, table: .round),
            preparation: .init(steps: PreparationStep.urgent, done: PreparationStep.urgent, isUrgent: true))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// Only the part of the meeting someone comes for moved: the notice goes to them alone.
    @Test func sharedWithAPartMoved() {
        let page = Self.page(
            state: .shared, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true),
            run: .init(stage: .mayStart),
            sharing: .init(
                hasBeenShared: true, sharedAt: PageSnapshot.now.addingTimeInterval(-24 * Self.hour),
                changesToldAt: PageSnapshot.now.addingTimeInterval(0.25 * Self.hour), partMovedFor: ["Sam Okafor"]),
            room: .init(name: "Quiet room", capacity: 8, table: .round),
            preparation: .init(steps: PreparationStep.urgent, done: PreparationStep.urgent, isUrgent: true))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// A colleague who takes part but may not change the meeting, and may not read the
    /// family's own words (they are left out before the page is drawn).
    @Test func runningSeenByAColleague() {
        let page = Self.page(
            state: .inProgress, flags: .init(mayChange: false, mayChangePlan: false, mayPlan: false),
            run: .init(stage: .running), sharing: .init(hasBeenShared: true, sharedAt: PageSnapshot.now),
            people: [Self.zoe, Self.tutor])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    @Test func heldWithCorrectionsAsked() {
        let page = Self.page(
            state: .closed, flags: .init(mayChange: true, mayChangePlan: false, mayPlan: false),
            run: .init(
                followUpOf: MeetingID(Self.uuid(2)), stage: .held(mayShareSummary: true), openComments: 2),
            sharing: .init(hasBeenShared: true, sharedAt: PageSnapshot.now))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }

    /// A colleague who took part, after the meeting: the way to their own reflection.
    @Test(arguments: [false, true]) func heldAskedToReflect(written: Bool) {
        let page = Self.page(
            state: .closed, flags: .init(mayChange: false, mayChangePlan: false, mayPlan: false),
            run: .init(stage: .held(mayShareSummary: true), reflectionAfter: written),
            sharing: .init(hasBeenShared: true, sharedAt: PageSnapshot.now))
        assertSnapshot(of: PageSnapshot.html(page), as: .lines, named: written ? "written" : "not-yet")
    }

    /// Each part of planning that has no page elsewhere, on its own page.
    @Test(arguments: [PlanningTaskKind.people, .agenda, .notes, .preparation, .reflection])
    func partOnItsOwnPage(part: PlanningTaskKind) {
        var page = Self.page(
            state: .draft, flags: .init(mayChange: true, mayChangePlan: true, mayPlan: true, mayOfferSplit: true),
            run: .init(stage: .none), sharing: .init(hasBeenShared: false),
            room: .init(name: "Library", capacity: 6, table: .round),
            lengthAdvice: ["Zoë is 11: 45 minutes is long for her."],
            preparation: .init(steps: PreparationStep.urgent, done: [PreparationStep.urgent[0]], isUrgent: true))
        page.part = part
        assertSnapshot(of: PageSnapshot.html(page), as: .lines, named: part.rawValue)
    }

    @Test func cancelled() {
        let page = Self.page(
            state: .cancelled, flags: .init(mayChange: true, mayChangePlan: false, mayPlan: true, isCancelled: true),
            run: .init(stage: .none), sharing: .init(hasBeenShared: true, sharedAt: PageSnapshot.now),
            people: [Self.zoe, Self.tutor])
        assertSnapshot(of: PageSnapshot.html(page), as: .lines)
    }
}

extension MeetingPage {
    /// The task list as the read decides it, from what the snapshot's model holds.
    func withTasks(letter: Bool = true) -> MeetingPage {
        var page = self
        page.tasks = PlanningTasks.tasks(
            PlanningFacts(
                lifecycle: MeetingLifecycle(state), hasPurpose: true, hasTime: startsAt != nil,
                needsRoom: room.needsRoom, hasRoom: room.room != nil,
                invitesStudentOrFamily: people.contains { $0.kind != .staff }, peopleCount: people.count,
                notReplied: people.filter { $0.kind == .family && $0.reply == nil && !$0.isContactRestricted }.count,
                agendaItems: agenda.items.count, hasGroundRules: !groundRules.isEmpty, notesWritten: 1,
                hasLetter: letter, letterIsStale: !staleLetter.isEmpty, roomClash: clashes.contains { $0.room != nil },
                roomWarnings: room.room?.warnings.count ?? 0,
                timeClash: clashes.contains { $0.includesYou || !$0.staffNames.isEmpty },
                preparationSteps: preparation?.steps.count ?? 0, preparationDone: preparation?.done.count ?? 0,
                hasReflection: !biasCheck.isEmpty))
        return page
    }
}
