import Foundation
import Testing

@testable import RoundtableCore

@Suite("Closing asks what happens to everything not finished")
struct LooseEndsTests {
    static let item = LooseEnds.Item(id: UUID(), source: .agendaItem, title: "Homework club")
    static let parked = LooseEnds.Item(id: UUID(), source: .parked, title: "Transport after the house move")
    static let action = LooseEnds.Item(id: UUID(), source: .carried, title: "Ask about the bus pass")

    @Test("Every item needs an answer, and nothing is decided while one is missing")
    func everyItemAnswered() throws {
        let result = LooseEnds.check(
            [Self.item, Self.parked], fields: [Self.item.choiceField: "next_meeting"])
        guard case .failure(let box) = result else {
            Issue.record("a missing answer was accepted")
            return
        }
        #expect(box.errors[Self.parked.choiceField]?.contains("Transport after the house move") == true)
        #expect(box.errors[Self.item.choiceField] == nil)
    }

    @Test("Dropping one needs a reason; the reason is kept, cleaned")
    func droppedNeedsReason() throws {
        let missing = LooseEnds.check([Self.action], fields: [Self.action.choiceField: "dropped"])
        guard case .failure(let box) = missing else {
            Issue.record("dropped without a reason was accepted")
            return
        }
        #expect(box.errors[Self.action.reasonField] != nil)

        let given = try LooseEnds.check(
            [Self.action],
            fields: [Self.action.choiceField: "dropped", Self.action.reasonField: "  The family moved\u{0}  "]
        ).get()
        #expect(given == [LooseEnds.Decided(item: Self.action, outcome: .dropped, reason: "The family moved")])
    }

    @Test("A reason given with another answer is not kept")
    func reasonOnlyWhenDropped() throws {
        let decided = try LooseEnds.check(
            [Self.item, Self.parked],
            fields: [
                Self.item.choiceField: "done", Self.item.reasonField: "typed then changed their mind",
                Self.parked.choiceField: "next_meeting",
            ]
        ).get()
        #expect(decided.map(\.outcome) == [.done, .nextMeeting])
        #expect(decided.allSatisfy { $0.reason == nil })
    }

    @Test("An answer that is not one of the three is refused")
    func unknownAnswer() {
        guard case .failure = LooseEnds.check([Self.item], fields: [Self.item.choiceField: "forget"]) else {
            Issue.record("an unknown answer was accepted")
            return
        }
    }

    @Test("Nothing left open needs no answers")
    func nothingOpen() throws {
        #expect(try LooseEnds.check([], fields: [:]).get().isEmpty)
    }

    @Test("Done settles a carried goal as achieved and an action as done; dropped stops it; sent on, nothing changes")
    func outcomesSettle() {
        #expect(LooseEnds.Outcome.done.goalStatus == .achieved && LooseEnds.Outcome.done.actionStatus == .done)
        #expect(
            LooseEnds.Outcome.dropped.goalStatus == .stopped
                && LooseEnds.Outcome.dropped.actionStatus == .noLongerNeeded)
        #expect(LooseEnds.Outcome.nextMeeting.goalStatus == nil && LooseEnds.Outcome.nextMeeting.actionStatus == nil)
    }
}
