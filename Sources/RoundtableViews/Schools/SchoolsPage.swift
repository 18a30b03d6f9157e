import Foundation
import RoundtableCore

/// The organisation's schools, and adding one.
public struct SchoolsPage: HTMLPage, Sendable, Equatable {
    public var organisationName: String
    public var schools: [NamedSchool]
    /// What was typed as a new school's name.
    public var name: String
    public var errors: FieldErrors
    public var notice: SiteRoute.Notice?

    public init(
        organisationName: String, schools: [NamedSchool], name: String = "", errors: FieldErrors = FieldErrors(),
        notice: SiteRoute.Notice? = nil
    ) {
        self.organisationName = organisationName
        self.schools = schools
        self.name = name
        self.errors = errors
        self.notice = notice
    }

    public var title: String { "Schools" }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .schools }

    public func content() -> Component {
        ComponentGroup {
            ErrorSummary(errors: errors)
            NoticeBanner(text: notice?.text)
            PageHeading(text: "Schools", caption: organisationName)
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
