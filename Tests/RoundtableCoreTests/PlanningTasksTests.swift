import Foundation
import Testing

@testable import RoundtableCore

@Suite("The meeting page's task list: each part of planning with its state")
struct PlanningTasksTests {
    static let draft = MeetingLifecycle(.draft)
    static let shared = MeetingLifecycle(.shared)

    /// A draft with everything written and chosen, ready to share.
    static let ready = PlanningFacts(
        lifecycle: draft, hasPurpose: true, hasTime: true, needsRoom: true, hasRoom: true,
        invitesStudentOrFamily: true, peopleCount: 3, agendaItems: 4, hasGroundRules: true, notesWritten: 3,
        hasLetter: true, preparationSteps: 5, preparationDone: 5, hasReflection: true)

    static func with(_ base: PlanningFacts = ready, _ change: (inout PlanningFacts) -> Void) -> PlanningFacts {
        var facts = base
        change(&facts)
        return facts
    }

    static func state(_ kind: PlanningTaskKind, _ facts: PlanningFacts) -> PlanningTaskState? {
        PlanningTasks.tasks(facts).first { $0.kind == kind }?.state
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var facts: PlanningFacts
        var kind: PlanningTaskKind
        var expected: PlanningTaskState
        var testDescription: String { name }
    }

    static let table: [Row] = [
        Row(name: "a new draft's plan", facts: PlanningFacts(lifecycle: draft), kind: .plan, expected: .notStarted),
        Row(
            name: "a purpose without a time", facts: PlanningFacts(lifecycle: draft, hasPurpose: true), kind: .plan,
            expected: .inProgress),
        Row(name: "purpose and time", facts: ready, kind: .plan, expected: .completed),
        Row(
            name: "a clash for a member of staff", facts: with { $0.timeClash = true }, kind: .plan,
            expected: .needsAttention),
        Row(name: "nobody invited", facts: PlanningFacts(lifecycle: draft), kind: .people, expected: .notStarted),
        Row(
            name: "only staff invited", facts: PlanningFacts(lifecycle: draft, peopleCount: 1), kind: .people,
            expected: .inProgress),
        Row(name: "the family invited", facts: ready, kind: .people, expected: .completed),
        Row(
            name: "shared, a parent has not replied",
            facts: with {
                $0.lifecycle = shared; $0.notReplied = 1
            }, kind: .people, expected: .needsAttention),
        Row(
            name: "not replied before sharing is not a problem", facts: with { $0.notReplied = 2 }, kind: .people,
            expected: .completed),
        Row(
            name: "after the meeting, no reply is history",
            facts: with {
                $0.lifecycle = MeetingLifecycle(.closed); $0.notReplied = 1
            }, kind: .people, expected: .completed),
        Row(
            name: "a failed email",
            facts: with {
                $0.lifecycle = shared; $0.failedDeliveries = 1
            }, kind: .people, expected: .needsAttention),
        Row(name: "no agenda items", facts: with { $0.agendaItems = 0 }, kind: .agenda, expected: .notStarted),
        Row(name: "agenda items", facts: ready, kind: .agenda, expected: .completed),
        Row(
            name: "an agenda over time", facts: with { $0.agendaOverTime = true }, kind: .agenda,
            expected: .needsAttention),
        Row(name: "no room chosen", facts: with { $0.hasRoom = false }, kind: .place, expected: .notStarted),
        Row(name: "a room chosen", facts: ready, kind: .place, expected: .completed),
        Row(
            name: "a room the space check questions", facts: with { $0.roomWarnings = 1 }, kind: .place,
            expected: .inProgress),
        Row(
            name: "the room booked twice", facts: with { $0.roomClash = true }, kind: .place, expected: .needsAttention),
        Row(
            name: "nothing written",
            facts: with {
                $0.hasGroundRules = false; $0.notesWritten = 0
            }, kind: .notes, expected: .notStarted),
        Row(name: "ground rules only", facts: with { $0.notesWritten = 0 }, kind: .notes, expected: .inProgress),
        Row(name: "ground rules and three notes", facts: ready, kind: .notes, expected: .completed),
        Row(name: "no letter", facts: with { $0.hasLetter = false }, kind: .letter, expected: .notStarted),
        Row(
            name: "a letter the check questions", facts: with { $0.letterFindings = 2 }, kind: .letter,
            expected: .inProgress),
        Row(name: "a letter", facts: ready, kind: .letter, expected: .completed),
        Row(
            name: "a stale letter",
            facts: with {
                $0.lifecycle = shared; $0.letterIsStale = true
            }, kind: .letter, expected: .needsAttention),
        Row(name: "sharing with everything ready", facts: ready, kind: .share, expected: .notStarted),
        Row(name: "sharing before a time", facts: with { $0.hasTime = false }, kind: .share, expected: .cannotStartYet),
        Row(
            name: "sharing before a letter", facts: with { $0.hasLetter = false }, kind: .share,
            expected: .cannotStartYet),
        Row(name: "sharing before a room", facts: with { $0.hasRoom = false }, kind: .share, expected: .cannotStartYet),
        Row(name: "shared", facts: with { $0.lifecycle = shared }, kind: .share, expected: .completed),
        Row(
            name: "sharing a cancelled meeting", facts: with { $0.lifecycle = MeetingLifecycle(.cancelled) },
            kind: .share, expected: .cannotStartYet),
        Row(
            name: "no preparation done", facts: with { $0.preparationDone = 0 }, kind: .preparation,
            expected: .notStarted),
        Row(
            name: "some preparation done", facts: with { $0.preparationDone = 2 }, kind: .preparation,
            expected: .inProgress),
        Row(name: "all preparation done", facts: ready, kind: .preparation, expected: .completed),
        Row(name: "no reflection", facts: with { $0.hasReflection = false }, kind: .reflection, expected: .notStarted),
        Row(name: "a reflection", facts: ready, kind: .reflection, expected: .completed),
    ]

    @Test("Each part's state from the facts", arguments: table)
    func states(row: Row) {
        #expect(Self.state(row.kind, row.facts) == row.expected)
    }

    @Test("The parts come in planning order; a room only when one is needed, preparation only before the meeting")
    func order() {
        #expect(
            PlanningTasks.tasks(Self.ready).map(\.kind) == [
                .plan, .people, .agenda, .place, .notes, .letter, .share, .preparation, .reflection,
            ])
        let video = Self.with {
            $0.needsRoom = false
            $0.preparationSteps = 0
        }
        #expect(
            PlanningTasks.tasks(video).map(\.kind) == [.plan, .people, .agenda, .notes, .letter, .share, .reflection])
    }

    @Test("A part that cannot start yet, or needs attention, says why in words")
    func notes() {
        let share = PlanningTasks.tasks(
            Self.with {
                $0.hasTime = false; $0.hasLetter = false
            }
        ).first { $0.kind == .share }
        #expect(share?.note == "Needs a time and a letter first")
        let people = PlanningTasks.tasks(
            Self.with {
                $0.lifecycle = Self.shared; $0.notReplied = 2
            }
        ).first {
            $0.kind == .people
        }
        #expect(people?.note == "2 people have not replied")
        for state in PlanningTaskState.allCases { #expect(!state.label.isEmpty) }
    }
}
