import Foundation
import RoundtableCore

/// Finding a member of staff to link to a student: a name search, then one button each.
public struct LinkStaffPage: HTMLPage, Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public var id: StaffID
        public var name: String
        public var jobRole: JobRole

        public init(id: StaffID, name: String, jobRole: JobRole) {
            self.id = id
            self.name = name
            self.jobRole = jobRole
        }
    }

    public var studentID: StudentID
    /// The name the student goes by, and their full name.
    public var studentName: String
    public var studentDisplayName: String
    public var search: String
    /// Staff of the school not yet linked whose names match, by name.
    public var people: [Person]
    /// More match than are shown.
    public var more: Bool

    public init(
        studentID: StudentID, studentName: String, studentDisplayName: String, search: String, people: [Person],
        more: Bool
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.studentDisplayName = studentDisplayName
        self.search = search
        self.people = people
        self.more = more
    }

    public var title: String { "Link a member of staff to \(studentName)" }
    public var area: StaffArea? { .students }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .show()), text: "Back to \(studentDisplayName)")
            PageHeading(text: title, caption: studentDisplayName)
            El("p", .class("lead")) {
                T(
                    "The person you link will see \(studentName)'s page. Links from class lists come back with the next roster import; links you make here stay."
                )
            }
            El(
                "form", .class("search-form"), .attr("method", "get"), .attr("role", "search"),
                .action(.student(studentID, .staff()))
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
                                .action(.student(studentID, .staff()))
                            ) {
                                CSRFField()
                                Leaf("input", .type("hidden"), .name("staff_id"), .value(person.id.rawValue.uuidString))
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
