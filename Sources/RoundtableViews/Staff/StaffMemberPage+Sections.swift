import Foundation
import RoundtableCore

extension StaffMemberPage {
    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .staff(school: school?.id ?? SchoolFilter.administratorsID), text: "Back to staff")
            ErrorSummary(errors: errors)
            NoticeBanner(text: notice.map { $0.text(about: person.name) })
            PageHeading(text: person.name, caption: school?.name ?? "Organisation administrator")
            El("dl", .class("summary-list")) {
                SummaryRow(key: "Email address") { T(person.email) }
                SummaryRow(key: "Role") { T(person.role.label) }
                SummaryRow(key: "Job") { T(person.job.label) }
                SummaryRow(key: "Account") { AccountStatusTag(status: person.account) }
                SummaryRow(key: "Last signed in") { T(person.lastSignInAt.map(DateText.dateTime) ?? "Not yet") }
            }
            if school != nil { studentsSection }
            if canChangeJob { jobSection }
            if !roles.isEmpty { roleSection }
            if canSetActive { accountSections }
        }
    }

    private var studentsSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Students they work with") }
            if linkedTotal == 0 {
                El("p") {
                    T(
                        "None yet. Students are linked through class lists in the roster, or by hand from a student's page."
                    )
                }
            } else {
                El("p") {
                    T(
                        linkedTotal == 1
                            ? "1 student."
                            : "\(linkedTotal) students."
                                + (linkedTotal > linkedStudents.count
                                    ? " The first \(linkedStudents.count) by name:" : ""))
                }
                El("ul", .class("list list--columns")) {
                    for student in linkedStudents {
                        El("li") { El("a", .href(.student(student.id, .show()))) { T(student.listName) } }
                    }
                }
            }
        }
    }

    private var jobSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("What they do") }
            PostForm(action: .staffMember(person.id, .job)) {
                SelectField(
                    name: "job", label: "Job",
                    hint:
                        "The special needs coordinator and heads of year may see more students, if the school allows it.",
                    options: JobRole.allCases.map { ($0.rawValue, $0.label) },
                    selected: jobForm?.job ?? person.job.rawValue, error: errors["job"])
                TextField(
                    name: "years", label: "Year groups they lead",
                    hint: "Only for heads of year. For example 7, 8 or 9-11.",
                    value: jobForm?.years ?? YearGroups.describe(person.yearGroupsLed),
                    error: errors["years"],
                    autocomplete: "off", width: "medium")
                SecondaryButton(text: "Save job")
            }
        }
    }

    private var roleSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Change role") }
            PostForm(action: .staffMember(person.id, .role)) {
                RoleChoice(
                    legend: "What can \(person.name) do?", roles: roles, selected: roleForm.role, error: errors["role"])
                if !schools.isEmpty {
                    SelectField(
                        name: "school", label: "School",
                        options: [("", "No school (organisation administrators only)")]
                            + schools.map(\.option),
                        selected: roleForm.school, error: errors["school"])
                }
                SecondaryButton(text: "Save role")
            }
        }
    }

    private var accountSections: Component {
        ComponentGroup {
            if isActive {
                if isPending {
                    El("h2", .class("heading-m")) { T("Invitation") }
                    El("p") {
                        T(
                            "\(person.name) has not chosen a password yet. If their link expired or went missing, make a new one. The old link will stop working."
                        )
                    }
                } else {
                    El("h2", .class("heading-m")) { T("Forgotten password") }
                    El("p") {
                        T(
                            "If \(person.name) has forgotten their password, make a link for them to choose a new one. Their current password keeps working until they do."
                        )
                    }
                }
                PostForm(action: .staffMember(person.id, .resendInvitation)) {
                    SecondaryButton(text: isPending ? "Make a new invitation link" : "Make a new password link")
                }
            }
            El("h2", .class("heading-m")) { T(isActive ? "Switch account off" : "Switch account on") }
            El("p") {
                T(
                    isActive
                        ? "Do this when someone leaves or should no longer use Roundtable. They are signed out at once. Nothing they wrote is deleted."
                        : "\(person.name) will be able to sign in again with their password.")
            }
            PostForm(action: .staffMember(person.id, .active)) {
                Leaf("input", .type("hidden"), .name("active"), .value(isActive ? "false" : "true"))
                El("button", .type("submit"), .class(isActive ? "button button--warning" : "button button--secondary"))
                {
                    T(isActive ? "Switch off \(person.name)'s account" : "Switch the account on")
                }
            }
        }
    }
}
