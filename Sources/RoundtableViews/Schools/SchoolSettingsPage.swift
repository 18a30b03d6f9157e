import Foundation
import RoundtableCore

/// How far heads of year and the special needs coordinator see, whether families give an
/// emailed code, and the school's words explained in summaries.
public struct SchoolSettingsPage: HTMLPage, Sendable, Equatable {
    public var schoolID: SchoolID
    public var schoolName: String
    public var headOfYearSeesYearGroup: Bool
    public var senCoordinatorSeesSpecialNeeds: Bool
    public var participantCodeRequired: Bool
    /// The jargon list as text, one word a line.
    public var jargon: String
    /// How families reach the school, as typed or saved.
    public var contact: SchoolContactForm
    public var notice: SiteRoute.Notice?
    public var errors: FieldErrors

    public init(
        schoolID: SchoolID, schoolName: String, headOfYearSeesYearGroup: Bool, senCoordinatorSeesSpecialNeeds: Bool,
        participantCodeRequired: Bool, jargon: String, contact: SchoolContactForm = SchoolContactForm(),
        notice: SiteRoute.Notice? = nil, errors: FieldErrors = FieldErrors()
    ) {
        self.contact = contact
        self.schoolID = schoolID
        self.schoolName = schoolName
        self.headOfYearSeesYearGroup = headOfYearSeesYearGroup
        self.senCoordinatorSeesSpecialNeeds = senCoordinatorSeesSpecialNeeds
        self.participantCodeRequired = participantCodeRequired
        self.jargon = jargon
        self.notice = notice
        self.errors = errors
    }

    public var hasErrors: Bool { !errors.isEmpty }
    public var title: String { "School settings" }
    public var area: StaffArea? { .staff }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .staff(school: schoolID), text: "Back to staff")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: "School settings", caption: schoolName)
            El("p", .class("lead")) {
                T("Staff see the students they work with, and school leaders see everyone. ")
                T("Here you decide whether some jobs see more.")
            }
            El("p") {
                El("a", .href(.feedbackThresholds(school: schoolID))) { T("When feedback needs action") }
                T(": how low an answer about a meeting must be before the lead is asked to act.")
            }
            El("form", .postMethod, .action(.schoolSettings(school: schoolID))) {
                CSRFField()
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("Who sees which students: let these people see more") }
                    El("div", .class("checkboxes")) {
                        Checkbox(
                            name: "head_of_year_sees_year_group",
                            label: "Heads of year see every student in the year groups they lead",
                            checked: headOfYearSeesYearGroup)
                        Checkbox(
                            name: "sen_coordinator_sees_special_needs",
                            label: "The special needs coordinator sees every student with special educational needs",
                            checked: senCoordinatorSeesSpecialNeeds)
                    }
                }
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("Families' personal pages") }
                    El("p", .class("hint")) {
                        T("Each family member opens their meeting page from a link in their email. ")
                        T("With this on, the page first sends a six-digit code to that email and shows nothing ")
                        T("until it is typed in, so a forwarded link is not enough. Links handed over in person ")
                        T("(for example a student's) open without a code.")
                    }
                    El("div", .class("checkboxes")) {
                        Checkbox(
                            name: "participant_code_required",
                            label: "Ask for a code from their email before the page opens",
                            checked: participantCodeRequired)
                    }
                }
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("How families reach the school") }
                    El("p", .class("hint")) {
                        T("Shown on every family's meeting page, with a button to call, so someone who has only ")
                        T("a link passed on by text message still knows where to go and whom to ring.")
                    }
                    TextArea(
                        name: "address", label: "The school's address (optional)", value: contact.address,
                        error: errors["address"], rows: 4)
                    TextField(
                        name: "phone", label: "Phone number for families (optional)",
                        hint: "Usually the school office, like 020 7946 0000.", value: contact.phone,
                        error: errors["phone"], type: "tel", autocomplete: "off", width: "medium")
                }
                TextArea(
                    name: "jargon", label: "School words to explain in summaries",
                    hint:
                        "One a line: the word, an equals sign, then what it means in plain words. For example: SENCO = the teacher who leads support for children with special needs.",
                    value: jargon, error: errors["jargon"], rows: 12)
                PrimaryButton(text: "Save")
            }
            El("p", .class("hint")) {
                T("Someone's job and the year groups they lead are set on their page under Staff.")
            }
            El("p") {
                El("a", .href(.schoolTerms(school: schoolID))) { T("Term dates") }
                T(": when each term starts and ends, so reports about meetings can be read term by term.")
            }
        }
    }
}
