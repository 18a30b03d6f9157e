import Foundation
import RoundtableCore

/// Drawing the day's work: each part a short list, each line a link to where it is done, and
/// a plain word when a part is empty.
extension HomePage {
    var workSections: Component {
        ComponentGroup {
            if work.isEmpty { quietDay } else { workLists }
        }
    }

    /// Nothing at all: one calm paragraph instead of five empty lists.
    private var quietDay: Component {
        ComponentGroup {
            El("p", .class("lead")) { T("Nothing needs you today.") }
            El("p") {
                T("Your meetings, replies from families, and actions and goals as they fall due will show here.")
            }
            El("p") {
                T("To plan a meeting, open a student from ")
                El("a", .href(.students())) { T("Students") }
                T(", or see every meeting you are part of under ")
                El("a", .href(.meetings)) { T("Meetings") }
                T(".")
            }
        }
    }

    private var workLists: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Your meetings today") }
            if work.today.isEmpty {
                El("p", .class("empty-state")) { T("No meetings today.") }
            } else {
                meetingList(work.today, showDay: false)
            }
            El("h2", .class("heading-m")) { T("Needs you") }
            if work.needsYou.isEmpty {
                El("p", .class("empty-state")) { T("Nothing needs you today.") }
            } else {
                El("ul", .class("list list--rows work-list")) {
                    for line in work.needsYou { needLine(line) }
                }
            }
            El("h2", .class("heading-m")) { T("Your actions") }
            if work.actions.isEmpty {
                El("p", .class("empty-state")) { T("None of your actions are due this week.") }
            } else {
                followList(work.actions, isReview: false)
            }
            El("h2", .class("heading-m")) { T("Goals to review") }
            if work.reviews.isEmpty {
                El("p", .class("empty-state")) { T("No goals are due for review this week.") }
            } else {
                followList(work.reviews, isReview: true)
            }
            El("h2", .class("heading-m")) { T("This week") }
            if work.thisWeek.isEmpty {
                El("p", .class("empty-state")) { T("No more meetings in the next seven days.") }
            } else {
                meetingList(work.thisWeek, showDay: true)
            }
        }
    }

    private func needLine(_ line: NeedLine) -> Component {
        El("li") {
            El("a", .href(line.link)) { T(Self.words(for: line.reason)) }
            El("span", .class("work-list__detail")) {
                T(line.subject + (line.when.map { " · " + DateText.dateTime($0) } ?? ""))
            }
        }
    }

    /// What the line asks, in words.
    static func words(for reason: NeedLine.Reason) -> String {
        switch reason {
        case .corrections(let count):
            count == 1
                ? "Answer a request to correct the summary"
                : "Answer \(count) requests to correct the summary"
        case .interpreter(let person, let language): "\(person) asked for an interpreter in \(language)"
        case .accessNeeds(let person): "\(person) told you what would help them take part"
        case .familyRequest(let urgency):
            switch urgency {
            case .routine: "A family asked for a meeting"
            case .soon: "A family asked for a meeting soon"
            case .urgent: "A family asked for an urgent meeting"
            }
        case .summaryNotShared: "Share the summary with the participants"
        case .preparation(let done, let total): "Prepare for the meeting: \(done) of \(total) steps done"
        case .feedbackAlert(let person): "\(person) gave some low answers about how the meeting felt"
        }
    }

    private func meetingList(_ meetings: [MeetingLine], showDay: Bool) -> Component {
        El("ul", .class("list list--rows work-list")) {
            for meeting in meetings {
                El("li") {
                    El("a", .href(.meeting(meeting.id, .show()))) { T(meeting.name) }
                    T(" ")
                    StatusTag(text: meeting.state.label, tone: meeting.hasBeenShared ? "blue" : "grey")
                    El("span", .class("work-list__detail")) {
                        T(
                            [
                                showDay ? DateText.dateTime(meeting.startsAt) : DateText.time(meeting.startsAt),
                                "\(meeting.lengthMinutes) minutes",
                                meeting.place ?? "no room chosen yet",
                                meeting.youLead ? "you lead" : nil,
                            ].compactMap { $0 }.joined(separator: " · "))
                    }
                    El("span", .class("work-list__detail")) { T(Self.repliesText(meeting)) }
                }
            }
        }
    }

    static func repliesText(_ meeting: MeetingLine) -> String {
        guard meeting.hasBeenShared, let replies = meeting.replies else {
            return "Not shared yet: nobody has been invited."
        }
        if replies.invited == 0 { return "Nobody outside school is invited." }
        let count = "Replies: \(replies.received) of \(replies.invited)."
        if replies.waitingFor.isEmpty { return count + " Everyone has replied." }
        return count + " Not replied yet: " + replies.waitingFor.joined(separator: ", ") + "."
    }

    private func followList(_ lines: [FollowLine], isReview: Bool) -> Component {
        El("ul", .class("list list--rows work-list")) {
            for line in lines {
                El("li") {
                    El("a", .href(line.link)) { T(line.text) }
                    if line.isOverdue {
                        T(" ")
                        StatusTag(text: isReview ? "Review overdue" : "Overdue", tone: "red")
                    }
                    El("span", .class("work-list__detail")) {
                        T(
                            [
                                (isReview ? "Review by " : "Due ") + DateText.day(line.due),
                                line.subject,
                                line.fromYourMeeting ? "from your meeting" : nil,
                            ].compactMap { $0 }.joined(separator: " · "))
                    }
                }
            }
        }
    }
}
