import Foundation
import RoundtableCore

extension FacilitatorPage {
    /// What closing asks about: agenda items not done (the one in hand too: it may not be
    /// finished), every parked topic the lead reads, and every carried goal or action still open.
    public static func looseEnds(items: [AgendaLine], entries: [RecordLine], carried: [CarriedLine]) -> [LooseEnds.Item]
    {
        items.filter { $0.runState != .done }.map {
            LooseEnds.Item(id: $0.id.rawValue, source: .agendaItem, title: $0.title)
        }
            + entries.filter { $0.kind == .parked }.map {
                LooseEnds.Item(id: $0.id.rawValue, source: .parked, title: $0.text)
            }
            + carried.filter { !$0.status.isSettled }.map {
                LooseEnds.Item(
                    id: $0.id.rawValue, source: .carried, title: ($0.kind == .goal ? "Goal: " : "Action: ") + $0.text)
            }
    }

    /// Closing: what happens to each thing not finished (nothing is dropped without a word),
    /// then the one tick that locks the record.
    var closing: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("close")) { T("Close the meeting") }
            El("p") {
                T("Closing locks the record. Check each entry's label first: shared entries go into the ")
                T("summary the family and student receive. After closing, a change needs a reason and the ")
                T("earlier version is kept.")
            }
            PostForm(action: .meeting(meetingID, .close)) {
                if !looseEnds.isEmpty {
                    El("h3", .class("heading-s"), .id("loose-ends")) { T("What happens to what is still open") }
                    El("p") {
                        T("Say for each one. What goes to the next meeting is on its agenda when you plan it")
                        T(followUps.isEmpty ? "." : ", and the follow-up you planned picks it up.")
                    }
                    for item in looseEnds { looseEnd(item) }
                }
                El("div", .class("field" + (capture.errors["confirm_close"] != nil ? " field--error" : ""))) {
                    FieldMessage(field: "confirm_close", error: capture.errors["confirm_close"])
                    Checkbox(
                        name: "confirm_close", label: "I have checked who can read each entry. Close the record.",
                        checked: false)
                }
                PrimaryButton(text: "Close the meeting")
            }
        }
    }

    private func looseEnd(_ item: LooseEnds.Item) -> Component {
        let prefix =
            switch item.source {
            case .agendaItem: "Agenda item: "
            case .parked: "Parked: "
            case .carried: "From an earlier meeting: "
            }
        return El("div", .class("loose-end")) {
            RadioGroup(
                name: item.choiceField, legend: prefix + item.title,
                options: LooseEnds.Outcome.allCases.map { .init(value: $0.rawValue, label: $0.label) },
                selected: capture.values[item.choiceField], error: capture.errors[item.choiceField])
            TextField(
                name: item.reasonField, label: "If dropped, why?", value: capture.value(item.reasonField),
                error: capture.errors[item.reasonField])
        }
    }
}
