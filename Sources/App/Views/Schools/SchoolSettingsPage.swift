import RoundtableCore

struct SchoolSettingsPage: HTMLPage {
    var school: School
    var notice: SiteRoute.Notice?

    var title: String { "Who sees which students" }
    var area: StaffArea? { .staff }

    func content(csrfToken: String) -> Component {
        ComponentGroup {
            BackLink(route: .staff(school: school.id), text: "Back to staff")
            NoticeBanner(text: notice?.text)
            PageHeading(text: "Who sees which students", caption: school.name)
            El("p", .class("lead")) {
                T("Staff see the students they work with, and school leaders see everyone. ")
                T("Here you decide whether some jobs see more.")
            }
            El("form", .postMethod, .action(.schoolSettings(school: school.id))) {
                CSRFField(token: csrfToken)
                El("fieldset", .class("fieldset field")) {
                    El("legend", .class("legend")) { T("Let these people see more students") }
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
                PrimaryButton(text: "Save")
            }
            El("p", .class("hint")) {
                T("Someone's job and the year groups they lead are set on their page under Staff.")
            }
        }
    }

}
