import Foundation
import RoundtableCore

/// Changing one agenda item: what it is about, its minutes, its notes, and its place.
public struct AgendaItemPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    public var itemID: AgendaItemID
    public var type: MeetingType
    public var studentNames: [String]
    /// Who put it on the agenda, in words.
    public var proposedBy: String
    /// A participant's own item: their words stay as they wrote them; only the minutes and
    /// the place change (`AgendaItemEditForm.mayChangeWords`).
    public var wordsLocked: Bool
    /// The other items in their order, for "after …".
    public var otherTitles: [String]
    public var form: AgendaItemEditForm
    public var errors: FieldErrors

    public init(
        meetingID: MeetingID, itemID: AgendaItemID, type: MeetingType, studentNames: [String], proposedBy: String,
        wordsLocked: Bool, otherTitles: [String], form: AgendaItemEditForm, errors: FieldErrors = FieldErrors()
    ) {
        self.meetingID = meetingID
        self.itemID = itemID
        self.type = type
        self.studentNames = studentNames
        self.proposedBy = proposedBy
        self.wordsLocked = wordsLocked
        self.otherTitles = otherTitles
        self.form = form
        self.errors = errors
    }

    public var title: String { "Change an agenda item" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .meetings }

    /// "1: first", "2: after “Strengths”", … one place for each item, this one included.
    var places: [(value: String, label: String)] {
        [("1", otherTitles.isEmpty ? "1: the only item" : "1: first")]
            + otherTitles.enumerated().map { index, title in
                (String(index + 2), "\(index + 2): after “\(title)”")
            }
    }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: "\(type.label): \(studentNames.joined(separator: ", "))")
            PostForm(action: .meeting(meetingID, .agendaItemEdit(itemID))) {
                if wordsLocked {
                    El("dl", .class("summary-list")) {
                        SummaryRow(key: "What it is about") { T(form.item.title) }
                        if !form.item.notes.isEmpty {
                            SummaryRow(key: "Notes") { El("span", .class("prewrap")) { T(form.item.notes) } }
                        }
                        SummaryRow(key: "Proposed by") { T(proposedBy) }
                    }
                    El("p", .class("hint")) {
                        T(
                            "\(proposedBy) added this item, so it keeps their words. You can change its minutes and its place."
                        )
                    }
                } else {
                    TextField(name: "title", label: "What it is about", value: form.item.title, error: errors["title"])
                }
                TextField(
                    name: "minutes", label: "Minutes", value: form.item.minutes, error: errors["minutes"],
                    autocomplete: "off", width: "short", inputMode: "numeric")
                if !wordsLocked {
                    TextArea(name: "notes", label: "Notes (optional)", value: form.item.notes, error: errors["notes"])
                }
                SelectField(
                    name: "position", label: "Place on the agenda", options: places, selected: form.position,
                    error: errors["position"])
                PrimaryButton(text: "Save this item")
            }
        }
    }
}
