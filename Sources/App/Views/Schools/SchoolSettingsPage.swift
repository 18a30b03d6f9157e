import RoundtableCore
import RoundtableViews

struct SchoolSettingsPage: HTMLPage {
    var school: School
    var notice: SiteRoute.Notice?
    var jargon: String
    var errors = FieldErrors()

    var hasErrors: Bool { !errors.isEmpty }

    var title: String { "School settings" }
    var area: StaffArea? { .staff }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .staff(school: school.id), text: "Back to staff")
            NoticeBanner(text: notice?.text)
            ErrorSummary(errors: errors)
            PageHeading(text: "School settings", caption: school.name)
            El("p", .class("lead")) {
                T("Staff see the students they work with, and school leaders see everyone. ")
                T("Here you decide whether some jobs see more.")
            }
            El("form", .postMethod, .action(.schoolSettings(school: school.id))) {
                CSRFField()
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("Who sees which students: let these people see more") }
                    El("div", .class("checkboxes")) {
                        Checkbox(
                            name: "head_of_year_sees_year_group",
                            label: "Heads of year see every student in the year groups they lead",
                            checked: school.headOfYearSeesYearGroup)
                        Checkbox(
                            name: "sen_coordinator_sees_special_needs",
                            label: "The special needs coordinator sees every student with special educational needs",
                            checked: school.senCoordinatorSeesSpecialNeeds)
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
                            checked: school.participantCodeRequired)
                    }
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
        }
    }

}
