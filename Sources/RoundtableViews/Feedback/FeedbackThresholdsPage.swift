import Foundation
import RoundtableCore

/// When participants' answers raise an alert for the lead: the school's three numbers, set by
/// its leaders, with the numbers as they start.
public struct FeedbackThresholdsPage: HTMLPage, Sendable, Equatable {
    public var schoolID: SchoolID
    public var schoolName: String
    public var form: FeedbackAlerts.ThresholdsForm
    public var errors = FieldErrors()
    public var notice: SiteRoute.Notice?

    public init(schoolID: SchoolID, schoolName: String, form: FeedbackAlerts.ThresholdsForm) {
        self.schoolID = schoolID
        self.schoolName = schoolName
        self.form = form
    }

    public var title: String { "When feedback needs action" }
    public var area: StaffArea? { .staff }
    public var hasErrors: Bool { !errors.isEmpty }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .schoolSettings(school: schoolID), text: "Back to school settings")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: title, caption: schoolName)
            El("p", .class("lead")) {
                T(
                    "After a meeting, families, students and other agencies can say how it felt. When an answer is low, the person who led the meeting sees it under “Needs action”, with a suggested next step."
                )
            }
            PostForm(action: .feedbackThresholds(school: schoolID)) {
                TextField(
                    name: "low_score", label: "A score this low or lower needs action",
                    hint: "Adults answer from 0 to 10. Use a number from 0 to 10. Usually 5.", value: form.lowScore,
                    error: errors["low_score"], width: "short", inputMode: "numeric")
                TextField(
                    name: "drop", label: "A score that fell this much since their last meeting needs action",
                    hint:
                        "Compared with the same person's answer at their last meeting about the same student. Use a number from 1 to 10. Usually 2.",
                    value: form.drop, error: errors["drop"], width: "short", inputMode: "numeric")
                TextField(
                    name: "low_face", label: "A child's face this sad or sadder needs action",
                    hint: "Students choose one of five faces, 1 the saddest. Use a number from 1 to 4. Usually 2.",
                    value: form.lowFace, error: errors["low_face"], width: "short", inputMode: "numeric")
                PrimaryButton(text: "Save")
            }
        }
    }
}
