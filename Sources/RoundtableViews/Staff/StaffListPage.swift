import Foundation
import RoundtableCore

/// The people with accounts at one school (or the organisation's administrators).
public struct StaffListPage: HTMLPage, Sendable, Equatable {
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
    public var school: NamedSchool?
    public var people: [Person]
    /// Places the viewer may switch between: schools, and (`SchoolFilter.administratorsID`)
    /// the organisation's administrators for an admin.
    public var places: [NamedSchool]
    public var canInvite: Bool
    /// The viewer may change the listed school's settings (`AccessPolicy`, `.manageSchoolSettings`).
    public var canManageSettings: Bool
    /// The viewer may manage the organisation's API tokens (`AccessPolicy`, `.manageAPITokens`).
    public var canManageTokens: Bool

    public init(
        school: NamedSchool?, people: [Person], places: [NamedSchool], canInvite: Bool, canManageSettings: Bool,
        canManageTokens: Bool
    ) {
        self.school = school
        self.people = people
        self.places = places
        self.canInvite = canInvite
        self.canManageSettings = canManageSettings
        self.canManageTokens = canManageTokens
    }

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
            if let school, canManageSettings {
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
                                    El("a", .href(.staffMember(person.id, .show()))) { Isolated(person.name) }
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
