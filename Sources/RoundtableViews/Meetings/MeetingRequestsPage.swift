import Foundation
import RoundtableCore

/// The staff queue of families' requests.
public struct MeetingRequestsPage: HTMLPage, Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, Codable {
        case open, accepted, answered
    }

    /// One family's request, about a student the viewer may see.
    public struct Request: Sendable, Equatable {
        public var id: MeetingRequestID
        public var familyMemberName: String
        public var studentName: String
        public var status: Status
        public var urgency: Urgency
        public var createdAt: Date?
        public var topic: String
        public var suitableTimes: String?
        public var answer: String?
        /// The meeting planned from it.
        public var meetingID: MeetingID?

        public init(
            id: MeetingRequestID, familyMemberName: String, studentName: String, status: Status, urgency: Urgency,
            createdAt: Date?, topic: String, suitableTimes: String? = nil, answer: String? = nil,
            meetingID: MeetingID? = nil
        ) {
            self.id = id
            self.familyMemberName = familyMemberName
            self.studentName = studentName
            self.status = status
            self.urgency = urgency
            self.createdAt = createdAt
            self.topic = topic
            self.suitableTimes = suitableTimes
            self.answer = answer
            self.meetingID = meetingID
        }
    }

    public var requests: [Request]
    /// An answer sent back for a change: the request, what was typed and what to change.
    public struct AnswerDraft: Sendable, Equatable {
        public var requestID: MeetingRequestID
        public var text: String
        public var error: String

        public init(requestID: MeetingRequestID, text: String, error: String) {
            self.requestID = requestID
            self.text = text
            self.error = error
        }

        var errors: FieldErrors {
            var errors = FieldErrors()
            errors.add(MeetingRequestsPage.answerField(requestID), error)
            return errors
        }
    }
    public var answerDraft: AnswerDraft?
    public var notice: SiteRoute.Notice?
    public var page: Int
    public var pageCount: Int

    public init(requests: [Request], notice: SiteRoute.Notice? = nil, page: Int = 1, pageCount: Int = 1) {
        self.requests = requests
        self.notice = notice
        self.page = page
        self.pageCount = pageCount
    }

    public var title: String { "Requests from families" }
    public var hasErrors: Bool { answerDraft != nil }
    public var area: StaffArea? { .meetings }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            if let answerDraft {
                ErrorSummary(errors: answerDraft.errors)
            }
            PageHeading(text: title)
            if requests.isEmpty {
                El("p") {
                    T(
                        "No family has asked for a meeting yet. Families can ask from the page their invitation link opens."
                    )
                }
            }
            for request in requests { card(request) }
            if pageCount > 1 {
                El("nav", .class("pagination"), .aria("label", "Pages of requests")) {
                    if page > 1 { El("a", pageLink(page - 1)) { T("Previous page") } }
                    El("span") { T("Page \(page) of \(pageCount)") }
                    if page < pageCount { El("a", pageLink(page + 1)) { T("Next page") } }
                }
            }
        }
    }

    private func card(_ request: Request) -> Component {
        El("section", .class("card outbox-message")) {
            El("h2", .class("heading-s")) {
                T("\(request.familyMemberName) asks to meet about \(request.studentName)")
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
            if let meeting = request.meetingID {
                El("p") { El("a", .href(.meeting(meeting, .show()))) { T("Open the meeting") } }
            }
            if request.status == .open {
                PostForm(action: .acceptRequest(request.id)) {
                    SecondaryButton(text: "Start planning this meeting")
                }
                PostForm(action: .answerRequest(request.id)) {
                    Leaf("input", .type("hidden"), .name("page"), .value(String(page)))
                    TextArea(
                        name: "answer", id: Self.answerField(request.id), label: "Or answer with a message",
                        hint:
                            "The family reads it on their page, for example a phone call instead, or who to speak to.",
                        value: answerDraft?.requestID == request.id ? answerDraft?.text ?? "" : "",
                        error: answerDraft?.requestID == request.id ? answerDraft?.error : nil)
                    SecondaryButton(text: "Send answer")
                }
            }
        }
    }

    /// Each request's answer box has its own id, so its label, hint and error belong to it.
    static func answerField(_ id: MeetingRequestID) -> String {
        "answer-" + id.rawValue.uuidString.lowercased()
    }

    private func pageLink(_ number: Int) -> Attr {
        Attr(name: "href", value: SiteRoute.meetingRequests().path + "?page=\(number)")
    }
}
