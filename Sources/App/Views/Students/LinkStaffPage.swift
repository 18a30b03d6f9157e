import Foundation
import RoundtableCore
import RoundtableViews

/// Finding a member of staff to link to a student: a name search, then one button each.
struct LinkStaffPage: HTMLPage {
    var student: Student
    var search: String
    var people: [User]
    var more: Bool

    private var name: String { student.preferredName ?? student.legalGivenName }
    var title: String { "Link a member of staff to \(name)" }
    var area: StaffArea? { .students }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            PageHeading(text: title, caption: student.displayName)
            El("p", .class("lead")) {
                T(
                    "The person you link will see \(name)'s page. Links from class lists come back with the next roster import; links you make here stay."
                )
            }
            El(
                "form", .class("search-form"), .attr("method", "get"), .attr("role", "search"),
                .action(.studentStaff(student: student.id!))
            ) {
                TextField(
                    name: "q", label: "Their name", value: search, autocomplete: "off", width: "medium",
                    spellcheck: false)
                SecondaryButton(text: "Search")
            }
            if people.isEmpty {
                El("p", .attr("role", "status")) {
                    T(search.isEmpty ? "Everyone at the school is already linked." : "Nobody matches “\(search)”.")
                }
            } else {
                El("ul", .class("list list--rows"), .attr("aria-label", "Staff you can link")) {
                    for person in people {
                        El("li") {
                            T("\(person.name), \(person.jobRole.label.lowercased()) ")
                            El(
                                "form", .class("inline-form"), .postMethod,
                                .action(.studentStaff(student: student.id!))
                            ) {
                                CSRFField()
                                Leaf("input", .type("hidden"), .name("staff_id"), .value(person.id!.uuidString))
                                El("button", .type("submit"), .class("button--link")) {
                                    T("Link")
                                    El("span", .class("visually-hidden")) { T(" \(person.name)") }
                                }
                            }
                        }
                    }
                }
                if more {
                    El("p", .class("hint")) {
                        T("Showing the first \(people.count). Type a name to find someone else.")
                    }
                }
            }
        }
    }
}
