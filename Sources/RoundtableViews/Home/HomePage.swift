import RoundtableCore

/// The signed-in home: a greeting, what this person can do, and for the organisation's
/// administrators its schools.
public struct HomePage: HTMLPage, Sendable, Equatable {
    public var personName: String
    /// The school under the greeting, or the organisation for its administrators.
    public var caption: String
    /// The areas this person may open, besides home.
    public var areas: [StaffArea]
    /// Only for the organisation's administrators: the organisation and its schools.
    public var organisation: Organisation?

    public struct Organisation: Sendable, Equatable {
        public var name: String
        public var schools: [NamedSchool]

        public init(name: String, schools: [NamedSchool]) {
            self.name = name
            self.schools = schools
        }
    }

    public init(personName: String, caption: String, areas: [StaffArea], organisation: Organisation? = nil) {
        self.personName = personName
        self.caption = caption
        self.areas = areas
        self.organisation = organisation
    }

    public var title: String { "Home" }
    public var area: StaffArea? { .home }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Hello, \(personName)", caption: caption)
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
            } else {
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
            if let organisation {
                El("h2", .class("heading-m")) { T("Schools in \(organisation.name)") }
                El("ul", .class("list")) {
                    for school in organisation.schools {
                        El("li") { El("a", .href(.staff(school: school.id))) { T(school.name) } }
                    }
                }
            }
        }
    }
}

extension StaffArea {
    public var summary: String {
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
