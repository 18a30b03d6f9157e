import Foundation
import RoundtableCore

extension FacilitatorPage {
    public func content() -> Component {
        let now = RenderContext.current.now
        return El("div", .class("run-page")) {
            BackLink(route: .meeting(meetingID, .show()), text: "Back to the meeting")
            if let refusal {
                ErrorSummary(
                    errors: {
                        var e = FieldErrors(); e.add(FieldErrors.expiredField, refusal); return e
                    }())
            }
            ErrorSummary(errors: sinceDraft?.errors ?? capture.errors)
            PageHeading(text: title, caption: "\(type.label) with \(studentNames.joined(separator: " and "))")
            El("div", .class("run-top"), .attr("data-server-now", String(Int64(now.timeIntervalSince1970 * 1000)))) {
                El("p", .class("lead"), .attr("dir", "auto")) { T(purpose) }
                El("dl", .class("facts")) {
                    Fact(key: "Time boundary") { T(boundary) }
                    Fact(key: "Now") { StatusTag(text: state.label, tone: tone) }
                    partTimeFact
                }
                if let clock, flags.isRunning {
                    ClockView(
                        heading: "The whole meeting", reading: clock.meeting(now: now),
                        startedAt: clock.meetingStartedAt)
                }
                if !groundRules.isEmpty {
                    El("details", .class("details"), .flag("open")) {
                        El("summary") { T("Ground rules") }
                        El("ul", .class("list")) { for rule in groundRules { El("li") { T(rule) } } }
                    }
                }
                El("p") {
                    El("a", .href(.meeting(meetingID, .screen)), .attr("target", "_blank"), .attr("rel", "noopener")) {
                        T("Open the shared screen (in a new tab)")
                    }
                    T(" for a projector or to share in a video call. It shows only what everyone may see.")
                }
            }
            if flags.mayStart {
                AttendanceSection(meetingID: meetingID, people: people)
                PostForm(action: .meeting(meetingID, .start)) {
                    El("p") {
                        T("Starting the clock opens the first agenda item. Mark who is here first, just above.")
                    }
                    PrimaryButton(text: "Start the meeting")
                }
            }
            if MeetingLifecycle(state).allows(.share) {
                El("p", .class("inset")) {
                    T("This meeting is still a draft. Share it from ")
                    El("a", .href(.meeting(meetingID, .show()))) { T("the meeting's page") }
                    T(" first; once the invitations have gone, you can start it here.")
                }
            }
            if flags.isHeld {
                El("p", .class("lead")) {
                    T("This meeting is closed. ")
                    El("a", .href(.meeting(meetingID, .record()))) { T("Read and share its record") }
                }
            }
            UnplacedVoices(people: people, titles: items.map(\.title))
            sinceLastTime
            El("h2", .class("heading-m"), .id("agenda")) { T("Agenda") }
            El("ol", .class("run-agenda")) {
                for (index, item) in items.enumerated() {
                    RunAgendaItem(
                        item: item, isFirst: index == 0, isLast: index == items.count - 1,
                        hasWaiting: items.contains { $0.runState == .waiting }, meetingID: meetingID,
                        isRunning: flags.isRunning, clock: clock, now: now, people: people,
                        entries: entries.filter { $0.itemID == item.id && $0.kind != .parked },
                        capture: item.id == current?.id ? capture : nil)
                }
            }
            El("h2", .class("heading-m"), .id("whole-meeting")) { T("For the whole meeting") }
            EntryList(
                entries: entries.filter { $0.itemID == nil && $0.kind != .parked }, meetingID: meetingID,
                isRunning: flags.isRunning)
            if flags.mayCapture && current == nil {
                CapturePanel(meetingID: meetingID, itemID: nil, state: capture, people: people.owners)
            }
            ParkingLot(
                meetingID: meetingID, isRunning: flags.isRunning, mayCapture: flags.mayCapture,
                items: items.filter { $0.runState == .parked }, entries: entries.filter { $0.kind == .parked },
                capture: capture)
            if !flags.mayStart {
                AttendanceSection(meetingID: meetingID, people: people)
            }
            if flags.isRunning {
                El("h2", .class("heading-m"), .id("more-time")) { T("Need more time?") }
                El("p") {
                    T("If the time is not enough, plan a follow-up: a new draft with the same people, the items ")
                    T("you have not finished and the topics in the parking lot. Nothing is sent until you share it.")
                }
                PostForm(action: .meeting(meetingID, .followUp)) {
                    SecondaryButton(text: "We need more time: plan a follow-up")
                }
            }
            if !followUps.isEmpty {
                El("ul", .class("list")) {
                    for followUp in followUps {
                        El("li") {
                            El("a", .href(.meeting(followUp.id, .show()))) { T("Follow-up: \(followUp.purpose)") }
                        }
                    }
                }
            }
            if flags.mayClose { closing }
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
        guard let start = startsAt else { return "\(lengthMinutes) minutes" }
        let end = start.addingTimeInterval(TimeInterval(lengthMinutes * 60))
        return "\(DateText.time(start)) to \(DateText.time(end)) (\(lengthMinutes) minutes)"
    }

    private var tone: String {
        flags.isRunning ? "green" : flags.isHeld ? "grey" : "blue"
    }
}
