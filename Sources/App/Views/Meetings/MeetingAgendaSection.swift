import Foundation
import RoundtableCore
import RoundtableViews

/// The agenda, with the check against the time boundary, and the controls to change it.
struct MeetingAgendaSection: Component {
    var meeting: Meeting
    var items: [AgendaItem]
    var mayChange: Bool
    /// What was typed into the "add an item" form, when it comes back with a problem.
    var form = AgendaItemForm()
    var errors = FieldErrors()

    var body: Component {
        let budget = AgendaBudget.check(itemMinutes: items.map(\.minutes), boundary: meeting.lengthMinutes)
        return ComponentGroup {
            El("h2", .class("heading-m"), .id("agenda")) { T("Agenda") }
            if case .over = budget {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Over time. ") }
                    T(budget.message)
                }
            } else {
                El("p", .class("hint")) { T(budget.message) }
            }
            if items.isEmpty {
                El("p") { T("No items yet.") }
            } else {
                El("ol", .class("agenda")) {
                    for (index, item) in items.enumerated() {
                        El("li", .class("agenda__item")) {
                            El("div", .class("agenda__main")) {
                                El("span", .class("agenda__title")) { T(item.title) }
                                El("span", .class("agenda__minutes")) { T("\(item.minutes) min") }
                            }
                            El("p", .class("agenda__meta")) {
                                T("Proposed by \(item.proposedBy)")
                                if item.addedAfterShare {
                                    T(" ")
                                    StatusTag(text: "New", tone: "blue")
                                }
                            }
                            if let notes = item.notes { El("p", .class("agenda__notes")) { T(notes) } }
                            if mayChange {
                                El("div", .class("agenda__actions")) {
                                    if index > 0 { action(item, "up", "Move up") }
                                    if index < items.count - 1 { action(item, "down", "Move down") }
                                    action(item, "remove", "Remove")
                                }
                            }
                        }
                    }
                }
            }
            if mayChange {
                El("h3", .class("heading-s")) { T("Add an item") }
                PostForm(action: .meetingAgenda(meeting.id!)) {
                    TextField(name: "title", label: "What it is about", value: form.title, error: errors["title"])
                    TextField(
                        name: "minutes", label: "Minutes", value: form.minutes, error: errors["minutes"],
                        autocomplete: "off", width: "short")
                    TextArea(name: "notes", label: "Notes (optional)", value: form.notes, error: errors["notes"])
                    SecondaryButton(text: "Add to the agenda")
                }
            }
        }
    }

    private func action(_ item: AgendaItem, _ name: String, _ label: String) -> Component {
        El("form", .class("inline-form"), .postMethod, .action(.agendaItem(item.id!, meeting: meeting.id!))) {
            CSRFField()
            Leaf("input", .type("hidden"), .name("action"), .value(name))
            El("button", .type("submit"), .class("button--link")) {
                T(label)
                El("span", .class("visually-hidden")) { T(": \(item.title)") }
            }
        }
    }
}

/// The chosen room or place, and what the space check says about it.
struct MeetingSpaceSection: Component {
    var meeting: Meeting
    var details: Meetings.Details
    var mayChange: Bool

    var body: Component {
        ComponentGroup {
            if meeting.format.needsRoom {
                El("h2", .class("heading-m"), .id("space")) { T("The room") }
                if let space = details.space {
                    El("p") { T("\(space.name): seats \(space.capacity), \(space.table.label.lowercased()).") }
                    let warnings = SpaceFit.warnings(space.facts, for: Meetings.spaceNeeds(meeting, details: details))
                    if warnings.isEmpty {
                        El("p") { T("This room suits the meeting.") }
                    } else {
                        El("div", .class("warning-text"), .attr("role", "note")) {
                            El("strong") { T("Think again about this room.") }
                            El("ul", .class("list")) { for warning in warnings { El("li") { T(warning) } } }
                        }
                    }
                    El("p") {
                        El("a", .href(.meetingSeating(meeting.id!))) { T("See the seating plan") }
                    }
                } else {
                    El("p") { T("No room chosen yet.") }
                }
                if mayChange {
                    El("p") {
                        El("a", .class("button button--secondary"), .href(.meetingSpace(meeting.id!))) {
                            T(details.space == nil ? "Choose a room" : "Choose another room")
                        }
                    }
                }
            }
        }
    }
}
