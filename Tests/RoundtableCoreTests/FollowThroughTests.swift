import Foundation
import Testing

@testable import RoundtableCore

@Suite("Following a goal and an action through")
struct FollowThroughTests {
    static let today = Date(timeIntervalSince1970: 1_930_953_600)  // 10 March 2031, midnight UTC

    @Test("Achieved, changed and stopped settle a goal; not started and going on do not")
    func goalSettled() {
        #expect(GoalStatus.allCases.filter(\.isSettled) == [.achieved, .changed, .stopped])
    }

    @Test(
        "A meeting is followed up when every goal and every action is settled, and not when it agreed nothing",
        arguments: [
            ([GoalStatus](), [ActionStatus](), false),
            ([.achieved], [], true),
            ([], [.done, .noLongerNeeded], true),
            ([.achieved, .goingOn], [.done], false),
            ([.stopped], [.open], false),
            ([.changed], [.notDone], true),
        ])
    func settled(goals: [GoalStatus], actions: [ActionStatus], expected: Bool) {
        #expect(FollowThrough.isSettled(goals: goals, actions: actions) == expected)
    }

    @Test(
        "Settling moves a held meeting to followed up; opening one again moves it back where it was",
        arguments: [
            (MeetingState.closed, true, false, MeetingState?.some(.followedUp)),
            (.recordShared, true, true, .followedUp),
            (.followedUp, true, true, nil),
            (.followedUp, false, true, .recordShared),
            (.followedUp, false, false, .closed),
            (.closed, false, false, nil),
            (.shared, true, false, nil),
            (.inProgress, true, false, nil),
        ])
    func state(from: MeetingState, settled: Bool, recordShared: Bool, expected: MeetingState?) {
        #expect(
            FollowThrough.state(of: MeetingLifecycle(from), settled: settled, recordShared: recordShared) == expected)
    }

    @Test("A goal's progress needs something new: a status, a note, a value seen or a review date")
    func goalForm() throws {
        let moved = try GoalProgressForm(status: "going_on").check(current: .notStarted, today: Self.today).get()
        #expect(moved == .init(status: .goingOn, note: nil, observed: nil, nextReview: nil))
        let seen = try GoalProgressForm(status: "going_on", observed: " 14 of 20 days ")
            .check(current: .goingOn, today: Self.today).get()
        #expect(seen.observed == "14 of 20 days")
        let review = try GoalProgressForm(status: "going_on", nextReview: "2031-04-01")
            .check(current: .goingOn, today: Self.today).get()
        #expect(review.nextReview != nil)
        guard case .failure(let same) = GoalProgressForm(status: "going_on").check(current: .goingOn, today: Self.today)
        else {
            Issue.record("saving the same status with nothing to add was accepted")
            return
        }
        #expect(same.errors["status"]?.contains("already marked Going on") == true)
        guard
            case .failure(let past) = GoalProgressForm(status: "going_on", nextReview: "2031-03-01")
                .check(current: .notStarted, today: Self.today)
        else {
            Issue.record("a review date in the past was accepted")
            return
        }
        #expect(past.errors["next_review"] != nil)
        guard
            case .failure(let long) = GoalProgressForm(status: "achieved", note: String(repeating: "a", count: 1001))
                .check(current: .goingOn, today: Self.today)
        else {
            Issue.record("a note over the limit was accepted")
            return
        }
        #expect(long.errors["note"] != nil)
    }

    @Test("An owner goes to a checkbox and back, and nothing else reads as one")
    func personRefForm() {
        let id = UUID()
        for person in [PersonRef.staff(id), .family(id), .student(id), .agency(id)] {
            #expect(PersonRef(formValue: person.formValue) == person)
        }
        #expect(PersonRef(formValue: "family") == nil)
        #expect(PersonRef(formValue: "parent:\(id)") == nil)
        #expect(PersonRef(formValue: "family:not-a-uuid") == nil)
        // From a row with a column per kind: the column the kind names, nil when it is empty.
        let other = UUID()
        #expect(PersonRef(kind: .family, user: other, family: id, student: nil, agency: nil) == .family(id))
        #expect(PersonRef(kind: .student, user: other, family: id, student: nil, agency: nil) == nil)
    }

    @Test("A family member or the student updates only an action they own")
    func mayUpdateAction() {
        let mum = PersonRef.family(UUID())
        let dad = PersonRef.family(UUID())
        let child = PersonRef.student(UUID())
        let teacher = PersonRef.staff(UUID())
        #expect(FollowThroughRule.mayUpdateAction(owners: [mum, teacher], as: mum))
        #expect(!FollowThroughRule.mayUpdateAction(owners: [mum], as: dad))
        #expect(!FollowThroughRule.mayUpdateAction(owners: [teacher], as: child))
        #expect(FollowThroughRule.mayUpdateAction(owners: [child], as: child))
        #expect(!FollowThroughRule.mayUpdateAction(owners: [], as: mum))
        // Staff never say it through a participant's link.
        #expect(!FollowThroughRule.mayUpdateAction(owners: [teacher], as: teacher))
    }

    @Test(
        "A participant adds a note only to a goal they can read",
        arguments: [
            (RecordViewer.familyMember, RecordLabel.shared, true),
            (.student, .shared, true),
            (.familyMember, .staffOnly, false),
            (.restrictedFamilyMember, .shared, false),
            (.agency, .shared, false),
            (.sharedScreen, .shared, false),
            (.lead, .shared, false),
        ])
    func goalNote(viewer: RecordViewer, label: RecordLabel, expected: Bool) {
        #expect(FollowThroughRule.mayAddGoalNote(label: label, as: viewer) == expected)
    }
}

@Suite("A follow-up starts from where things stand")
struct SinceLastTimeTests {
    @Test("The opening lists each goal and action with its status, and fits the agenda's notes")
    func since() throws {
        let carried = [
            FollowUpDraft.Carried(kind: .goal, text: "Calmer lunchtimes", who: "Zoë", status: "Going on"),
            FollowUpDraft.Carried(kind: .action, text: "Ask about a quiet table", who: "Amira", status: "Done"),
        ]
        let agenda = FollowUpDraft.agenda(from: [], carried: carried)
        #expect(agenda.first?.title == FollowUpDraft.sinceTitle)
        #expect(
            agenda.first?.notes
                == "Goal: Calmer lunchtimes, Zoë (Going on)\nAction: Ask about a quiet table, Amira (Done)")
        #expect(FollowUpDraft.agenda(from: []).first?.title == FollowUpDraft.openingTitle)
        let many = (1...40).map {
            FollowUpDraft.Carried(
                kind: .action, text: String(repeating: "x", count: 100) + "\($0)", who: nil, status: "Open")
        }
        let long = FollowUpDraft.sinceLastTime(many)
        #expect(long.minutes == 15)
        #expect(long.notes?.hasSuffix("more: see the last meeting's record.") == true)
        let checked = try AgendaItemForm(title: long.title, minutes: String(long.minutes), notes: long.notes ?? "")
            .check().get()
        #expect(checked.notes == long.notes)
    }
}
