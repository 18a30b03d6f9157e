import Foundation
import RoundtableCore

/// One thing said after the meeting about how an action went.
public struct ActionStatusLine: Sendable, Equatable {
    public var status: ActionStatus
    public var note: String?
    /// Who said it; `nil` when their account is gone.
    public var byName: String?
    public var at: Date

    public init(status: ActionStatus, note: String? = nil, byName: String?, at: Date) {
        self.status = status
        self.note = note
        self.byName = byName
        self.at = at
    }
}

extension RecordEntryID {
    /// The record page has a form per entry (change it, say how it went), so each names its
    /// fields apart (`text-1a2b3c4d`, `status-1a2b3c4d`) and the ids stay unique on the page.
    public var fieldSuffix: String { "-" + rawValue.uuidString.prefix(8) }
}

/// How a goal or an action is going, as typed, with what to change.
public struct FollowThroughDraft: Sendable, Equatable {
    public var entryID: RecordEntryID
    public var status: String
    public var note: String
    /// A goal's: the value seen, and the next review date.
    public var observed: String
    public var nextReview: String
    public var errors: FieldErrors

    public init(
        entryID: RecordEntryID, status: String, note: String, observed: String = "", nextReview: String = "",
        errors: FieldErrors
    ) {
        self.entryID = entryID
        self.status = status
        self.note = note
        self.observed = observed
        self.nextReview = nextReview
        self.errors = errors
    }
}

extension RecordPage {
    /// Where an action stands, what was said about it since the meeting, and (once the meeting
    /// is over, for those who may change it) a short form to say how it went.
    func actionStatusBlock(_ entry: RecordLine) -> Component {
        let lines = actionStatus[entry.id] ?? []
        let current = lines.last?.status ?? .open
        let overdue = ActionStatus.isOverdue(
            status: current, due: entry.date, now: RenderContext.current.now, timeZone: RenderContext.current.timeZone)
        let draft = statusDraft?.entryID == entry.id ? statusDraft : nil
        let suffix = entry.id.fieldSuffix
        return ComponentGroup {
            El("p", .class("action-status")) {
                T("How it went: ")
                StatusTag(
                    text: overdue ? "Overdue" : current.label,
                    tone: overdue ? "red" : current == .done ? "green" : current == .open ? "blue" : "grey")
            }
            if !lines.isEmpty {
                El("ul", .class("list")) {
                    for line in lines {
                        El("li") {
                            T("\(DateText.dateTime(line.at)), \(line.byName ?? "someone"): \(line.status.label)")
                            if let note = line.note {
                                T(". ")
                                El("span", .class("prewrap"), .attr("dir", "auto")) { T(note) }
                            }
                        }
                    }
                }
            }
            if flags.mayFollowThrough {
                El("details", attributes: [.class("details")] + (draft != nil ? [.flag("open")] : [])) {
                    El("summary") { T("Say how it went") }
                    PostForm(action: .meeting(meetingID, .actionStatus(entry.id))) {
                        RadioGroup(
                            name: "status" + suffix, legend: "How did it go?",
                            options: ActionStatus.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                            selected: draft?.status ?? current.rawValue, error: draft?.errors["status" + suffix])
                        TextArea(
                            name: "note" + suffix, label: "A note (optional)",
                            hint: "Staff who can read this action read the note too.", value: draft?.note ?? "",
                            error: draft?.errors["note" + suffix])
                        PrimaryButton(text: "Save")
                    }
                }
            }
        }
    }
}
