import Foundation
import RoundtableCore

/// The view for a projector or a shared video window: large type, only what every participant
/// may see. `live.js` follows the facilitator; without it the page reloads every few seconds.
public struct SharedScreenPage: HTMLPage, Sendable, Equatable {
    public var screen: SharedScreen

    public init(screen: SharedScreen) { self.screen = screen }

    public var title: String { "Our meeting" }
    public var usesLiveScript: Bool { true }
    public var refreshWithoutScript: Int? { 5 }
    public var isSharedScreen: Bool { true }
    public var footerText: String { "" }

    public func content() -> Component {
        El(
            "div", .class("screen"), .attr("data-follow", SiteRoute.meeting(screen.meetingID, .screenLive()).path),
            .attr("data-revision", String(screen.revision))
        ) {
            screen
        }
    }
}

/// The part of the shared screen that changes; served alone to `live.js` as it follows.
public struct SharedScreen: Component, Sendable, Equatable {
    public var meetingID: MeetingID
    /// The meeting's run revision this fragment shows; the screen asks for anything newer.
    public var revision: Int
    /// The students' first names, joined: "Maya and Leo".
    public var names: String
    public var purpose: String
    public var isRunning: Bool
    public var isHeld: Bool
    public var items: [AgendaLine]
    /// Already filtered for the shared screen: shared entries only.
    public var entries: [RecordLine]
    /// Goals and actions from earlier meetings that everyone here may read.
    public var carried: [CarriedLine]

    public init(
        meetingID: MeetingID, revision: Int, names: String, purpose: String, isRunning: Bool, isHeld: Bool,
        items: [AgendaLine], entries: [RecordLine], carried: [CarriedLine] = []
    ) {
        self.meetingID = meetingID
        self.revision = revision
        self.names = names
        self.purpose = purpose
        self.isRunning = isRunning
        self.isHeld = isHeld
        self.items = items
        self.entries = entries
        self.carried = carried.filter(\.isShared)
    }

    public var body: Component {
        ComponentGroup {
            El("h1", .class("screen__title")) { T("Meeting about \(names)") }
            El("p", .class("screen__purpose"), .attr("dir", "auto")) { T(purpose) }
            if isHeld {
                El("p", .class("screen__status")) { T("The meeting has finished. Thank you for coming.") }
            } else if !isRunning {
                El("p", .class("screen__status")) { T("We will start soon.") }
            }
            if !carried.isEmpty && !isHeld {
                El("section", .class("screen__since"), .aria("labelledby", "screen-since")) {
                    El("h2", .id("screen-since")) { T(FollowUpDraft.sinceTitle) }
                    El("ul", .class("screen__entries")) {
                        for line in carried {
                            El("li") {
                                El("strong") { T(line.kind == .goal ? "Goal:" : "To do:") }
                                El("span", .attr("dir", "auto")) { T(" " + line.text) }
                                El("span", .class("screen__detail")) {
                                    T(" " + line.status.label + (line.owners.map { ". Who: \($0)" } ?? ""))
                                }
                            }
                        }
                    }
                }
            }
            El("div", .class("screen__grid")) {
                El("section", .aria("labelledby", "screen-agenda")) {
                    El("h2", .id("screen-agenda")) { T("What we are talking about") }
                    El("ol", .class("screen__agenda")) {
                        for item in items {
                            El(
                                "li",
                                attributes: [.class("screen__item screen__item--\(item.runState.rawValue)")]
                                    + (item.runState == .current ? [.aria("current", "step")] : [])
                            ) {
                                El("span", .class("screen__mark"), .aria("hidden", "true")) { T(mark(item.runState)) }
                                El("span", .attr("dir", "auto")) { T(item.title) }
                                if item.runState == .parked || item.runState == .skipped {
                                    El("span", .class("screen__detail")) { T(item.runState.label) }
                                } else {
                                    El("span", .class("visually-hidden")) {
                                        T(" (\(item.runState.label.lowercased()))")
                                    }
                                }
                            }
                        }
                    }
                }
                El("section", .aria("labelledby", "screen-agreed")) {
                    El("h2", .id("screen-agreed")) { T("What we have noted and agreed") }
                    if entries.isEmpty {
                        El("p", .class("screen__empty")) { T("Nothing yet.") }
                    } else {
                        El("ul", .class("screen__entries")) {
                            for entry in entries {
                                El("li") {
                                    El("strong") { T(heading(entry)) }
                                    El("span", .attr("dir", "auto")) { T(" " + entry.text) }
                                    if entry.kind == .decision, let reason = entry.reason {
                                        El("span", .class("screen__detail")) { T(" Because: \(reason)") }
                                    }
                                    if entry.kind == .goal, entry.agreement == .imposed {
                                        El("span", .class("screen__detail screen__detail--strong")) {
                                            T(" Set by \(entry.imposedBy ?? "the school"); not everyone agreed.")
                                            if let reason = entry.reason { T(" Why: \(reason)") }
                                        }
                                    }
                                    if let owners = entry.owners, entry.kind == .action || entry.kind == .goal {
                                        El("span", .class("screen__detail")) {
                                            T(" Who: \(owners)")
                                            if let date = entry.date {
                                                T(
                                                    entry.kind == .action
                                                        ? ", by \(DateText.day(date))"
                                                        : ", we check on \(DateText.day(date))")
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func heading(_ entry: RecordLine) -> String {
        switch entry.kind {
        case .note: "Note:"
        case .decision: "We decided:"
        case .goal: "Goal:"
        case .action: "To do:"
        case .parked: "For later:"
        case .reflection: ""
        }
    }

    private func mark(_ runState: AgendaItemRunState) -> String {
        switch runState {
        case .done: "✓"
        case .current: "▶"
        case .parked: "…"
        case .skipped: "–"
        case .waiting: "○"
        }
    }
}
