import Foundation
import RoundtableCore

/// The people with accounts at one school (or the organisation's administrators).
public struct StaffListPage: HTMLPage, Sendable, Equatable {
    /// A school to switch to, or (`SchoolFilter.administratorsID`) the organisation's administrators.
    public struct Place: Sendable, Equatable {
        public var id: SchoolID
        public var name: String

        public init(id: SchoolID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct Person: Sendable, Equatable {
        public var id: StaffID
        public var name: String
        public var email: String
        public var role: StaffRole
        public var job: JobRole
        public var account: AccountStatus

        public init(id: StaffID, name: String, email: String, role: StaffRole, job: JobRole, account: AccountStatus) {
            self.id = id
            self.name = name
            self.email = email
            self.role = role
            self.job = job
            self.account = account
        }
    }

    /// The school listed; `nil` means the organisation's administrators.
    public var school: Place?
    public var people: [Person]
    /// Places the viewer may switch between: schools, and administrators for an admin.
    public var places: [Place]
    public var canInvite: Bool

    public init(school: Place?, people: [Person], places: [Place], canInvite: Bool) {
        self.school = school
        self.people = people
        self.places = places
        self.canInvite = canInvite
    }

    /// Administrators see a link to the API tokens page.
    public var canManageTokens: Bool { canSeeAdministrators }
    public var canSeeAdministrators: Bool { places.contains { $0.id == SchoolFilter.administratorsID } }

    public var title: String { "Staff" }
    public var area: StaffArea? { .staff }

    private var placeName: String { school?.name ?? "Organisation administrators" }
    private var placeID: SchoolID { school?.id ?? SchoolFilter.administratorsID }

    public func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Staff", caption: placeName)
            if places.count > 1 {
                El("nav", .class("switcher"), .aria("label", "Choose a school")) {
                    El("ul") {
                        for place in places {
                            El("li") {
                                El(
                                    "a",
                                    attributes: [.href(.staff(school: place.id))]
                                        + (place.id == placeID ? [.aria("current", "page")] : [])
                                ) { T(place.name) }
                            }
                        }
                    }
                }
            }
            if let school, canInvite {
                El("p") {
                    El("a", .href(.schoolSettings(school: school.id))) {
                        T("School settings: who sees which students, families' codes")
                    }
                }
            }
            if canManageTokens {
                El("p") { El("a", .href(.apiTokens())) { T("API tokens") } }
            }
            if canInvite {
                El("p") {
                    El("a", .class("button"), .href(.inviteStaff(school: placeID))) {
                        T("Invite a member of staff")
                    }
                }
            }
            if people.isEmpty {
                El("p") {
                    T("Nobody at \(placeName) has an account yet.")
                    if school != nil && canSeeAdministrators {
                        T(" Organisation administrators, who look after every school, are listed ")
                        El("a", .href(.staff(school: SchoolFilter.administratorsID))) { T("separately") }
                        T(".")
                    }
                }
            } else {
                El("table", .class("table")) {
                    El("caption", .class("visually-hidden")) { T("Staff at \(placeName)") }
                    El("thead") {
                        El("tr") {
                            El("th", .attr("scope", "col")) { T("Name") }
                            El("th", .attr("scope", "col")) { T("Role") }
                            El("th", .attr("scope", "col")) { T("Account") }
                        }
                    }
                    El("tbody") {
                        for person in people {
                            El("tr") {
                                El("td") {
                                    El("a", .href(.staffMember(person.id))) { Isolated(person.name) }
                                    El("span", .class("cell-detail")) { T(person.email) }
                                }
                                El("td") {
                                    T(person.role.label)
                                    El("span", .class("cell-detail")) { T(person.job.label) }
                                }
                                El("td") { AccountStatusTag(status: person.account) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The `school` query value that stands for the organisation's administrators, who belong
/// to no school.
public enum SchoolFilter {
    public static let administrators = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!
    public static let administratorsID = SchoolID(rawValue: administrators)
}

/// Where an account stands: in use, invited but without a password yet, or switched off.
public enum AccountStatus: Sendable, Equatable {
    case active, invited, switchedOff

    public init(isActive: Bool, isPending: Bool) {
        self = !isActive ? .switchedOff : isPending ? .invited : .active
    }
}

public struct AccountStatusTag: Component {
    public var status: AccountStatus

    public init(status: AccountStatus) {
        self.status = status
    }

    public var body: Component {
        switch status {
        case .switchedOff: StatusTag(text: "Switched off", tone: "grey")
        case .invited: StatusTag(text: "Invited", tone: "blue")
        case .active: StatusTag(text: "Active", tone: "green")
        }
    }
}
