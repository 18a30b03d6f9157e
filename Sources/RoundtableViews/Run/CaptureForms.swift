import Foundation
import RoundtableCore

/// Quick capture while people talk: a note, a decision with its reason, a goal, an action.
struct CapturePanel: Component {
    var meetingID: MeetingID
    var itemID: AgendaItemID?
    var state: CaptureState
    /// The meeting's people, who may be chosen to own a goal or an action.
    var people: [MeetingPerson]

    var body: Component {
        El("div", .class("capture")) {
            El("p", .class("capture__title")) { T(itemID == nil ? "Capture for the whole meeting" : "Capture") }
            form(.note, "Add a note") {
                area("note_text", "Note")
                labelChoice(.note)
            }
            form(.decision, "Add a decision") {
                area("decision_what", "What was decided")
                area("decision_reason", "Why", hint: "The reason, in words the family would use.")
                labelChoice(.decision)
            }
            form(.goal, "Add a goal") {
                area("goal_what", "The goal")
                choice("goal_agreement", "Did everyone agree to it?", GoalAgreement.allCases, \.label, default: .agreed)
                line("goal_imposed_by", "If not agreed: who set it")
                area("goal_why_imposed", "If not agreed: why it was set anyway")
                choice("goal_measure", "How will we know?", GoalMeasure.allCases, \.label, default: .observational)
                line(
                    "goal_target", "Target, if it can be counted",
                    hint: "For example: on time to school 4 days out of 5.")
                owners(.goal, "Who works on it", other: "goal_owners")
                line("goal_review_date", "When we look at it again", date: true)
                labelChoice(.goal)
            }
            form(.action, "Add an action") {
                area("action_what", "What will be done")
                owners(.action, "Who does it", other: "action_owner_name")
                line("action_due", "By when", date: true)
                labelChoice(.action)
            }
        }
    }

    /// Tick the meeting's people; a name for someone who was not there goes in the box below.
    private func owners(_ kind: RecordEntryKind, _ legend: String, other: String) -> Component {
        let field = kind == .goal ? "goal_owners" : "action_owner_name"
        let options = people.map { person in
            let name = CaptureState.ownerField(kind, person.person)
            let label = person.role.isEmpty ? person.name : "\(person.name) (\(person.role))"
            return CheckboxGroup.Option(name: name, label: label, checked: state.values[name] != nil)
        }
        return ComponentGroup {
            if !options.isEmpty {
                CheckboxGroup(
                    id: "\(kind.rawValue)_who", legend: legend,
                    hint: kind == .goal ? "Tick everyone working on it." : "Tick everyone who will do it.",
                    options: options,
                    error: state.errors[field])
            }
            TextField(
                name: other, label: options.isEmpty ? legend : "Someone not at the meeting",
                hint: options.isEmpty ? nil : "Their name and who they are, for example: Grandad, Mr Ali.",
                value: state.value(other),
                error: options.isEmpty ? state.errors[field] : state.errors[field + "_other"])
        }
    }

    // Each field shows what was typed and its error from the capture state, by its name.
    private func area(_ name: String, _ label: String, hint: String? = nil) -> Component {
        TextArea(name: name, label: label, hint: hint, value: state.value(name), error: state.errors[name])
    }

    private func line(_ name: String, _ label: String, hint: String? = nil, date: Bool = false) -> Component {
        TextField(
            name: name, label: label, hint: hint, value: state.value(name), error: state.errors[name],
            type: date ? "date" : "text", width: date ? "medium" : nil)
    }

    private func choice<Option: RawRepresentable>(
        _ name: String, _ legend: String, _ options: [Option], _ label: KeyPath<Option, String>,
        default first: Option
    ) -> Component where Option.RawValue == String {
        RadioGroup(
            name: name, legend: legend, options: options.map { .init(value: $0.rawValue, label: $0[keyPath: label]) },
            selected: state.values[name] ?? first.rawValue, error: state.errors[name])
    }

    private func form(
        _ kind: RecordEntryKind, _ summary: String, @ComponentBuilder fields: @escaping ContentProvider
    ) -> Component {
        El("details", attributes: [.class("details capture__form")] + (state.kind == kind ? [.flag("open")] : [])) {
            El("summary") { T(summary) }
            PostForm(action: .meeting(meetingID, .recordEntries)) {
                Leaf("input", .type("hidden"), .name("kind"), .value(kind.rawValue))
                if let itemID { Leaf("input", .type("hidden"), .name("item"), .value(itemID.rawValue.uuidString)) }
                fields()
                PrimaryButton(text: summary)
            }
        }
    }

    private func labelChoice(_ kind: RecordEntryKind) -> Component {
        let name = "\(kind.rawValue)_label"
        return RadioGroup(
            name: name, legend: "Who can read it",
            options: kind.allowedLabels.map { .init(value: $0.rawValue, label: $0.label, hint: $0.explanation) },
            selected: state.values[name] ?? kind.defaultLabel.rawValue, error: state.errors[name])
    }
}

/// Entries under an item, each with its label in sight and, while the meeting runs, one
/// click to change who can read it or to take it back.
struct EntryList: Component {
    var entries: [RecordLine]
    var meetingID: MeetingID
    /// While the meeting runs, one click changes an entry's label or takes it back.
    var isRunning: Bool

    var body: Component {
        if entries.isEmpty { return EmptyComponent() }
        return El("ul", .class("entries")) {
            for entry in entries {
                El("li", .class("entry entry--\(entry.effectiveLabel.rawValue)")) {
                    EntryText(entry: entry)
                    if isRunning {
                        El("div", .class("button-row")) {
                            if entry.kind.allowedLabels.count > 1 {
                                let other: RecordLabel = entry.effectiveLabel == .shared ? .staffOnly : .shared
                                change(
                                    entry, field: "label", value: other.rawValue,
                                    text: "Make it \(other.label.lowercased())")
                            }
                            change(entry, field: "remove", value: "1", text: "Remove")
                        }
                    }
                }
            }
        }
    }

    private func change(_ entry: RecordLine, field: String, value: String, text: String) -> Component {
        El("form", .class("inline-form"), .postMethod, .action(.meeting(meetingID, .recordEntry(entry.id)))) {
            CSRFField()
            Leaf("input", .type("hidden"), .name(field), .value(value))
            El("button", .type("submit"), .class("button--link")) { T(text) }
        }
    }
}

/// An entry in words, with its kind and label.
struct EntryText: Component {
    var entry: RecordLine

    var body: Component {
        El("div", .class("entry__text")) {
            El("p", .class("entry__meta")) {
                El("strong") { T(entry.kind.label) }
                T(" ")
                StatusTag(text: entry.effectiveLabel.label, tone: entry.effectiveLabel == .shared ? "green" : "grey")
            }
            El("p", .attr("dir", "auto")) { T(entry.text) }
            if let reason = entry.reason {
                El("p", .class("hint")) {
                    T(
                        entry.kind == .goal
                            ? "Set without everyone agreeing, by \(entry.imposedBy ?? "the school"): " : "Why: ")
                    T(reason)
                }
            }
            if let target = entry.target { El("p", .class("hint")) { T("Target: \(target)") } }
            if let owners = entry.owners {
                El("p", .class("hint")) {
                    T(entry.kind == .action ? "Who: \(owners)" : "Who works on it: \(owners)")
                    if let kind = entry.ownerKind, kind.label.lowercased() != owners.lowercased() {
                        T(" (\(kind.label.lowercased()))")
                    }
                    if let date = entry.date {
                        T(entry.kind == .action ? ", by \(DateText.day(date))" : ", review on \(DateText.day(date))")
                    }
                }
            }
        }
    }
}

/// Topics the meeting agreed to come back to.
struct ParkingLot: Component {
    var meetingID: MeetingID
    var isRunning: Bool
    var mayCapture: Bool
    var items: [AgendaLine]
    var entries: [RecordLine]
    var capture: CaptureState

    var body: Component {
        El("section", .class("parking"), .aria("labelledby", "parking-title")) {
            El("h2", .class("heading-m"), .id("parking-title")) { T("Parking lot") }
            El("p", .class("hint")) {
                T("Things worth coming back to, so the conversation can stay on the item in hand.")
            }
            if items.isEmpty && entries.isEmpty {
                El("p") { T("Nothing parked.") }
            } else {
                El("ul", .class("list")) {
                    for item in items {
                        El("li") {
                            El("span", .attr("dir", "auto")) { T(item.title) }; T(" (agenda item)")
                        }
                    }
                }
                EntryList(entries: entries, meetingID: meetingID, isRunning: isRunning)
            }
            if mayCapture {
                PostForm(action: .meeting(meetingID, .recordEntries)) {
                    Leaf("input", .type("hidden"), .name("kind"), .value(RecordEntryKind.parked.rawValue))
                    TextField(
                        name: "parked_text", label: "Park a topic", value: capture.value("parked_text"),
                        error: capture.errors["parked_text"])
                    SecondaryButton(text: "Park it")
                }
            }
        }
    }
}

/// Who took part: marked in the room, kept in the record.
struct AttendanceSection: Component {
    var meetingID: MeetingID
    var people: [RunPerson]

    var body: Component {
        El("section", .aria("labelledby", "attendance-title")) {
            El("h2", .class("heading-m"), .id("attendance-title")) { T("Who took part") }
            PostForm(action: .meeting(meetingID, .attendance)) {
                El("table", .class("table attendance")) {
                    El("thead") {
                        El("tr") {
                            El("th", .attr("scope", "col")) { T("Person") }
                            El("th", .attr("scope", "col")) { T("How they took part") }
                            El("th", .attr("scope", "col")) { T("Interpreter language, if one helped") }
                        }
                    }
                    El("tbody") {
                        for person in people {
                            let id = person.id.rawValue.uuidString
                            El("tr") {
                                El("th", .attr("scope", "row")) {
                                    T("\(person.name), \(person.role.lowercased())")
                                }
                                El("td") {
                                    El("label", .class("visually-hidden"), .for("presence-\(id)")) {
                                        T("How \(person.name) took part")
                                    }
                                    El("select", .class("select"), .id("presence-\(id)"), .name("presence_\(id)")) {
                                        El(
                                            "option",
                                            attributes: [.value("")]
                                                + (person.presence == nil ? [.flag("selected")] : [])
                                        ) {
                                            T("Not marked")
                                        }
                                        for presence in Presence.allCases {
                                            El(
                                                "option",
                                                attributes: [.value(presence.rawValue)]
                                                    + (person.presence == presence
                                                        ? [.flag("selected")] : [])
                                            ) { T(presence.label) }
                                        }
                                    }
                                }
                                El("td") {
                                    El("label", .class("visually-hidden"), .for("interpreter-\(id)")) {
                                        T("Interpreter language for \(person.name)")
                                    }
                                    Leaf(
                                        "input", .class("input input--medium"), .type("text"), .id("interpreter-\(id)"),
                                        .name("interpreter_\(id)"), .value(person.interpreterUsed ?? ""))
                                }
                            }
                        }
                    }
                }
                SecondaryButton(text: "Save who took part")
            }
        }
    }
}
