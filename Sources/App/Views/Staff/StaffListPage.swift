import Foundation
import RoundtableCore
import RoundtableViews

/// The people with accounts at one school (or the organisation's administrators).
struct StaffListPage: HTMLPage {
    /// `nil` means the organisation's administrators.
    var school: School?
    var organisation: Organisation
    var people: [User]
    /// Places the viewer may switch between: schools, and administrators for an admin.
    var places: [(id: UUID?, name: String)]
    var canInvite: Bool
    /// Administrators see a link to the API tokens page.
    var canManageTokens: Bool { canSeeAdministrators }
    var canSeeAdministrators: Bool { places.contains { $0.id == SchoolFilter.administrators } }

    var title: String { "Staff" }
    var area: StaffArea? { .staff }

    private var placeName: String { school?.name ?? "Organisation administrators" }

    func content() -> Component {
        ComponentGroup {
            PageHeading(text: "Staff", caption: placeName)
            if places.count > 1 {
                El("nav", .class("switcher"), .aria("label", "Choose a school")) {
                    El("ul") {
                        for place in places {
                            El("li") {
                                El(
                                    "a",
                                    attributes: [.href(.staff(school: place.id ?? SchoolFilter.administrators))]
                                        + (place.id == school?.id ? [.aria("current", "page")] : [])
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
                    El("a", .class("button"), .href(.inviteStaff(school: school?.id ?? SchoolFilter.administrators))) {
                        T("Invite a member of staff")
                    }
                }
            }
            if people.isEmpty {
                El("p") {
                    T("Nobody at \(placeName) has an account yet.")
                    if school != nil && canSeeAdministrators {
                        T(" Organisation administrators, who look after every school, are listed ")
                        El("a", .href(.staff(school: SchoolFilter.administrators))) { T("separately") }
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
                                    El("a", .href(.staffMember(person.id!))) { Isolated(person.name) }
                                    El("span", .class("cell-detail")) { T(person.email) }
                                }
                                El("td") {
                                    T(person.role.label)
                                    El("span", .class("cell-detail")) { T(person.jobRole.label) }
                                }
                                El("td") { AccountStatusTag(user: person) }
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
enum SchoolFilter {
    static let administrators = UUID(uuidString: "00000000-0000-0000-0000-000000000000")!
}

struct AccountStatusTag: Component {
    var user: User
    var body: Component {
        if !user.isActive {
            StatusTag(text: "Switched off", tone: "grey")
        } else if user.isPending {
            StatusTag(text: "Invited", tone: "blue")
        } else {
            StatusTag(text: "Active", tone: "green")
        }
    }
}
