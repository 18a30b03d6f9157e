import Foundation
import RoundtableCore

/// One participant's low answers about a meeting, for the person who must act on them: who
/// answered, which meeting, what was low in words and numbers, the suggested next step, and
/// "What did you do?", which closes it. Once closed: what was done, by whom and when.
public struct FeedbackAlertPage: HTMLPage, Sendable, Equatable {
    /// One low answer: the question as they were asked it, and the answer in words and numbers.
    public struct Line: Sendable, Equatable {
        public var question: String
        public var answer: String

        public init(question: String, answer: String) {
            self.question = question
            self.answer = answer
        }
    }

    public struct Closed: Sendable, Equatable {
        public var action: String
        public var note: String?
        /// Nobody, when the participant's own change closed it.
        public var by: String?
        public var at: Date

        public init(action: String, note: String?, by: String?, at: Date) {
            self.action = action
            self.note = note
            self.by = by
            self.at = at
        }
    }

    public var id: FeedbackAlertID
    public var person: String
    /// How they are related to the student ("Mother", "Student", "Speech therapist").
    public var relationship: String
    public var meeting: MeetingID
    public var meetingName: String
    public var meetingWhen: Date?
    public var raisedAt: Date
    public var lines: [Line]
    public var nextSteps: [String]
    public var closed: Closed?
    public var form = FeedbackAlerts.ActionForm()
    public var errors = FieldErrors()
    public var notice: SiteRoute.Notice?

    public init(
        id: FeedbackAlertID, person: String, relationship: String, meeting: MeetingID, meetingName: String,
        meetingWhen: Date?, raisedAt: Date, lines: [Line], nextSteps: [String], closed: Closed? = nil
    ) {
        self.id = id
        self.person = person
        self.relationship = relationship
        self.meeting = meeting
        self.meetingName = meetingName
        self.meetingWhen = meetingWhen
        self.raisedAt = raisedAt
        self.lines = lines
        self.nextSteps = nextSteps
        self.closed = closed
    }

    public var title: String { "How the meeting felt for \(person)" }
    public var area: StaffArea? { .meetings }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .meetings, text: "Back to meetings")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: closed == nil ? "Needs action" : "Closed")
            El("dl", .class("summary-list")) {
                SummaryRow(key: "Who answered") { T("\(person) (\(relationship))") }
                SummaryRow(key: "Meeting") {
                    El("a", .href(.meeting(meeting, .show()))) { T(meetingName) }
                    if let meetingWhen { T(" · " + DateText.dateTime(meetingWhen)) }
                }
                SummaryRow(key: "Answered") { T(DateText.dateTime(raisedAt)) }
            }
            El("h2", .class("heading-m")) { T("What was low") }
            if lines.isEmpty {
                // They chose afterwards to count only in the school's totals (`FeedbackAlertStore`).
                El("p") { T("They asked to be counted only in the school's totals, so their answers are not shown.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for line in lines {
                        El("li") {
                            El("span") { T(line.question) }
                            T(" ")
                            El("strong") { T(line.answer) }
                        }
                    }
                }
                El("p", .class("hint")) {
                    T(
                        "The meeting's lead and the school's leaders can read their own words on the meeting's record page."
                    )
                }
            }
            if let closed {
                El("h2", .class("heading-m")) { T("What was done") }
                El("dl", .class("summary-list")) {
                    SummaryRow(key: "Done") { T(closed.action) }
                    if let note = closed.note { SummaryRow(key: "Note") { T(note) } }
                    SummaryRow(key: "By") { T(closed.by ?? "Nobody: it closed by itself") }
                    SummaryRow(key: "When") { T(DateText.dateTime(closed.at)) }
                }
            } else {
                El("h2", .class("heading-m")) { T("What could help") }
                El("ul", .class("list")) {
                    for step in nextSteps { El("li") { T(step) } }
                }
                PostForm(action: .feedbackAlert(id)) {
                    RadioGroup(
                        name: "action", legend: "What did you do?",
                        options: FeedbackAlerts.Action.choosable.map { .init(value: $0.rawValue, label: $0.label) },
                        selected: form.action, error: errors["action"])
                    TextArea(
                        name: "note", label: "Note (optional)",
                        hint: "A few words for the school's record. Needed for “Something else”.", value: form.note,
                        error: errors["note"])
                    PrimaryButton(text: "Save and close the alert")
                }
            }
        }
    }
}
