import RoundtableCore
import RoundtableViews

struct SchoolsPage: HTMLPage {
    var organisation: Organisation
    var schools: [School]
    var name = ""
    var errors = FieldErrors()
    var notice: SiteRoute.Notice?

    var title: String { "Schools" }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .schools }

    func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            NoticeBanner(text: notice?.text)
            PageHeading(text: "Schools", caption: organisation.name)
            El("ul", .class("list")) {
                for school in schools {
                    El("li") { El("a", .href(.staff(school: school.id))) { T(school.name) } }
                }
            }
            El("p") { El("a", .href(.rosterImport())) { T("Import a roster from your information system") } }
            El("h2", .class("heading-m")) { T("Add a school") }
            PostForm(action: .schools()) {
                TextField(name: "name", label: "School name", value: name, error: errors["name"])
                SecondaryButton(text: "Add school")
            }
        }
    }
}
