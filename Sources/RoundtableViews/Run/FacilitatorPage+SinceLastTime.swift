import Foundation
import RoundtableCore

extension FacilitatorPage {
    /// "Since last time": the goals and actions this meeting carries in, each with where it
    /// stands and one button per status, so the lead updates them as the family says how
    /// things went. Lines kept among staff say so, and why.
    var sinceLastTime: Component {
        guard !carried.isEmpty else { return EmptyComponent() }
        return El("section", .class("since-last-time"), .attr("aria-labelledby", "since-last-time")) {
            El("h2", .class("heading-m"), .id("since-last-time")) { T(FollowUpDraft.sinceTitle) }
            El("p") {
                T("Goals and actions from earlier meetings about ")
                T(studentNames.joined(separator: " and "))
                T(". One tap saves how each is going; add a note first if you want one.")
            }
            El("ul", .class("carried-list")) {
                for line in carried { carriedItem(line) }
            }
        }
    }

    private func carriedItem(_ line: CarriedLine) -> Component {
        let draft = sinceDraft?.entryID == line.id ? sinceDraft : nil
        let suffix = line.id.fieldSuffix
        let overdue: Bool =
            if case .action(let status) = line.status {
                ActionStatus.isOverdue(
                    status: status, due: line.due, now: RenderContext.current.now,
                    timeZone: RenderContext.current.timeZone)
            } else { false }
        return El("li", .class("carried"), .id("carried" + suffix)) {
            El("p", .class("carried__what")) {
                El("strong") { T(line.kind == .goal ? "Goal: " : "Action: ") }
                El("span", .attr("dir", "auto")) { T(line.text) }
                if let owners = line.owners, !owners.isEmpty { T(" (\(owners))") }
            }
            El("p", .class("carried__state")) {
                StatusTag(text: overdue ? "Overdue" : line.status.label, tone: tone(line.status, overdue: overdue))
                if let due = line.due {
                    T(line.kind == .goal ? " Review by \(DateText.date(due))." : " Due \(DateText.date(due)).")
                }
                if let held = line.heldAt { T(" From the meeting on \(DateText.date(held)).") }
            }
            if case .staffOnly(let reason) = line.showing {
                El("p", .class("carried__label")) {
                    StatusTag(text: "Staff only", tone: "grey")
                    T(
                        reason == .keptAmongStaff
                            ? " It was kept among staff at that meeting."
                            : " The people at that meeting and at this one are not the same, so it is not on the shared screen."
                    )
                }
                if CarriedIn.mayShare(line.showing) && !flags.isHeld {
                    PostForm(action: .meeting(meetingID, .sinceLastTime)) {
                        Leaf("input", .type("hidden"), .name("entry"), .value(line.id.rawValue.uuidString))
                        Leaf("input", .type("hidden"), .name("share"), .value("yes"))
                        SecondaryButton(text: "Share it with this meeting")
                    }
                }
            }
            // Once this meeting is over, its record and the earlier one's are where to say more.
            if !flags.isHeld { oneTap(line, draft: draft) }
        }
    }

    private func oneTap(_ line: CarriedLine, draft: FollowThroughDraft?) -> Component {
        let suffix = line.id.fieldSuffix
        return ComponentGroup {
            PostForm(action: .meeting(meetingID, .sinceLastTime)) {
                Leaf("input", .type("hidden"), .name("entry"), .value(line.id.rawValue.uuidString))
                TextField(
                    name: "note" + suffix, label: "A note (optional)", value: draft?.note ?? "",
                    error: draft?.errors["note" + suffix])
                FieldMessage(field: "status" + suffix, error: draft?.errors["status" + suffix])
                El(
                    "div", .class("button-row"), .id("status" + suffix), .attr("role", "group"),
                    .attr("aria-label", "How it is going")
                ) {
                    // The note alone, where it stands now: a line without a change of status.
                    El(
                        "button", .type("submit"), .name("status"), .value(current(line.status)),
                        .class("button button--secondary")
                    ) { T("Save the note") }
                    for choice in choices(line.status) {
                        El(
                            "button", .type("submit"), .name("status"), .value(choice.value),
                            .class("button button--secondary")
                        ) { T(choice.label) }
                    }
                }
            }
        }
    }

    private func current(_ status: CarriedLine.Status) -> String {
        switch status {
        case .goal(let current): current.rawValue
        case .action(let current): current.rawValue
        }
    }

    private func choices(_ status: CarriedLine.Status) -> [(value: String, label: String)] {
        switch status {
        case .goal(let current):
            GoalStatus.allCases.filter { $0 != current && $0 != .notStarted }.map { ($0.rawValue, $0.label) }
        case .action(let current):
            ActionStatus.allCases.filter { $0 != current }.map { ($0.rawValue, $0 == .open ? "Open again" : $0.label) }
        }
    }

    private func tone(_ status: CarriedLine.Status, overdue: Bool) -> String {
        if overdue { return "red" }
        switch status {
        case .goal(let goal): return goal.tone
        case .action(.done): return "green"
        case .action(.open): return "blue"
        case .action: return "grey"
        }
    }
}
