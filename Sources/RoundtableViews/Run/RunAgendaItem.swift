import Foundation
import RoundtableCore

/// One agenda item in the facilitator's view.
struct RunAgendaItem: Component {
    var item: AgendaLine
    var isFirst: Bool
    var isLast: Bool
    /// Whether another item waits, so "done" can say it moves on.
    var hasWaiting: Bool
    var meetingID: MeetingID
    /// While the meeting runs, items take steps and capture.
    var isRunning: Bool
    var clock: MeetingClock?
    var now: Date
    var people: [RunPerson]
    var entries: [RecordLine]
    /// The capture forms go under the item being talked about.
    var capture: CaptureState?

    private var running: Bool { isRunning }

    var body: Component {
        El(
            "li", .class("run-item run-item--\(item.runState.rawValue)"),
            .id("item-\(item.id.rawValue.uuidString.prefix(8))")
        ) {
            El("div", .class("run-item__head")) {
                El("h3", .class("heading-s")) { El("span", .attr("dir", "auto")) { T(item.title) } }
                StatusTag(text: item.runState.label, tone: tone)
            }
            El("p", .class("hint")) {
                T("\(item.minutes) minutes")
                if item.extraMinutes > 0 { T(", and \(item.extraMinutes) more") }
                if item.proposedBy != "School" { T(". Added by \(item.proposedBy)") }
            }
            El("div", .class("run-item__body")) {
                El("div", .class("run-item__main")) {
                    if item.runState == .current, let clock, let started = item.startedAt {
                        // Both clocks beside the item, so a tablet never has to scroll up for the time.
                        El("div", .class("clocks")) {
                            ClockView(
                                heading: "This item",
                                reading: clock.item(
                                    plannedMinutes: item.minutes, extraMinutes: item.extraMinutes, startedAt: started,
                                    now: now),
                                startedAt: started)
                            ClockView(
                                heading: "The whole meeting", reading: clock.meeting(now: now),
                                startedAt: clock.meetingStartedAt)
                        }
                    }
                    if running { steps }
                    EntryList(entries: entries, meetingID: meetingID, isRunning: isRunning)
                    if let capture, running {
                        CapturePanel(meetingID: meetingID, itemID: item.id, state: capture, people: people.owners)
                    }
                }
                El("div", .class("run-item__side")) {
                    ItemVoices(people: people, title: item.title)
                    QuestionPrompts(title: item.title)
                }
            }
        }
    }

    private var steps: Component {
        El("div", .class("button-row run-item__steps")) {
            switch item.runState {
            case .current:
                step("next", hasWaiting ? "Done, next item" : "Done", primary: true)
                step("extend", "5 more minutes")
                step("park", "Park it for later")
            case .waiting:
                step("start", "Talk about this now")
                if !isFirst { step("up", "Move up") }
                if !isLast { step("down", "Move down") }
                step("skip", "Skip")
            case .parked, .skipped:
                step("start", "Come back to it")
            case .done:
                EmptyComponent()
            }
        }
    }

    private func step(_ action: String, _ text: String, primary: Bool = false) -> Component {
        El("form", .class("inline-form"), .postMethod, .action(.meeting(meetingID, .runStep))) {
            CSRFField()
            Leaf("input", .type("hidden"), .name("action"), .value(action))
            Leaf("input", .type("hidden"), .name("item"), .value(item.id.rawValue.uuidString))
            if action == "extend" { Leaf("input", .type("hidden"), .name("minutes"), .value("5")) }
            El("button", .type("submit"), .class(primary ? "button" : "button button--secondary")) {
                T(text)
                El("span", .class("visually-hidden")) { T(": \(item.title)") }
            }
        }
    }

    private var tone: String {
        switch item.runState {
        case .current: "green"
        case .done: "grey"
        case .waiting: "blue"
        case .parked, .skipped: "yellow"
        }
    }
}

/// What participants wrote before the meeting that speaks to this item.
struct ItemVoices: Component {
    var people: [RunPerson]
    var title: String

    var body: Component {
        let questions = VoiceMatch.questions(for: title)
        let answers = people.flatMap { person in
            questions.compactMap { question in
                person.voice?.answer(question).map { (person, question, $0) }
            }
        }
        if answers.isEmpty { return EmptyComponent() }
        return El("div", .class("run-voices")) {
            El("p", .class("run-voices__title")) { T("What people said before") }
            El("ul", .class("list")) {
                for (person, question, answer) in answers {
                    El("li") {
                        El("strong") {
                            T(
                                "\(person.name), \(ParticipantWords.label(question, isStudent: person.kind == .student)): "
                            )
                        }
                        El("span", .attr("dir", "auto")) { T(answer) }
                    }
                }
            }
        }
    }
}

/// Answers that fit no agenda item, shown at the top so nothing a family wrote is lost.
struct UnplacedVoices: Component {
    var people: [RunPerson]
    var titles: [String]

    var body: Component {
        let questions = VoiceMatch.unplaced(agendaTitles: titles)
        let faces = people.compactMap { person in
            person.voice?.faceWords.map { (person, $0) }
        }
        let answers = people.flatMap { person in
            questions.compactMap { question in
                person.voice?.answer(question).map { (person, question, $0) }
            }
        }
        if answers.isEmpty && faces.isEmpty { return EmptyComponent() }
        return El("section", .class("run-voices"), .aria("labelledby", "before-title")) {
            El("h2", .class("heading-m"), .id("before-title")) { T("Before we start: what people told us") }
            El("ul", .class("list")) {
                for (person, face) in faces {
                    El("li") {
                        El("strong") { T("\(person.name): ") }; T("school feels \(face)")
                    }
                }
                for (person, question, answer) in answers {
                    El("li") {
                        El("strong") {
                            T(
                                "\(person.name), \(ParticipantWords.label(question, isStudent: person.kind == .student)): "
                            )
                        }
                        El("span", .attr("dir", "auto")) { T(answer) }
                    }
                }
            }
        }
    }
}

/// Questions from the school's bank that suit the item; hidden until the lead opens them.
struct QuestionPrompts: Component {
    var title: String

    var body: Component {
        El("details", .class("details run-prompts")) {
            El("summary") { T("Questions that might help") }
            for category in QuestionBank.suggested(for: title) {
                El("p", .class("run-prompts__category")) {
                    El("strong") { T(category.label) }
                    T(". " + category.explanation)
                }
                El("ul", .class("list")) { for prompt in category.prompts { El("li") { T(prompt) } } }
            }
        }
    }
}
