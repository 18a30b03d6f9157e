import Foundation
import RoundtableCore

extension StudentProfilePage {
    public func content() -> Component {
        let restricted = family.filter(\.isRestricted)
        return ComponentGroup {
            BackLink(route: .students(), text: "Back to students")
            NoticeBanner(text: notice?.text)
            PageHeading(
                text: displayName,
                caption: ([YearGroups.label(yearGroup)] + (formGroup.map { ["form \($0)"] } ?? []) + [schoolName])
                    .joined(separator: ", "))
            if !restricted.isEmpty {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Contact restriction. ") }
                    T(
                        restricted.count == 1
                            ? "One adult in \(name)'s family must not be contacted. Roundtable will never send them invitations or records."
                            : "\(restricted.count) adults in \(name)'s family must not be contacted. Roundtable will never send them invitations or records."
                    )
                }
            }
            El("dl", .class("summary-list")) {
                if let preferred = preferredName, preferred != givenName {
                    SummaryRow(key: "Legal name") { T("\(givenName) \(familyName)") }
                    SummaryRow(key: "Goes by") { T(preferred) }
                }
                SummaryRow(key: "Date of birth") {
                    T(dateOfBirth.map { DateText.birthday($0) } ?? "Not recorded")
                }
                SummaryRow(key: "Languages at home") {
                    T(
                        homeLanguages.isEmpty
                            ? "Not recorded" : homeLanguages.map(LanguageName.of).joined(separator: ", "))
                }
                SummaryRow(key: "Support") {
                    SupportTags(support: support)
                }
            }
            planSection
            meetingsSection
            if !trends.isEmpty {
                trendSection
            }
            if mayManage {
                El("p") {
                    El("a", .href(.student(id, .edit))) {
                        T("Change details")
                        El("span", .class("visually-hidden")) { T(" for \(displayName)") }
                    }
                }
            }
            if let helps = whatHelpsMe {
                El("h2", .class("heading-m")) { T("What helps \(name), in their own words") }
                El("blockquote", .class("quote")) { El("p") { T(helps) } }
            }
            El("h2", .class("heading-m")) { T("Family and trusted adults") }
            if family.isEmpty {
                El("p") { T("No family members are recorded yet.") }
            } else {
                El("ul", .class("card-list")) {
                    for member in family {
                        FamilyCard(member: member, studentName: name, studentID: id)
                    }
                }
            }
            if mayManage {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.student(id, .addFamilyMember()))) {
                        T("Add someone to \(name)'s family")
                    }
                }
            }
            StudentStaffSection(studentID: id, name: name, staff: staff, mayManage: mayManage)
            StudentAgenciesSection(studentID: id, name: name, agencies: agencies, mayManage: mayManage)
        }
    }

    private var meetingsSection: Component {
        ComponentGroup {
            El("h2", .class("heading-m")) { T("Meetings") }
            El("p") {
                El("a", .href(.student(id, .timeline()))) { T("See \(name)'s timeline") }
                T(": meetings, decisions, goals, actions and requests, newest first.")
            }
            if meetings.isEmpty {
                El("p") { T("No meetings about \(name) yet.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for meeting in meetings {
                        El("li") {
                            El("a", .href(.meeting(meeting.id, .show()))) { T(meeting.type.label) }
                            El("span", .class("muted")) {
                                T(
                                    " · " + (meeting.startsAt.map(DateText.dateTime) ?? "no date yet") + " · "
                                        + meeting.state.label)
                            }
                        }
                    }
                }
            }
            if mayPlanMeetings {
                El("p") {
                    El("a", .class("button"), .href(.student(id, .newMeeting))) { T("Plan a meeting") }
                }
            }
        }
    }
}

/// One adult in the student's family; how to reach them is left out for someone who must
/// not be contacted.
struct FamilyCard: Component {
    var member: StudentProfilePage.FamilyMember
    var studentName: String
    var studentID: StudentID

    var body: Component {
        El("li", .class(member.isRestricted ? "card card--restricted" : "card")) {
            El("h3", .class("heading-s")) { T(member.name) }
            El("p", .class("card__meta")) { T(member.relationship.label) }
            if let restriction = member.restriction {
                El("p", .class("restriction")) {
                    El("strong") { T("Do not contact. ") }
                    T(restriction)
                }
            }
            El("p", .class("tags")) {
                if member.hasParentalResponsibility {
                    StatusTag(text: "Parental responsibility", tone: "green")
                } else {
                    StatusTag(text: "No parental responsibility", tone: "grey")
                }
                if member.livesWithStudent { StatusTag(text: "Lives with \(studentName)", tone: "blue") }
            }
            if let contact = member.contact {
                El("dl", .class("facts")) {
                    Fact(key: "Language") {
                        T(LanguageName.of(contact.preferredLanguage))
                        if let interpreter = contact.interpreterLanguage {
                            T(", needs an interpreter (\(LanguageName.of(interpreter)))")
                        }
                    }
                    Fact(key: "Best way to reach") { T(contact.preferredContact.label) }
                    if let email = contact.email {
                        Fact(key: "Email") { El("a", .attr("href", "mailto:\(email)")) { Isolated(email) } }
                    }
                    if let phone = contact.phone {
                        Fact(key: "Phone") {
                            El("a", .attr("href", "tel:\(phone.filter { !$0.isWhitespace })")) { Isolated(phone) }
                        }
                    }
                    Fact(key: "Prefers to meet") { T(contact.preferredMeetingMode.label) }
                    if let needs = contact.accessibilityNeeds { Fact(key: "Access needs") { T(needs) } }
                }
            }
            El("p", .class("card__action")) {
                El("a", .href(.student(studentID, .familyMember(member.id)))) {
                    T("Change details")
                    El("span", .class("visually-hidden")) { T(" for \(member.name)") }
                }
            }
        }
    }
}
