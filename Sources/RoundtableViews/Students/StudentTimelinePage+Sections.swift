import Foundation
import RoundtableCore

extension StudentTimelinePage {
    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .show()), text: "Back to \(studentName)")
            PageHeading(text: "\(studentName)'s timeline", caption: schoolName)
            El("p", .class("print-only")) {
                T("Printed \(DateText.date(RenderContext.current.now)) from Roundtable, \(schoolName).")
            }
            filterForm
            El("p", .class("result-count"), .attr("role", "status")) {
                T(summaryLine)
                if !filter.kinds.isEmpty {
                    El("span", .class("timeline__clear")) {
                        T(" · ")
                        El("a", .href(.student(studentID, .timeline()))) { T("Show everything") }
                    }
                }
            }
            if events.isEmpty {
                El("p") {
                    T(filter.page > 1 ? "There is nothing older to show." : "Nothing to show here yet.")
                }
            } else {
                El("ol", .class("timeline")) {
                    for event in events { TimelineLine(event: event) }
                }
            }
            if filter.page > 1 || hasOlder {
                El("nav", .class("pagination"), .aria("label", "Older and newer events")) {
                    if filter.page > 1 {
                        El("a", .href(.student(studentID, .timeline(filter.with(page: filter.page - 1))))) {
                            T("Newer events")
                        }
                    }
                    El("span") { T("Page \(filter.page)") }
                    if hasOlder {
                        El("a", .href(.student(studentID, .timeline(filter.with(page: filter.page + 1))))) {
                            T("Older events")
                        }
                    }
                }
            }
        }
    }

    private var summaryLine: String {
        let shown =
            filter.kinds.isEmpty
            ? "everything"
            : kinds.filter { filter.kinds.contains($0) }.map {
                $0.label.lowercased()
            }.joined(separator: ", ")
        return "Showing \(shown), newest first."
    }

    /// A plain GET form: it works without JavaScript, and the address it makes can be kept.
    /// Folded away until someone wants it (open while a filter is on), so on a phone the
    /// events come first.
    private var filterForm: Component {
        El("details", attributes: [.class("details timeline-filter")] + (filter.kinds.isEmpty ? [] : [.flag("open")])) {
            El("summary") { T("Show only some kinds of event") }
            filterFields
        }
    }

    private var filterFields: Component {
        El("form", .attr("method", "get"), .action(.student(studentID, .timeline()))) {
            El("fieldset", .class("fieldset field")) {
                El("legend", .class("legend visually-hidden")) { T("Kinds of event") }
                El("div", .class("checkboxes checkboxes--inline")) {
                    for kind in kinds {
                        El("div", .class("checkbox")) {
                            Leaf(
                                "input",
                                attributes: [
                                    .class("checkbox__input"), .id("kind-\(kind.rawValue)"), .name("kind"),
                                    .type("checkbox"), .value(kind.rawValue),
                                ] + (filter.kinds.contains(kind) ? [.flag("checked")] : []))
                            El("label", .class("checkbox__label"), .for("kind-\(kind.rawValue)")) { T(kind.label) }
                        }
                    }
                }
            }
            El("button", .type("submit"), .class("button button--secondary")) { T("Show") }
        }
    }
}

/// One line of the timeline: when, what kind, what happened, and the meeting it belongs to.
struct TimelineLine: Component {
    var event: StudentTimelinePage.Event

    var body: Component {
        El("li", .class("timeline__event timeline__event--\(event.kind.rawValue)")) {
            // Plain text: a machine-readable `datetime` on every line cost more to format than
            // the rest of the line (measured under load, 100 lines a page).
            El("p", .class("timeline__when")) { T(DateText.dateTime(event.at)) }
            El("div", .class("timeline__what")) {
                headline
                details
                if let meeting = event.meeting {
                    El("p", .class("timeline__meeting")) {
                        El(
                            "a",
                            .href(meeting.hasRecord ? .meeting(meeting.id, .record()) : .meeting(meeting.id, .show()))
                        ) {
                            T(meeting.type.label)
                            if meeting.hasRecord { T(": record") }
                        }
                    }
                }
            }
        }
    }

    private var headline: Component {
        El("p", .class("timeline__headline")) {
            switch event.what {
            case .meeting(let outcome):
                El("strong") { T("Meeting \(outcome.label.lowercased())") }
            case .decision(let text, let label):
                El("strong") { T("Decision: ") }
                Words(text: text)
                LabelTag(label: label)
            case .goalSet(let text, let label, _):
                El("strong") { T("Goal set: ") }
                Words(text: text)
                LabelTag(label: label)
            case .goalProgress(let goal, let status, _, _, _):
                El("strong") { T("How a goal is going: ") }
                StatusTag(text: status.label, tone: status.isSettled ? "grey" : "blue")
                T(" ")
                Words(text: goal)
            case .actionAgreed(let text, let label, _, _):
                El("strong") { T("Action agreed: ") }
                Words(text: text)
                LabelTag(label: label)
            case .actionStatus(let action, let status, _, _):
                El("strong") { T("How an action went: ") }
                StatusTag(text: status.label, tone: status == .done ? "green" : status == .open ? "blue" : "grey")
                T(" ")
                Words(text: action)
            case .request(let by, _, _):
                El("strong") { T("\(by) asked for a meeting") }
            case .summaryAnswer(let by, let confirmed, _):
                El("strong") { T(confirmed ? "\(by) confirmed the summary" : "\(by) asked for a correction") }
            case .restriction(let person, let change):
                El("strong") {
                    switch change {
                    case .set: T("Contact restriction set on \(person)")
                    case .changed: T("Contact restriction changed for \(person)")
                    case .lifted: T("Contact restriction lifted for \(person)")
                    }
                }
            }
        }
    }

    @ComponentBuilder private var details: Component {
        switch event.what {
        case .goalSet(_, _, let target?):
            El("p", .class("timeline__detail")) {
                T("Target: ")
                Words(text: target)
            }
        case .goalProgress(_, _, let note, let observed, let by):
            if let by { El("p", .class("timeline__detail timeline__by")) { T("Said by \(by)") } }
            if let observed {
                El("p", .class("timeline__detail")) {
                    T("Seen: ")
                    Words(text: observed)
                }
            }
            if let note { El("p", .class("timeline__detail")) { Words(text: note) } }
        case .actionAgreed(_, _, let owners, let due):
            if owners != nil || due != nil {
                El("p", .class("timeline__detail")) {
                    if let owners {
                        T("Who: ")
                        Words(text: owners)
                    }
                    if owners != nil && due != nil { T(". ") }
                    if let due { T("By \(DateText.day(due))") }
                }
            }
        case .actionStatus(_, _, let note, let by):
            if let by { El("p", .class("timeline__detail timeline__by")) { T("Said by \(by)") } }
            if let note { El("p", .class("timeline__detail")) { Words(text: note) } }
        case .request(_, let topic, let urgency):
            El("p", .class("timeline__detail timeline__by")) { T("How soon: \(urgency.label)") }
            if let topic { El("p", .class("timeline__detail")) { Words(text: topic) } }
        case .summaryAnswer(_, _, let comment?):
            El("p", .class("timeline__detail")) { Words(text: comment) }
        default:
            ComponentGroup {}
        }
    }
}

/// Someone's own words, in their own direction, line breaks kept.
private struct Words: Component {
    var text: String
    var body: Component { El("span", .class("prewrap"), .attr("dir", "auto")) { T(text) } }
}

/// Says when an entry is not for everyone at the meeting.
private struct LabelTag: Component {
    var label: RecordLabel
    var body: Component {
        if label == .shared { return ComponentGroup {} }
        return ComponentGroup {
            T(" ")
            StatusTag(text: label.label, tone: "grey")
        }
    }
}
