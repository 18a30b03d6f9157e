import Foundation
import RoundtableCore

/// "Staff who work with" a student, with the controls to change it for leaders.
struct StudentStaffSection: Component {
    var studentID: StudentID
    var name: String
    var staff: [StudentProfilePage.StaffMember]
    var mayManage: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Staff who work with \(name)") }
            if staff.isEmpty {
                El("p") { T("No staff are linked to \(name) yet.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for person in staff {
                        El("li") {
                            T("\(person.name), \(person.jobRole.label.lowercased())")
                            if !person.linkedByHand {
                                El("span", .class("muted")) { T(" (from class lists)") }
                            }
                            if mayManage {
                                T(" ")
                                El(
                                    "form", .class("inline-form"), .postMethod,
                                    .action(.student(studentID, .removeStaff(person.id)))
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
                    El("a", .class("button button--secondary"), .href(.student(studentID, .staff()))) {
                        T("Link a member of staff")
                    }
                }
            }
        }
    }
}

/// The outside agencies that support a student, and the consent recorded for each.
struct StudentAgenciesSection: Component {
    var studentID: StudentID
    var name: String
    var agencies: [StudentProfilePage.Agency]
    var mayManage: Bool

    var body: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Agencies that support \(name)") }
            if agencies.isEmpty {
                El("p") { T("No outside agencies are recorded.") }
            } else {
                El("ul", .class("card-list")) {
                    for entry in agencies {
                        El("li", .class("card")) {
                            El("h3", .class("heading-s")) { T(entry.name) }
                            El("p", .class("card__meta")) {
                                T([entry.role, entry.agency].compactMap { $0 }.joined(separator: ", "))
                            }
                            El("dl", .class("facts")) {
                                if let email = entry.email { Fact(key: "Email") { T(email) } }
                                if let phone = entry.phone { Fact(key: "Phone") { T(phone) } }
                                Fact(key: "Consent") {
                                    T("Given by \(entry.consentFrom) on \(DateText.day(entry.consentDate))")
                                }
                                if let notes = entry.consentNotes { Fact(key: "Agreed to") { T(notes) } }
                            }
                            if mayManage {
                                El(
                                    "form", .class("card__action"), .postMethod,
                                    .action(.student(studentID, .removeAgency(entry.linkID)))
                                ) {
                                    CSRFField()
                                    El("button", .type("submit"), .class("button--link")) {
                                        T("Remove")
                                        El("span", .class("visually-hidden")) { T(" \(entry.name)") }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if mayManage {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.student(studentID, .addAgency))) {
                        T("Add an agency")
                    }
                }
            }
        }
    }
}
