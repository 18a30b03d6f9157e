import Foundation
import RoundtableCore
import RoundtableViews

/// "Staff who work with" a student, with the controls to change it for leaders.
struct StudentStaffSection: Component {
    var student: Student
    var name: String
    var circle: StudentDirectory.Circle
    var mayManage: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Staff who work with \(name)") }
            if circle.staff.isEmpty {
                El("p") { T("No staff are linked to \(name) yet.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for person in circle.staff {
                        El("li") {
                            T("\(person.name), \(person.jobRole.label.lowercased())")
                            if !circle.linkedByHand.contains(person.id!) {
                                El("span", .class("muted")) { T(" (from class lists)") }
                            }
                            if mayManage {
                                T(" ")
                                El(
                                    "form", .class("inline-form"), .postMethod,
                                    .action(.removeStudentStaff(person.id!, student: student.id!))
                                ) {
                                    CSRFField()
                                    El("button", .type("submit"), .class("button--link")) {
                                        T("Unlink")
                                        El("span", .class("visually-hidden")) { T(" \(person.name)") }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if mayManage {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.studentStaff(student: student.id!))) {
                        T("Link a member of staff")
                    }
                }
            }
        }
    }
}

/// The outside agencies that support a student, and the consent recorded for each.
struct StudentAgenciesSection: Component {
    var student: Student
    var name: String
    var circle: StudentDirectory.Circle
    var mayManage: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Agencies that support \(name)") }
            if circle.agencies.isEmpty {
                El("p") { T("No outside agencies are recorded.") }
            } else {
                El("ul", .class("card-list")) {
                    for entry in circle.agencies {
                        El("li", .class("card")) {
                            El("h3", .class("heading-s")) { T(entry.contact.name) }
                            El("p", .class("card__meta")) {
                                T([entry.contact.role, entry.contact.agency].compactMap { $0 }.joined(separator: ", "))
                            }
                            El("dl", .class("facts")) {
                                if let email = entry.contact.email { Fact(key: "Email") { T(email) } }
                                if let phone = entry.contact.phone { Fact(key: "Phone") { T(phone) } }
                                Fact(key: "Consent") {
                                    T("Given by \(entry.link.consentFrom) on \(DateText.day(entry.link.consentDate))")
                                }
                                if let notes = entry.link.consentNotes { Fact(key: "Agreed to") { T(notes) } }
                            }
                            if mayManage {
                                El(
                                    "form", .class("card__action"), .postMethod,
                                    .action(.removeAgency(entry.link.id!, student: student.id!))
                                ) {
                                    CSRFField()
                                    El("button", .type("submit"), .class("button--link")) {
                                        T("Remove")
                                        El("span", .class("visually-hidden")) { T(" \(entry.contact.name)") }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if mayManage {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.addAgency(student: student.id!))) {
                        T("Add an agency")
                    }
                }
            }
        }
    }

}
