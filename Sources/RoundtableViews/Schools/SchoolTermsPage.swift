import Foundation
import RoundtableCore

/// The school's term dates: the fixed periods the school's figures are counted over. Terms
/// that have ended are shown but not changed, so figures counted over them stay the same.
public struct SchoolTermsPage: HTMLPage, Sendable, Equatable {
    public var schoolID: SchoolID
    public var schoolName: String
    /// Saved terms that have ended, oldest first.
    public var fixed: [SchoolTerm]
    /// The terms still to come or under way, as saved or as typed.
    public var form: TermDatesForm
    public var notice: SiteRoute.Notice?
    public var errors: FieldErrors

    public init(
        schoolID: SchoolID, schoolName: String, fixed: [SchoolTerm] = [], form: TermDatesForm = TermDatesForm(),
        notice: SiteRoute.Notice? = nil, errors: FieldErrors = FieldErrors()
    ) {
        self.schoolID = schoolID
        self.schoolName = schoolName
        self.fixed = fixed
        self.form = form
        self.notice = notice
        self.errors = errors
    }

    public var hasErrors: Bool { !errors.isEmpty }
    public var title: String { "Term dates" }
    public var area: StaffArea? { .staff }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .schoolSettings(school: schoolID), text: "Back to school settings")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: "Term dates", caption: schoolName)
            El("p", .class("lead")) {
                T("The school's figures about meetings are counted by month, by term and by school year. ")
                T("Enter each term's first and last day, in order.")
            }
            El("p") {
                T("You can put a mistake right for a week after saving. After that, a term that has ended stays ")
                T("as it is, and a term under way keeps its first day.")
            }
            if !fixed.isEmpty {
                El("h2", .class("heading-m")) { T("Terms that have ended") }
                El("p", .class("hint")) {
                    T("These stay as they are, so figures already counted over them do not change.")
                }
                El("ul") {
                    for term in fixed {
                        El("li") { T("\(term.name): \(Self.day(term.start)) to \(Self.day(term.end))") }
                    }
                }
            }
            El("form", .postMethod, .action(.schoolTerms(school: schoolID))) {
                CSRFField()
                for (index, row) in form.rows.enumerated() {
                    El("fieldset", .class("fieldset field")) {
                        El("legend", .class("legend")) { T("Term \(index + 1)") }
                        TextField(
                            name: TermDatesForm.field(index, .name), label: "Name",
                            hint: index == 0 ? "Like Autumn term. Leave a row empty if you do not need it." : nil,
                            value: row.name, error: errors[TermDatesForm.field(index, .name)], autocomplete: "off",
                            width: "medium")
                        TextField(
                            name: TermDatesForm.field(index, .start), label: "First day", value: row.start,
                            error: errors[TermDatesForm.field(index, .start)], type: "date", width: "medium")
                        TextField(
                            name: TermDatesForm.field(index, .end), label: "Last day", value: row.end,
                            error: errors[TermDatesForm.field(index, .end)], type: "date", width: "medium")
                    }
                }
                PrimaryButton(text: "Save term dates")
            }
        }
    }

    /// "2 September 2026": a date the reader does not have to decode.
    static func day(_ day: SchoolDay) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
