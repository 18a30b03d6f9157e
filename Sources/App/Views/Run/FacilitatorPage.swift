import Foundation
import RoundtableCore
import RoundtableViews

/// The view the lead runs the meeting from, on a laptop or tablet: purpose, boundary and
/// ground rules on top; the agenda with clocks, what people said and questions that might
/// help; quick capture; who took part; more time; closing.
struct FacilitatorPage: HTMLPage {
    var context: MeetingContext
    var details: Meetings.Details
    var items: [AgendaItem]
    var entries: [RecordEntry]
    var events: [MeetingRunEvent]
    var followUps: [Meeting]
    var capture = CaptureState()
    var refusal: String? = nil
    var now = Date()

    var title: String { "Run the meeting" }
    var area: StaffArea? { .meetings }
    var hasErrors: Bool { !capture.errors.isEmpty || refusal != nil }
    var usesLiveScript: Bool { meeting.lifecycle.isRunning }

    private var meeting: Meeting { context.meeting }
    private var meetingID: UUID { meeting.id! }
    private var names: String { context.students.map(\.displayName).joined(separator: " and ") }
    private var current: AgendaItem? { items.first { $0.runState == .current } }
    private var clock: MeetingClock? {
        meeting.startedAt.map { MeetingClock(meetingStartedAt: $0, boundaryMinutes: meeting.lengthMinutes) }
    }

    func content() -> Component {
        El("div", .class("run-page")) {
            BackLink(route: .meeting(meetingID), text: "Back to the meeting")
            if let refusal {
                ErrorSummary(
                    errors: {
                        var e = FieldErrors(); e.add(FieldErrors.expiredField, refusal); return e
                    }())
            }
            ErrorSummary(errors: capture.errors)
            PageHeading(text: title, caption: "\(meeting.type.label) with \(names)")
            El("div", .class("run-top"), .attr("data-server-now", String(Int64(now.timeIntervalSince1970 * 1000)))) {
                El("p", .class("lead"), .attr("dir", "auto")) { T(meeting.purpose) }
                El("dl", .class("facts")) {
                    Fact(key: "Time boundary") { T(boundary) }
                    Fact(key: "Now") { StatusTag(text: meeting.state.label, tone: tone) }
                }
                if let clock, meeting.lifecycle.isRunning {
                    ClockView(
                        heading: "The whole meeting", reading: clock.meeting(now: now),
                        startedAt: clock.meetingStartedAt)
                }
                if !meeting.groundRules.isEmpty {
                    El("details", .class("details"), .flag("open")) {
                        El("summary") { T("Ground rules") }
                        El("ul", .class("list")) { for rule in meeting.groundRules { El("li") { T(rule) } } }
                    }
                }
                El("p") {
                    El("a", .href(.sharedScreen(meetingID)), .attr("target", "_blank"), .attr("rel", "noopener")) {
                        T("Open the shared screen (in a new tab)")
                    }
                    T(" for a projector or to share in a video call. It shows only what everyone may see.")
                }
            }
            if meeting.lifecycle.allows(.start) {
                AttendanceSection(meeting: meeting, people: details.people)
                PostForm(action: .startMeeting(meetingID)) {
                    El("p") {
                        T("Starting the clock opens the first agenda item. Mark who is here first, just above.")
                    }
                    PrimaryButton(text: "Start the meeting")
                }
            }
            if meeting.lifecycle.isHeld {
                El("p", .class("lead")) {
                    T("This meeting is closed. ")
                    El("a", .href(.meetingRecord(meetingID))) { T("Read and share its record") }
                }
            }
            UnplacedVoices(people: details.people, titles: items.map(\.title))
            El("h2", .class("heading-m"), .id("agenda")) { T("Agenda") }
            El("ol", .class("run-agenda")) {
                for (index, item) in items.enumerated() {
                    RunAgendaItem(
                        item: item, isFirst: index == 0, isLast: index == items.count - 1,
                        hasWaiting: items.contains { $0.runState == .waiting }, meeting: meeting,
                        clock: clock, now: now, people: details.people,
                        entries: entries.filter { $0.$agendaItem.id == item.id && $0.kind != .parked },
                        capture: item.id == current?.id ? capture : nil)
                }
            }
            El("h2", .class("heading-m"), .id("whole-meeting")) { T("For the whole meeting") }
            EntryList(
                entries: entries.filter { $0.$agendaItem.id == nil && $0.kind != .parked }, meeting: meeting)
            if meeting.lifecycle.allows(.capture) && current == nil {
                CapturePanel(meetingID: meetingID, itemID: nil, state: capture)
            }
            ParkingLot(
                meeting: meeting, items: items.filter { $0.runState == .parked },
                entries: entries.filter { $0.kind == .parked }, capture: capture)
            if !meeting.lifecycle.allows(.start) {
                AttendanceSection(meeting: meeting, people: details.people)
            }
            if meeting.lifecycle.isRunning {
                El("h2", .class("heading-m"), .id("more-time")) { T("Need more time?") }
                El("p") {
                    T("If the time is not enough, plan a follow-up: a new draft with the same people, the items ")
                    T("you have not finished and the topics in the parking lot. Nothing is sent until you share it.")
                }
                PostForm(action: .followUp(meetingID)) {
                    SecondaryButton(text: "We need more time: plan a follow-up")
                }
            }
            if !followUps.isEmpty {
                El("ul", .class("list")) {
                    for followUp in followUps {
                        El("li") { El("a", .href(.meeting(followUp.id!))) { T("Follow-up: \(followUp.purpose)") } }
                    }
                }
            }
            if meeting.lifecycle.allows(.close) {
                El("h2", .class("heading-m"), .id("close")) { T("Close the meeting") }
                El("p") {
                    T("Closing locks the record. Check each entry's label first: shared entries go into the ")
                    T("summary the family and student receive. After closing, a change needs a reason and the ")
                    T("earlier version is kept.")
                }
                // The item in hand is finished by closing; the rest stay open.
                let open = items.filter { $0.runState != .done && $0.runState != .current }
                let parkedTopics = entries.filter { $0.kind == .parked }.count
                if !open.isEmpty || parkedTopics > 0 {
                    El("p", .class("warning-text")) {
                        El("strong") { T("Still open: ") }
                        T(
                            [
                                open.isEmpty
                                    ? nil : "\(open.count) agenda \(open.count == 1 ? "item" : "items") not finished",
                                parkedTopics == 0
                                    ? nil : "\(parkedTopics) parked \(parkedTopics == 1 ? "topic" : "topics")",
                            ].compactMap { $0 }.joined(separator: ", ")
                                + (followUps.isEmpty
                                    ? ". Plan a follow-up first if you need one."
                                    : ". A follow-up is planned for them."))
                    }
                }
                PostForm(action: .closeMeeting(meetingID)) {
                    El("div", .class("field" + (capture.errors["confirm_close"] != nil ? " field--error" : ""))) {
                        FieldMessage(field: "confirm_close", error: capture.errors["confirm_close"])
                        Checkbox(
                            name: "confirm_close", label: "I have checked who can read each entry. Close the record.",
                            checked: false)
                    }
                    PrimaryButton(text: "Close the meeting")
                }
            }
            if !events.isEmpty {
                El("details", .class("details")) {
                    El("summary") { T("What happened to the agenda") }
                    El("ul", .class("list")) {
                        for event in events {
                            El("li") { T("\(DateText.time(event.at)): \(event.sentence)") }
                        }
                    }
                }
            }
        }
    }

    private var boundary: String {
        guard let start = meeting.startsAt else { return "\(meeting.lengthMinutes) minutes" }
        let end = start.addingTimeInterval(TimeInterval(meeting.lengthMinutes * 60))
        return "\(DateText.time(start)) to \(DateText.time(end)) (\(meeting.lengthMinutes) minutes)"
    }

    private var tone: String {
        meeting.lifecycle.isRunning ? "green" : meeting.lifecycle.isHeld ? "grey" : "blue"
    }
}
