import Foundation
import RoundtableCore

extension RecordPage {
    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            if let amending { ErrorSummary(errors: amending.errors) }
            if let statusDraft { ErrorSummary(errors: statusDraft.errors) }
            if let kept {
                El("div", .class("warning-text"), .attr("role", "alert")) {
                    El("strong") { T("The meeting closed before this was saved, so it is not in the record. ") }
                    T("Here is what you wrote. To add it, change the nearest entry below and give the reason.")
                    El("p", .class("prewrap kept-text")) { T(kept.isEmpty ? "(nothing was typed)" : kept) }
                }
            }
            PageHeading(
                text: title,
                caption: "\(type.label) with \(studentNames.joined(separator: " and "))")
            El("p", .class("print-only")) {
                T(
                    "Printed \(DateText.dateTime(RenderContext.current.now)). This record holds staff-only entries: keep it as you keep other confidential records about a child."
                )
            }
            El("dl", .class("facts")) {
                Fact(key: "Held") { T(startedAt.map(DateText.dateTime) ?? "Not started") }
                Fact(key: "Now") { T(state.label) }
                Fact(key: "Took part") { T(tookPart) }
            }
            if flags.isRunning && flags.mayChange {
                El("p") { El("a", .href(.meeting(meetingID, .run()))) { T("Back to running the meeting") } }
            }
            if flags.mayWriteSummary && flags.mayChange {
                El("p", .class("button-row")) {
                    El("a", .class("button"), .href(.meeting(meetingID, .summary()))) {
                        T(
                            flags.awaitsSummary
                                ? "Write and share the summary" : "The summary and what participants said")
                    }
                }
            }
            if flags.mayPlanFollowUp {
                PostForm(action: .meeting(meetingID, .followUp)) {
                    El("p") {
                        T("Plan the next meeting: a new draft with the same people, starting from where each goal ")
                        T(
                            "and action stands and what closing sent to the next meeting. Nothing is sent until you share it."
                        )
                    }
                    SecondaryButton(text: "Plan a follow-up")
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
                    entryList(entries.filter { $0.itemID == item.id && $0.kind != .parked })
                }
            }
            let general = entries.filter { $0.itemID == nil && $0.kind != .parked }
            if !general.isEmpty {
                El("h2", .class("heading-m")) { T("For the whole meeting") }
                entryList(general)
            }
            let parked = entries.filter { $0.kind == .parked }
            if !parked.isEmpty {
                El("h2", .class("heading-m")) { T("Parked for later") }
                entryList(parked)
            }
            if !looseEnds.isEmpty {
                El("h2", .class("heading-m"), .id("loose-ends")) { T("What was not finished, and what happens to it") }
                El("ul", .class("list")) {
                    for end in looseEnds {
                        El("li") {
                            El("span", .attr("dir", "auto")) { T(end.title) }
                            T(": " + end.outcome.sentence.lowercased())
                            if let reason = end.reason {
                                T(". Why: ")
                                El("span", .attr("dir", "auto")) { T(reason) }
                            }
                        }
                    }
                }
            }
            if entries.isEmpty { El("p") { T("Nothing has been recorded yet.") } }
            if let feedback {
                feedbackSection(feedback)
            } else if ownReflection != nil {
                reflectionLink
            }
            if !trends.isEmpty { trendSection }
        }
    }

    private var tookPart: String {
        let marked = people.filter { $0.presence != nil }
        guard !marked.isEmpty else { return "Not marked" }
        return marked.map { person in
            var words = "\(person.name) (\(person.presence!.label.lowercased())"
            if let language = person.interpreterUsed { words += ", interpreter: \(language)" }
            return words + ")"
        }.joined(separator: "; ")
    }

    private func entryList(_ list: [RecordLine]) -> Component {
        El("ul", .class("entries")) {
            for entry in list {
                El("li", .class("entry entry--\(entry.effectiveLabel.rawValue)"), .id("entry" + entry.id.fieldSuffix)) {
                    EntryText(entry: entry)
                    // While the meeting runs an action has only just been agreed: no status yet.
                    if entry.kind == .action && locked { actionStatusBlock(entry) }
                    if entry.kind == .goal && locked { goalProgressBlock(entry) }
                    if let revisions = history[entry.id], !revisions.isEmpty {
                        El("details", .class("details")) {
                            El("summary") { T("Changed \(revisions.count == 1 ? "once" : "\(revisions.count) times")") }
                            El("ul", .class("list")) {
                                for revision in revisions {
                                    El("li") {
                                        T(
                                            "\(DateText.dateTime(revision.changedAt)), \(revision.changedBy ?? "someone"): "
                                        )
                                        El("em") { T(revision.reason) }
                                        Leaf("br")
                                        T("Before: \(revision.before)")
                                    }
                                }
                            }
                        }
                    }
                    if locked && flags.mayChange { amendForm(entry) }
                }
            }
        }
    }

    static func isoDay(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day())
    }

    private func amendForm(_ entry: RecordLine) -> Component {
        let suffix = entry.id.fieldSuffix
        let current = amending?.entryID == entry.id ? amending : nil
        return El("details", attributes: [.class("details record-amend")] + (current != nil ? [.flag("open")] : [])) {
            El("summary") { T("Change this entry") }
            PostForm(action: .meeting(meetingID, .recordEntry(entry.id))) {
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
