import Foundation
import RoundtableCore
import RoundtableViews

/// "Ask for another meeting", on a family member's page, with the school's answers so far.
struct MeetingRequestSection: Component {
    var t: Localizer
    var token: String
    var children: [Student]
    var requests: [MeetingRequest]
    var topic: String
    var errors: FieldErrors
    var sent: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m"), .id("request")) { T(t(.requestTitle)) }
            if sent { El("div", .class("notice"), .attr("role", "status")) { El("p") { T(t(.requestSent)) } } }
            for request in requests {
                if let answer = request.answer {
                    El("p", .class("inset")) { T(t(.requestAnswer, ["message": answer])) }
                } else if request.status == .accepted {
                    El("p", .class("inset")) { T(t(.requestAccepted)) }
                }
            }
            El("p") { T(t(.requestIntro)) }
            PostForm(action: .participantRequest(token: token)) {
                if children.count > 1 {
                    RadioGroup(
                        name: "student", legend: t(.requestChild),
                        options: children.map {
                            .init(value: $0.id!.uuidString, label: $0.preferredName ?? $0.legalGivenName)
                        },
                        selected: children.first?.id?.uuidString, errorPrefix: t(.errorPrefix))
                } else if let child = children.first {
                    Leaf("input", .type("hidden"), .name("student"), .value(child.id!.uuidString))
                }
                TextArea(
                    name: "request_topic", label: t(.requestTopic), value: topic, error: errors["request_topic"],
                    errorPrefix: t(.errorPrefix))
                RadioGroup(
                    name: "urgency", legend: t(.requestUrgency),
                    options: [
                        .init(value: "routine", label: t(.requestRoutine)),
                        .init(value: "soon", label: t(.requestSoon)),
                        .init(value: "urgent", label: t(.requestUrgent)),
                    ], selected: "routine", errorPrefix: t(.errorPrefix))
                TextArea(name: "request_suitable_times", label: t(.requestWhen), hint: t(.requestWhenHint))
                SecondaryButton(text: t(.requestSend))
            }
        }
    }
}

/// The staff queue of families' requests.
struct MeetingRequestsPage: HTMLPage {
    var requests: [MeetingRequest]
    var notice: SiteRoute.Notice?
    var page = 1
    var pageCount = 1

    var title: String { "Requests from families" }
    var area: StaffArea? { .meetings }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            PageHeading(text: title)
            if requests.isEmpty {
                El("p") {
                    T(
                        "No family has asked for a meeting yet. Families can ask from the page their invitation link opens."
                    )
                }
            }
            for request in requests {
                El("section", .class("card outbox-message")) {
                    El("h2", .class("heading-s")) {
                        T("\(request.familyMember.displayName) asks to meet about \(request.student.displayName)")
                    }
                    El("p", .class("card__meta")) {
                        StatusTag(
                            text: request.status == .open
                                ? "Waiting" : request.status == .accepted ? "Meeting planned" : "Answered",
                            tone: request.status == .open ? "blue" : "grey")
                        T(" \(request.urgency.label) · " + (request.createdAt.map(DateText.dateTime) ?? ""))
                    }
                    El("p", .attr("dir", "auto")) { T("“\(request.topic)”") }
                    if let times = request.suitableTimes { El("p") { T("Times that suit: \(times)") } }
                    if let answer = request.answer { El("p", .class("muted")) { T("Your answer: \(answer)") } }
                    if let meeting = request.$meeting.id {
                        El("p") { El("a", .href(.meeting(meeting))) { T("Open the meeting") } }
                    }
                    if request.status == .open {
                        PostForm(action: .acceptRequest(request.id!)) {
                            SecondaryButton(text: "Start planning this meeting")
                        }
                        PostForm(action: .answerRequest(request.id!)) {
                            TextArea(
                                name: "answer", label: "Or answer with a message",
                                hint:
                                    "The family reads it on their page, for example a phone call instead, or who to speak to."
                            )
                            SecondaryButton(text: "Send answer")
                        }
                    }
                }
            }
            if pageCount > 1 {
                El("nav", .class("pagination"), .aria("label", "Pages of requests")) {
                    if page > 1 { El("a", pageLink(page - 1)) { T("Previous page") } }
                    El("span") { T("Page \(page) of \(pageCount)") }
                    if page < pageCount { El("a", pageLink(page + 1)) { T("Next page") } }
                }
            }
        }
    }

    private func pageLink(_ number: Int) -> Attr {
        Attr(name: "href", value: SiteRoute.meetingRequests().path + "?page=\(number)")
    }
}
