import Foundation
import RoundtableCore

/// After a meeting, a member of staff who took part looks back on it: the four questions of
/// the approach in their own words, and the eight qualities the participants rate, from our
/// side, 0 to 10. Only its author reads it (`StaffReflectionRule`).
public struct StaffReflectionPage: HTMLPage, Sendable, Equatable {
    public var meetingID: MeetingID
    /// "Review meeting with Zoë Hughes".
    public var caption: String
    /// What the form shows: their saved reflection, or what they just sent.
    public var form: StaffReflectionForm
    public var errors: FieldErrors
    /// When they last saved it; nil before the first save.
    public var savedAt: Date?
    public var notice: SiteRoute.Notice?

    public init(
        meetingID: MeetingID, caption: String, form: StaffReflectionForm = StaffReflectionForm(),
        errors: FieldErrors = FieldErrors(), savedAt: Date? = nil, notice: SiteRoute.Notice? = nil
    ) {
        self.meetingID = meetingID
        self.caption = caption
        self.form = form
        self.errors = errors
        self.savedAt = savedAt
        self.notice = notice
    }

    public var title: String { "Your reflection after the meeting" }
    public var area: StaffArea? { .meetings }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        // The scale's ends and error prefix in the participants' English words, so both sides
        // read the same scale.
        let english = Localizer("en")
        return ComponentGroup {
            BackLink(route: .meeting(meetingID, .record()), text: "Back to the record")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: caption)
            El("div", .class("inset"), .id("private")) {
                El("p") { El("strong") { T("Only you can read this.") } }
                El("p") {
                    T(
                        "Roundtable shows it to nobody else: not the lead, not a school leader. It is not part of the record, and the family never sees it. The audit log notes that you saved a reflection, never what it says."
                    )
                }
            }
            if let savedAt { El("p", .class("hint")) { T("Last saved \(DateText.dateTime(savedAt)).") } }
            PostForm(action: .meeting(meetingID, .reflectionAfter())) {
                El("h2", .class("heading-m")) { T("Looking back") }
                for prompt in StaffReflectionPrompt.allCases {
                    TextArea(
                        name: prompt.field, label: prompt.question, hint: prompt.hint,
                        value: form.answers[prompt] ?? "",
                        error: errors[prompt.field], rows: 4)
                }
                El("h2", .class("heading-m")) { T("How it felt, from our side") }
                El("p", .class("hint"), .id("scale-hint")) {
                    T(
                        "The same things the family and the student were asked, from our side. Choose a number: 0 means not at all, 10 means completely. Leave out any you cannot judge."
                    )
                }
                for question in FeedbackQuestion.allCases {
                    ScaleQuestion(
                        t: english, question: question, selected: form.scores[question],
                        error: errors[question.field], legend: question.staffStatement)
                }
                PrimaryButton(text: "Save my reflection")
            }
        }
    }
}
