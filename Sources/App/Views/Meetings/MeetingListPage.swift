import Foundation
import RoundtableCore
import RoundtableViews

/// "Meetings": coming up, drafts still without a date, and past ones.
struct MeetingListPage: HTMLPage {
    var entries: [Meetings.Entry]
    var now: Date
    /// The school whose rooms the viewer may describe, if any.
    var roomsSchool: UUID? = nil
    /// Families' requests waiting for an answer, among students the viewer can see.
    var openRequests = 0
    /// Participants' comments on summaries still waiting for an answer, by meeting.
    var openComments: [UUID: Int] = [:]

    var title: String { "Meetings" }
    var area: StaffArea? { .meetings }

    /// Meetings that will not go well unless someone acts: coming up but not shared, or
    /// shared but not prepared. With the reason, in words.
    private var needingAction: [(entry: Meetings.Entry, reason: String)] {
        entries.compactMap { entry in
            let meeting = entry.meeting
            return MeetingAttention.of(
                state: meeting.state, startsAt: meeting.startsAt, urgency: meeting.urgency,
                preparationDone: meeting.preparationDone, now: now, openComments: openComments[meeting.id!] ?? 0
            ).map { (entry, $0.reason) }
        }
    }

    private var upcoming: [Meetings.Entry] {
        let flagged = Set(needingAction.map { $0.entry.meeting.id })
        return entries.filter {
            ($0.meeting.startsAt ?? .distantPast) >= now && !flagged.contains($0.meeting.id)
                && !$0.meeting.lifecycle.isHeld
        }
        .sorted { $0.meeting.startsAt! < $1.meeting.startsAt! }
    }
    private var undated: [Meetings.Entry] { entries.filter { $0.meeting.startsAt == nil } }
    private var past: [Meetings.Entry] {
        let flagged = Set(needingAction.map { $0.entry.meeting.id })
        return entries.filter {
            (($0.meeting.startsAt ?? .distantFuture) < now || $0.meeting.lifecycle.isHeld)
                && !flagged.contains($0.meeting.id)
        }
        .sorted {
            ($0.meeting.startedAt ?? $0.meeting.startsAt ?? .distantPast)
                > ($1.meeting.startedAt ?? $1.meeting.startsAt ?? .distantPast)
        }
    }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Meetings")
            El("p", .class("lead")) {
                T("To plan a new meeting, open the student's page and choose “Plan a meeting”.")
            }
            if entries.isEmpty {
                El("p") { T("There are no meetings yet.") }
            }
            El("p") {
                El("a", .href(.meetingRequests())) { T("Requests from families") }
                if openRequests > 0 { T(" (\(openRequests) waiting)") }
                T(" · ")
                El("a", .href(.calendarFeed())) { T("See your meetings in your own calendar") }
            }
            if let roomsSchool {
                El("p") {
                    El("a", .href(.spaces(school: roomsSchool))) { T("Rooms for meetings") }
                    T(" · ")
                    El("a", .href(.outbox(school: roomsSchool))) { T("Outbox") }
                }
            }
            if !needingAction.isEmpty {
                El("h2", .class("heading-m")) { T("Needs action") }
                El("ul", .class("list list--rows")) {
                    for (entry, reason) in needingAction {
                        El("li") {
                            El("a", .href(.meeting(entry.meeting.id!))) {
                                T(Self.name(entry))
                            }
                            El("span", .class("muted")) {
                                T(" · " + (entry.meeting.startsAt.map(DateText.dateTime) ?? "") + " · ")
                            }
                            El("strong") { T(reason) }
                        }
                    }
                }
            }
            section("Coming up", upcoming)
            section("Drafts without a date", undated)
            section("Past", past)
        }
    }

    static func name(_ entry: Meetings.Entry) -> String {
        let followUp = entry.meeting.$followUpOf.id == nil ? "" : " (follow-up)"
        return "\(entry.meeting.type.label)\(followUp): \(entry.studentNames.joined(separator: ", "))"
    }

    private func section(_ heading: String, _ list: [Meetings.Entry]) -> Component {
        ComponentGroup {
            if !list.isEmpty {
                El("h2", .class("heading-m")) { T(heading) }
                El("ul", .class("list list--rows")) {
                    for entry in list {
                        El("li") {
                            El("a", .href(.meeting(entry.meeting.id!))) {
                                T(Self.name(entry))
                            }
                            El("span", .class("muted")) {
                                // A meeting already held shows when it was held, not when it was planned.
                                T(
                                    " · "
                                        + ((entry.meeting.startedAt ?? entry.meeting.startsAt).map(DateText.dateTime)
                                            ?? "no date yet") + " · ")
                            }
                            StatusTag(
                                text: entry.meeting.state.label,
                                tone: entry.meeting.lifecycle.hasBeenShared ? "blue" : "grey")
                        }
                    }
                }
            }
        }
    }
}

/// Choosing the kind of meeting: each comes with a purpose, agenda and ground rules to adapt.
struct NewMeetingPage: HTMLPage {
    var student: Student
    var selected: String?
    var errors = FieldErrors()

    private var name: String { student.preferredName ?? student.legalGivenName }
    var title: String { "Plan a meeting about \(name)" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: student.displayName)
            El("p", .class("lead")) {
                T(
                    "Choose the kind of meeting. Roundtable starts a draft with a purpose, an agenda and ground rules you can change. Nobody is told anything until you share it."
                )
            }
            PostForm(action: .newMeeting(student: student.id!)) {
                RadioGroup(
                    name: "type", legend: "What kind of meeting is it?",
                    options: MeetingType.allCases.map { type in
                        let template = MeetingTemplate.standard(type)
                        return .init(
                            value: type.rawValue, label: type.label,
                            hint: "\(template.lengthMinutes) minutes, \(template.agenda.count) agenda items")
                    }, selected: selected, error: errors["type"])
                PrimaryButton(text: "Start planning")
            }
        }
    }
}
