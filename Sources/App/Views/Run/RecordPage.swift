import Foundation
import RoundtableCore
import RoundtableViews

/// What the record page shows again after a change without a reason.
struct AmendState: Sendable {
    var entryID: UUID
    var text: String
    var label: String
    var reason: String
    var errors: FieldErrors
    /// Everything typed, by field name without the entry's suffix.
    var values: [String: String] = [:]
}

/// A meeting's record for staff: what was talked about, decided and agreed, each entry with
/// its label and, once closed, its history of changes.
struct RecordPage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    var items: [AgendaItem]
    var entries: [RecordEntry]
    var history: [UUID: [RecordRevision]]
    var amending: AmendState? = nil
    var notice: SiteRoute.Notice? = nil
    /// Words typed into a capture form after the meeting closed, shown so they are not lost.
    var kept: String? = nil

    var title: String { "Record of the meeting" }
    var area: StaffArea? { .meetings }
    var hasErrors: Bool { !(amending?.errors.isEmpty ?? true) }

    private var meeting: Meeting { context.meeting }
    private var locked: Bool { meeting.lifecycle.recordNeedsReason }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meeting.id!), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            if let amending { ErrorSummary(errors: amending.errors) }
            if let kept {
                El("div", .class("warning-text"), .attr("role", "alert")) {
                    El("strong") { T("The meeting closed before this was saved, so it is not in the record. ") }
                    T("Here is what you wrote. To add it, change the nearest entry below and give the reason.")
                    El("p", .class("prewrap kept-text")) { T(kept.isEmpty ? "(nothing was typed)" : kept) }
                }
            }
            PageHeading(
                text: title,
                caption: "\(meeting.type.label) with \(context.students.map(\.displayName).joined(separator: " and "))")
            El("p", .class("print-only")) {
                T(
                    "Printed \(DateText.dateTime(Date())). This record holds staff-only entries: keep it as you keep other confidential records about a child."
                )
            }
            El("dl", .class("facts")) {
                Fact(key: "Held") { T(meeting.startedAt.map(DateText.dateTime) ?? "Not started") }
                Fact(key: "Now") { T(meeting.state.label) }
                Fact(key: "Took part") { T(tookPart) }
            }
            if meeting.lifecycle.isRunning && context.mayChange {
                El("p") { El("a", .href(.meetingRun(meeting.id!))) { T("Back to running the meeting") } }
            }
            if meeting.lifecycle.allows(.writeSummary) && context.mayChange {
                El("p", .class("button-row")) {
                    El("a", .class("button"), .href(.meetingSummary(meeting.id!))) {
                        T(
                            meeting.lifecycle.awaitsSummary
                                ? "Write and share the summary" : "The summary and what participants said")
                    }
                }
            }
            if locked {
                El("p", .class("hint")) {
                    T("The record is locked. A change needs a reason, and the earlier version stays in its history.")
                }
            }
            for item in items {
                El("section", .class("record-item")) {
                    El("h2", .class("heading-m")) {
                        El("span", .attr("dir", "auto")) { T(item.title) }
                        T(" ")
                        // Once the meeting has closed, "still to come" would be untrue.
                        StatusTag(
                            text: locked && item.runState == .waiting ? "Not reached" : item.runState.label,
                            tone: "grey")
                    }
                    entryList(entries.filter { $0.$agendaItem.id == item.id && $0.kind != .parked })
                }
            }
            let general = entries.filter { $0.$agendaItem.id == nil && $0.kind != .parked }
            if !general.isEmpty {
                El("h2", .class("heading-m")) { T("For the whole meeting") }
                entryList(general)
            }
            let parked = entries.filter { $0.kind == .parked }
            if !parked.isEmpty {
                El("h2", .class("heading-m")) { T("Parked for later") }
                entryList(parked)
            }
            if entries.isEmpty { El("p") { T("Nothing has been recorded yet.") } }
        }
    }

    private var tookPart: String {
        let marked = details.people.filter { $0.participant.presence != nil }
        guard !marked.isEmpty else { return "Not marked" }
        return marked.map { person in
            var words = "\(person.name) (\(person.participant.presence!.label.lowercased())"
            if let language = person.participant.interpreterUsed { words += ", interpreter: \(language)" }
            return words + ")"
        }.joined(separator: "; ")
    }

    private func entryList(_ list: [RecordEntry]) -> Component {
        El("ul", .class("entries")) {
            for entry in list {
                El("li", .class("entry entry--\(entry.effectiveLabel.rawValue)")) {
                    EntryText(entry: entry)
                    if let revisions = history[entry.id!], !revisions.isEmpty {
                        El("details", .class("details")) {
                            El("summary") { T("Changed \(revisions.count == 1 ? "once" : "\(revisions.count) times")") }
                            El("ul", .class("list")) {
                                for revision in revisions {
                                    El("li") {
                                        T(
                                            "\(DateText.dateTime(revision.changedAt)), \(revision.changedBy?.name ?? "someone"): "
                                        )
                                        El("em") { T(revision.reason) }
                                        Leaf("br")
                                        T("Before: \(revision.before)")
                                    }
                                }
                            }
                        }
                    }
                    if locked && context.mayChange { amendForm(entry) }
                }
            }
        }
    }

    static func isoDay(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }

    private func amendForm(_ entry: RecordEntry) -> Component {
        let suffix = "-" + entry.id!.uuidString.prefix(8)
        let current = amending?.entryID == entry.id ? amending : nil
        return El("details", attributes: [.class("details record-amend")] + (current != nil ? [.flag("open")] : [])) {
            El("summary") { T("Change this entry") }
            PostForm(action: .recordEntry(entry.id!, meeting: meeting.id!)) {
                TextArea(
                    name: "text" + suffix, label: "What it says", value: current?.text ?? entry.text,
                    error: current?.errors["text" + suffix])
                if entry.kind == .decision || (entry.kind == .goal && entry.agreement == .imposed) {
                    TextArea(
                        name: "why" + suffix,
                        label: entry.kind == .decision ? "Why" : "Why it was set without agreement",
                        value: current?.values["why"] ?? entry.reason ?? "", error: current?.errors["why" + suffix])
                }
                if entry.kind == .goal {
                    TextField(
                        name: "target" + suffix, label: "Target",
                        value: current?.values["target"] ?? entry.target ?? "",
                        error: current?.errors["target" + suffix])
                }
                if entry.kind == .goal || entry.kind == .action {
                    TextField(
                        name: "owners" + suffix, label: entry.kind == .action ? "Who does it" : "Who works on it",
                        value: current?.values["owners"] ?? entry.owners ?? "",
                        error: current?.errors["owners" + suffix])
                    TextField(
                        name: "date" + suffix, label: entry.kind == .action ? "By when" : "When we look at it again",
                        value: current?.values["date"] ?? entry.date.map(Self.isoDay) ?? "",
                        error: current?.errors["date" + suffix], type: "date", width: "medium")
                }
                if entry.kind.allowedLabels.count > 1 {
                    RadioGroup(
                        name: "label" + suffix, legend: "Who can read it",
                        options: entry.kind.allowedLabels.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: current?.label ?? entry.effectiveLabel.rawValue)
                }
                TextArea(
                    name: "reason" + suffix, label: "Why it is changing",
                    hint: "Everyone who reads the record sees this with the earlier version.",
                    value: current?.reason ?? "", error: current?.errors["reason" + suffix])
                PrimaryButton(text: "Save the change")
            }
        }
    }
}
