import Foundation
import Testing

@testable import RoundtableCore

/// The rules written out as tables, so that changing what a state allows is a visible diff here.
@Suite("What each state of a meeting allows")
struct MeetingLifecycleTests {
    static let actions: [MeetingAction] = [
        .changePlan, .share, .split, .tellChanges, .issueLink, .reply, .cancel, .start, .step, .capture,
        .removeEntry, .close, .planFollowUp, .writeSummary, .shareSummary, .answerSummary, .followThrough,
        .giveFeedback,
    ]

    /// One row per state, one column per action above: x allows it, - refuses it.
    static let allowed: [(MeetingState, String)] = [
        //               plan shr spl tell link rep can sta stp cap rem clo fol wri shs ans thr fb
        (.draft, "        x    x   x   -    -    -   x   -   -   -   -   -   -   -   -   -   -   -"),
        (.shared, "       x    -   -   x    x    x   x   x   -   -   -   -   -   -   -   -   -   -"),
        (.ready, "        x    -   -   x    x    x   x   x   -   -   -   -   -   -   -   -   -   -"),
        (.inProgress, "   -    -   -   -    x    -   -   -   x   x   x   x   x   -   -   -   -   -"),
        (.closed, "       -    -   -   -    x    -   -   -   -   -   -   -   x   x   x   -   x   x"),
        (.recordShared, " -    -   -   -    x    -   -   -   -   -   -   -   x   x   -   x   x   x"),
        (.followedUp, "   -    -   -   -    x    -   -   -   -   -   -   -   x   x   -   x   x   x"),
        (.cancelled, "    -    -   -   -    x    -   -   -   -   -   -   -   -   -   -   -   -   -"),
    ]

    static var predicates: [(String, (MeetingLifecycle) -> Bool)] {
        [
            ("hasBeenShared", \.hasBeenShared), ("hasStarted", \.hasStarted), ("isRunning", \.isRunning),
            ("isHeld", \.isHeld), ("isCancelled", \.isCancelled), ("awaitsSummary", \.awaitsSummary),
            ("recordNeedsReason", \.recordNeedsReason),
        ]
    }

    /// One row per state, one column per predicate above.
    static let named: [(MeetingState, String)] = [
        //               shared started running held cancelled awaits reason
        (.draft, "        -      -       -       -    -         -      -"),
        (.shared, "       x      -       -       -    -         -      -"),
        (.ready, "        x      -       -       -    -         -      -"),
        (.inProgress, "   x      x       x       -    -         -      -"),
        (.closed, "       x      x       -       x    -         x      x"),
        (.recordShared, " x      x       -       x    -         -      x"),
        (.followedUp, "   x      x       -       x    -         -      x"),
        (.cancelled, "    x      -       -       -    x         -      x"),
    ]

    static func marks(_ row: String) -> [Bool] {
        row.split(separator: " ").map { $0 == "x" }
    }

    @Test("The tables name every state and every action, in order")
    func complete() {
        #expect(Self.actions == MeetingAction.allCases)
        #expect(Self.allowed.map(\.0) == MeetingState.allCases)
        #expect(Self.named.map(\.0) == MeetingState.allCases)
        for (state, row) in Self.allowed { #expect(Self.marks(row).count == Self.actions.count, "\(state)") }
        for (state, row) in Self.named { #expect(Self.marks(row).count == Self.predicates.count, "\(state)") }
    }

    @Test("Every state allows exactly the actions its row marks")
    func actionTable() {
        for (state, row) in Self.allowed {
            for (action, expected) in zip(Self.actions, Self.marks(row)) {
                #expect(MeetingLifecycle(state).allows(action) == expected, "\(state) \(action)")
                #expect(MeetingLifecycle.states(allowing: action).contains(state) == expected, "\(state) \(action)")
            }
        }
    }

    @Test("Every state answers the named questions as its row marks")
    func predicateTable() {
        for (state, row) in Self.named {
            for ((name, predicate), expected) in zip(Self.predicates, Self.marks(row)) {
                #expect(predicate(MeetingLifecycle(state)) == expected, "\(state) \(name)")
            }
        }
        #expect(MeetingLifecycle.states(where: \.isHeld) == [.closed, .recordShared, .followedUp])
    }

    @Test("Five actions move the meeting on; the rest leave it where it is, and a refused one goes nowhere")
    func transitions() {
        #expect(MeetingLifecycle.initialState == .draft)
        #expect(MeetingLifecycle(.draft).next(after: .share) == .shared)
        #expect(MeetingLifecycle(.shared).next(after: .start) == .inProgress)
        #expect(MeetingLifecycle(.inProgress).next(after: .close) == .closed)
        #expect(MeetingLifecycle(.closed).next(after: .shareSummary) == .recordShared)
        for state in [MeetingState.draft, .shared, .ready] {
            #expect(MeetingLifecycle(state).next(after: .cancel) == .cancelled)
        }
        #expect(MeetingLifecycle(.closed).next(after: .planFollowUp) == .closed)
        for state in MeetingState.allCases {
            for action in MeetingAction.allCases where !MeetingLifecycle(state).allows(action) {
                #expect(MeetingLifecycle(state).next(after: action) == nil, "\(state) \(action)")
            }
        }
    }
}
