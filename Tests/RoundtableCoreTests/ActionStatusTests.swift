import Foundation
import Testing

@testable import RoundtableCore

@Suite("How an action went")
struct ActionStatusTests {
    static let london = TimeZone(identifier: "Europe/London")!
    /// Due on 10 March 2031, kept as midnight UTC like every due date.
    static let due = Date(timeIntervalSince1970: 1_930_953_600)

    @Test(
        "An open action is overdue only after its due day has ended where the school is",
        arguments: [
            // (hours after midnight UTC on the due day, status, overdue)
            (12.0, ActionStatus.open, false), (23.5, .open, false), (24.5, .open, true), (24.5, .done, false),
            (24.5, .notDone, false), (24.5, .noLongerNeeded, false), (-1.0, .open, false),
        ])
    func overdue(hours: Double, status: ActionStatus, overdue: Bool) {
        let now = Self.due.addingTimeInterval(hours * 3600)
        #expect(ActionStatus.isOverdue(status: status, due: Self.due, now: now, timeZone: Self.london) == overdue)
    }

    @Test("Without a due date nothing is overdue")
    func noDueDate() {
        #expect(!ActionStatus.isOverdue(status: .open, due: nil, now: Self.due, timeZone: Self.london))
    }

    @Test("Only open is unsettled")
    func settled() {
        #expect(ActionStatus.allCases.filter { !$0.isSettled } == [.open])
    }

    @Test("The form needs a status, keeps an optional note, and refuses a note that is too long without cutting it")
    func form() throws {
        let done = try ActionStatusForm(status: "done", note: "  Sent home on Monday. ").check(current: .open).get()
        #expect(done == .init(status: .done, note: "Sent home on Monday."))
        #expect(try ActionStatusForm(status: "no_longer_needed").check(current: .open).get().note == nil)
        guard case .failure(let missing) = ActionStatusForm(status: "", note: "x").check(current: .open) else {
            Issue.record("a missing status was accepted")
            return
        }
        #expect(missing.errors["status"] == "Choose how the action went")
        guard
            case .failure(let long) = ActionStatusForm(status: "done", note: String(repeating: "a", count: 1001))
                .check(current: .open)
        else {
            Issue.record("an over-long note was accepted")
            return
        }
        #expect(long.errors["note"] != nil)
        // The same status again says nothing, unless it comes with a note.
        guard case .failure(let same) = ActionStatusForm(status: "open").check(current: .open) else {
            Issue.record("saving the same status with nothing to add was accepted")
            return
        }
        #expect(same.errors["status"] == "It is already marked Open. Choose another status, or add a note")
        #expect(try ActionStatusForm(status: "open", note: "Chased by phone.").check(current: .open).get().note != nil)
    }
}
