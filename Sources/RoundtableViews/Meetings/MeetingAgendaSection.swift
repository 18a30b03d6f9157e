import Foundation
import RoundtableCore

/// The agenda, with the check against the time boundary, and the controls to change it.
public struct MeetingAgendaSection: Component, Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var id: AgendaItemID
        public var title: String
        public var minutes: Int
        /// Who put it on the agenda, in words ("School", "Amira Haddad").
        public var proposedBy: String
        /// Added after the agenda was shared: shown as new.
        public var addedAfterShare: Bool
        public var notes: String?

        public init(
            id: AgendaItemID, title: String, minutes: Int, proposedBy: String, addedAfterShare: Bool = false,
            notes: String? = nil
        ) {
            self.id = id
            self.title = title
            self.minutes = minutes
            self.proposedBy = proposedBy
            self.addedAfterShare = addedAfterShare
            self.notes = notes
        }
    }

    public var meetingID: MeetingID
    /// The meeting's time boundary, which the items must fit.
    public var lengthMinutes: Int
    public var items: [Item]
    public var mayChange: Bool
    /// What was typed into the "add an item" form, when it comes back with a problem.
    public var form: AgendaItemForm
    public var errors: FieldErrors
    /// Off where the page's own heading already says "Agenda".
    public var showsHeading = true

    public init(
        meetingID: MeetingID, lengthMinutes: Int, items: [Item], mayChange: Bool, form: AgendaItemForm = .init(),
        errors: FieldErrors = .init()
    ) {
        self.meetingID = meetingID
        self.lengthMinutes = lengthMinutes
        self.items = items
        self.mayChange = mayChange
        self.form = form
        self.errors = errors
    }

    public var body: Component {
        ComponentGroup {
            if showsHeading {
                El("h2", .class("heading-m"), .id("agenda")) { T("Agenda") }
                listing
            } else {
                // The place a change returns to ("…/agenda#agenda") is still there.
                El("div", .id("agenda")) { listing }
            }
        }
    }

    private var listing: Component {
        let budget = AgendaBudget.check(itemMinutes: items.map(\.minutes), boundary: lengthMinutes)
        return ComponentGroup {
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
                                    El("a", .href(.meeting(meetingID, .agendaItemEdit(item.id)))) {
                                        T("Change or move")
                                        El("span", .class("visually-hidden")) { T(": \(item.title)") }
                                    }
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
                PostForm(action: .meeting(meetingID, .agenda)) {
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

    private func action(_ item: Item, _ name: String, _ label: String) -> Component {
        El("form", .class("inline-form"), .postMethod, .action(.meeting(meetingID, .agendaItem(item.id)))) {
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
public struct MeetingRoomSection: Component, Sendable, Equatable {
    public struct Room: Sendable, Equatable {
        public var name: String
        public var capacity: Int
        public var table: TableShape
        /// What `SpaceFit` says about this room for this meeting; empty when it suits.
        public var warnings: [String]

        public init(name: String, capacity: Int, table: TableShape, warnings: [String] = []) {
            self.name = name
            self.capacity = capacity
            self.table = table
            self.warnings = warnings
        }
    }

    public var meetingID: MeetingID
    /// Only meetings in person (or hybrid) need a room.
    public var needsRoom: Bool
    public var room: Room?
    public var mayChange: Bool

    public init(meetingID: MeetingID, needsRoom: Bool, room: Room?, mayChange: Bool) {
        self.meetingID = meetingID
        self.needsRoom = needsRoom
        self.room = room
        self.mayChange = mayChange
    }

    public var body: Component {
        ComponentGroup {
            if needsRoom {
                El("h2", .class("heading-m"), .id("space")) { T("The room") }
                if let room {
                    El("p") { T("\(room.name): seats \(room.capacity), \(room.table.label.lowercased()).") }
                    if room.warnings.isEmpty {
                        El("p") { T("This room suits the meeting.") }
                    } else {
                        El("div", .class("warning-text"), .attr("role", "note")) {
                            El("strong") { T("Think again about this room.") }
                            El("ul", .class("list")) { for warning in room.warnings { El("li") { T(warning) } } }
                        }
                    }
                    El("p") {
                        El("a", .href(.meeting(meetingID, .seating))) { T("See the seating plan") }
                    }
                } else {
                    El("p") { T("No room chosen yet.") }
                }
                if mayChange {
                    El("p") {
                        El("a", .class("button button--secondary"), .href(.meeting(meetingID, .space))) {
                            T(room == nil ? "Choose a room" : "Choose another room")
                        }
                    }
                }
            }
        }
    }
}
