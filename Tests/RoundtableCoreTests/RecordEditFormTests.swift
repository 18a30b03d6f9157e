import Foundation
import Testing

@testable import RoundtableCore

@Suite("Changing an entry in the record")
struct RecordEditFormTests {
    static func errors<T>(_ result: Result<T, FieldErrorsBox>) -> FieldErrors {
        if case .failure(let box) = result { return box.errors }
        return FieldErrors()
    }

    static func text(_ count: Int) -> String { String(repeating: "a", count: count) }

    /// What capture says about an entry's main text of this length, if anything.
    static func captureSays(_ kind: RecordEntryKind, _ text: String) -> String? {
        switch kind {
        case .note: return errors(NoteForm(text: text).check())["text"]
        case .decision: return errors(DecisionForm(what: text).check())["what"]
        case .goal:
            var goal = GoalForm()
            goal.what = text
            return errors(goal.check(today: Date()))["what"]
        case .action: return errors(ActionForm(what: text).check(today: Date()))["what"]
        case .parked, .reflection: return nil
        }
    }

    static func editSays(_ kind: RecordEntryKind, _ text: String) -> String? {
        errors(RecordEditForm(kind: kind, text: text).check(current: .init(text: "Before")))["text"]
    }

    @Test(
        "Capture and edit refuse the same length of text, kind by kind",
        arguments: [
            RecordEntryKind.note, .decision, .goal, .action,
        ])
    func sharedLimit(_ kind: RecordEntryKind) {
        let limit = RecordLimit.text(of: kind)
        #expect(Self.captureSays(kind, Self.text(limit)) == nil)
        #expect(Self.editSays(kind, Self.text(limit)) == nil)
        #expect(Self.captureSays(kind, Self.text(limit + 1)) == "Use \(limit) characters or fewer")
        #expect(Self.editSays(kind, Self.text(limit + 1)) == "Use \(limit) characters or fewer")
    }

    @Test("Text over the limit is refused, never cut, and every limited part says which")
    func refused() {
        let form = RecordEditForm(
            kind: .goal, text: Self.text(1001), why: Self.text(1001), target: Self.text(501), owners: Self.text(301))
        let errors = Self.errors(form.check(current: .init(text: "Calmer lunchtimes")))
        #expect(errors["text"] == "Use 1000 characters or fewer")
        #expect(errors["why"] == "Use 1000 characters or fewer")
        #expect(errors["target"] == "Use 500 characters or fewer")
        #expect(errors["owners"] == "Use 300 characters or fewer")
        #expect(
            Self.errors(RecordEditForm(kind: .decision, why: Self.text(2001)).check(current: .init(text: "x")))["why"]
                != nil)
        #expect(
            Self.errors(RecordEditForm(kind: .action, owners: Self.text(201)).check(current: .init(text: "x")))[
                "owners"] != nil)
    }

    @Test("An entry already longer than the limit keeps its words when only its label changes")
    func longEntryKept() throws {
        let long = "First line\n" + Self.text(4500)
        // Browsers send a textarea's line breaks back as CRLF.
        let form = RecordEditForm(
            kind: .decision, text: long.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n", label: "shared",
            why: "Because", target: "", owners: "")
        let checked = try form.check(current: .init(text: long, reason: "Because")).get()
        #expect(checked.text == nil && checked.why == nil)
        #expect(checked.label == .shared)
        #expect(checked.target == nil && checked.owners == nil)
    }

    @Test("Changed parts come back cleaned as capture cleans them; a blank text keeps the old one")
    func changes() throws {
        let checked = try RecordEditForm(
            kind: .goal, text: "  Calm lunches\r\nevery day  ", label: "nonsense", why: "  ", target: " 4 a week ",
            owners: "Zoë \n and Ms Staff", date: "2031-04-01"
        ).check(current: .init(text: "Calm lunches", reason: "Set by the head", target: nil, owners: "Zoë")).get()
        #expect(checked.text == "Calm lunches\nevery day")
        #expect(checked.label == nil)
        #expect(checked.why == .some(nil))
        #expect(checked.target == .some("4 a week"))
        #expect(checked.owners == .some("Zoë and Ms Staff"))
        #expect(checked.date == .some(StudentForm.parseDate("2031-04-01")))
        #expect(try RecordEditForm(kind: .note, text: "  ").check(current: .init(text: "Kept")).get().text == nil)
        #expect(
            Self.errors(RecordEditForm(kind: .action, date: "soon").check(current: .init(text: "x")))["date"] != nil)
    }

    @Test("Parts a kind does not have, and labels it may not carry, are left as they are")
    func onlyTheKindsOwnParts() throws {
        let note = try RecordEditForm(
            kind: .note, label: "private", why: "because", target: "4", owners: "Ms Staff", date: "soon"
        ).check(current: .init(text: "x")).get()
        #expect(note == RecordEditForm.Checked())
        let reflection = try RecordEditForm(kind: .reflection, label: "shared").check(current: .init(text: "x")).get()
        #expect(reflection.label == nil)
        let decision = try RecordEditForm(kind: .decision, label: "staff_only", target: "4", owners: "Ms Staff")
            .check(current: .init(text: "x")).get()
        #expect(decision.label == .staffOnly && decision.target == nil && decision.owners == nil)
    }
}
