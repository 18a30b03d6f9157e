import RoundtableCore
import RoundtableViews

struct HomePage: HTMLPage {
    var staff: StaffContext
    var schools: [School]

    var title: String { "Home" }
    var area: StaffArea? { .home }

    func content() -> Component {
        let areas = StaffArea.visible(to: staff.actor).filter { $0 != .home }
        return ComponentGroup {
            PageHeading(text: "Hello, \(staff.user.name)", caption: staff.school?.name ?? staff.organisation.name)
            El("p", .class("lead")) {
                T("Roundtable helps you plan, run and follow up meetings with students and their families, ")
                T("so that every meeting builds a working relationship.")
            }
            if areas.isEmpty {
                El("p") {
                    T(
                        "Your school is getting Roundtable ready. Soon you will find the students you work with here, and plan meetings with them and their families."
                    )
                }
                El("p") {
                    T("If you need something now, ask your school leader or your school's Roundtable administrator.")
                }
            }
            if !areas.isEmpty {
                El("h2", .class("heading-m")) { T("What you can do") }
                El("ul", .class("card-list")) {
                    for area in areas {
                        El("li", .class("card")) {
                            El("h3", .class("heading-s")) { El("a", .href(area.route)) { T(area.label) } }
                            El("p") { T(area.summary) }
                        }
                    }
                }
            }
            if staff.actor.role == .organisationAdmin {
                El("h2", .class("heading-m")) { T("Schools in \(staff.organisation.name)") }
                El("ul", .class("list")) {
                    for school in schools {
                        El("li") { El("a", .href(.staff(school: school.id))) { T(school.name) } }
                    }
                }
            }
        }
    }
}

extension StaffArea {
    var summary: String {
        switch self {
        case .home: ""
        case .meetings: "Plan meetings with students and families, and see the ones coming up."
        case .students: "Find a student and see the people around them: family, staff and agencies."
        case .staff: "Invite colleagues, change what they can do, or switch an account off."
        case .schools: "See the schools in your organisation and add a new one."
        case .audit: "See who signed in and what changed, and when."
        }
    }
}
