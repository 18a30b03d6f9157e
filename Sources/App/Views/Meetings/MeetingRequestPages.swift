import Foundation
import RoundtableCore
import RoundtableViews

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
