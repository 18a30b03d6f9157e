import Foundation
import RoundtableCore

extension MeetingPage {
    public func content() -> Component {
        guard let part else { return overview }
        return ComponentGroup {
            BackLink(route: .meeting(id, .show()), text: "Back to the meeting")
            NoticeBanner(text: notice?.text)
            PageHeading(text: part.label, caption: meetingTitle)
            partContent(part)
        }
    }

    /// Who, why, when and where; what needs the reader now; what the family and the student
    /// said; then the task list.
    private var overview: Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title, caption: state.label)
            for person in people where person.isContactRestricted {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("\(person.name) now has a contact restriction: ") }
                    T("their links were stopped and nothing more will be sent to them.")
                }
            }
            if flags.isCancelled {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("This meeting is cancelled.") }
                }
            }
            MeetingClashSection(meetingID: id, clashes: clashes, mayChange: flags.mayChangePlan)
            StaleLetterNote(meetingID: id, mentions: staleLetter, mayChange: flags.mayChange)
            changesNotTold
            El("dl", .class("summary-list")) {
                SummaryRow(key: "Why we are meeting") { T(purpose) }
                SummaryRow(key: "When") {
                    T(startsAt.map { DateText.dateTime($0) } ?? "No date yet")
                    T(", \(lengthMinutes) minutes")
                }
                SummaryRow(key: "Where and how") {
                    T(format.label)
                    if format.needsRoom { T(", " + (room.room?.name ?? "no room chosen yet")) }
                    if room.room != nil {
                        T(" (")
                        El("a", .href(.meeting(id, .seating))) { T("See the seating plan") }
                        T(")")
                    }
                    if let videoLink { Leaf("br"); T("Link: \(videoLink)") }
                    if let fallbackPlan { Leaf("br"); T("If the call fails: \(fallbackPlan)") }
                    roomWarnings
                }
                SummaryRow(key: "Leads the meeting") { T(leadName ?? "Nobody in particular") }
                SummaryRow(key: "Asked for by") {
                    T(requestedBy.label)
                    if urgency != .routine { T(". \(urgency.label)") }
                }
            }
            runLinks
            wordsSection
            taskList
            if flags.mayChangePlan {
                El("p") { El("a", .href(.meeting(id, .cancel))) { T("Cancel the meeting") } }
            }
        }
    }

    /// What the space check says about the chosen room, where the room is named.
    private var roomWarnings: Component {
        ComponentGroup {
            if let chosen = room.room, !chosen.warnings.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Think again about this room.") }
                    El("ul", .class("list")) { for warning in chosen.warnings { El("li") { T(warning) } } }
                }
            }
        }
    }

    /// Changes to the time, place or agenda not told yet, with the way to tell them now.
    private var changesNotTold: Component {
        ComponentGroup {
            if let sendsAt = sharing.changesToldAt {
                El("div", .class("inset"), .id("changes")) {
                    El("p") {
                        El("strong") { T("Changes not told yet. ") }
                        if sharing.partMovedFor.isEmpty {
                            T(
                                "Everyone is told all the changes once, at \(DateText.time(sendsAt)), 15 minutes after the last one, unless you change something else first: by email where we have their address, and on their own page."
                            )
                        } else {
                            // Only someone's part of the meeting moved: the notice goes to them alone.
                            T(
                                "\(sharing.partMovedFor.joined(separator: ", ")) will be told the new part of the meeting they come for at \(DateText.time(sendsAt)), 15 minutes after the last change: by email where we have their address, and on their own page. Nobody else is told."
                            )
                        }
                    }
                    if flags.mayChange {
                        PostForm(action: .meeting(id, .tellChanges)) {
                            SecondaryButton(
                                text: sharing.partMovedFor.isEmpty
                                    ? "Tell everyone about these changes now" : "Tell them now")
                        }
                    }
                }
            }
        }
    }

    /// Each part of planning, its state in words and as a tag, and a link to its page.
    private var taskList: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("tasks")) { T(flags.mayPlan ? "Planning" : "The plan") }
            El("ol", .class("task-list task-list--compact")) {
                for task in tasks {
                    El("li", .class("task-list__item"), .id("task-\(task.kind.rawValue)")) {
                        El("span", .class("task-list__name")) {
                            El("a", .href(route(for: task.kind))) { T(task.kind.label) }
                            if let hint = hint(for: task) { El("span", .class("task-list__hint")) { T(hint) } }
                        }
                        StatusTag(text: task.state.label, tone: task.state.tone)
                    }
                }
            }
        }
    }

    private func hint(for task: PlanningTask) -> String? {
        if task.kind == .share, let sharedAt = sharing.sharedAt, task.note == nil {
            return "Shared \(DateText.dateTime(sharedAt))"
        }
        return task.note
    }

    /// Where each part is done. The room and the plan's form are for planners; anyone else
    /// reads the seating plan and the summary above.
    func route(for kind: PlanningTaskKind) -> SiteRoute {
        switch kind {
        case .plan: flags.mayChangePlan ? .meeting(id, .plan) : .meeting(id, .notes)
        case .people: .meeting(id, .people)
        case .agenda: .meeting(id, .agenda)
        case .place: flags.mayPlan ? .meeting(id, .space) : .meeting(id, .seating)
        case .notes: .meeting(id, .notes)
        case .letter: .meeting(id, .invitation())
        case .share: .meeting(id, .share)
        case .preparation: .meeting(id, .preparation)
        case .reflection: .meeting(id, .biasCheck)
        }
    }

    private var runLinks: Component {
        let mayChange = flags.mayChange
        return ComponentGroup {
            if let original = run.followUpOf {
                El("p") {
                    T("This meeting follows up an earlier one. ")
                    El("a", .href(.meeting(original, .show()))) { T("See the earlier meeting") }
                }
            }
            switch run.stage {
            case .mayStart:
                if mayChange {
                    El("p", .class("button-row")) {
                        El("a", .class("button"), .href(.meeting(id, .run()))) { T("Run the meeting") }
                    }
                }
            case .running:
                El("p", .class("button-row")) {
                    if mayChange {
                        El("a", .class("button"), .href(.meeting(id, .run()))) { T("Back to the running meeting") }
                    }
                    T(" ")
                    El("a", .class("button button--secondary"), .href(.meeting(id, .screen))) { T("Shared screen") }
                }
            case .held(let mayShareSummary):
                if run.openComments > 0 && mayChange {
                    El("div", .class("warning-text"), .attr("role", "note")) {
                        El("strong") {
                            T(
                                run.openComments == 1
                                    ? "A participant asked for a correction to the summary. "
                                    : "\(run.openComments) participants asked for corrections to the summary. ")
                        }
                        El("a", .href(.meeting(id, .summary()))) { T("Read and answer") }
                    }
                }
                El("p", .class("button-row")) {
                    El("a", .class("button"), .href(.meeting(id, .record()))) { T("Read the record") }
                    if mayChange && mayShareSummary {
                        T(" ")
                        El("a", .class("button button--secondary"), .href(.meeting(id, .summary()))) {
                            T("Write and share the summary")
                        }
                    }
                }
                if let written = run.reflectionAfter {
                    El("p", .id("reflection-after")) {
                        El("a", .href(.meeting(id, .reflectionAfter()))) {
                            T(
                                written
                                    ? "Read or change your reflection on the meeting"
                                    : "Write your reflection on the meeting")
                        }
                        T(". Only you can read it.")
                    }
                }
            case .none:
                EmptyComponent()
            }
        }
    }
}
