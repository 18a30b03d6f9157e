import Foundation
import RoundtableCore
import RoundtableViews

/// The student at the centre, with the people around them.
struct StudentProfilePage: HTMLPage {
    var student: Student
    var schoolName: String
    var circle: StudentDirectory.Circle
    /// Leaders and administrators change the record and the circle.
    var mayManage = false
    var mayPlanMeetings = false
    /// Meetings about this student the viewer may open, newest first.
    var meetings: [Meeting] = []
    var notice: SiteRoute.Notice? = nil

    var title: String { student.displayName }
    var area: StaffArea? { .students }

    private var name: String { student.preferredName ?? student.legalGivenName }
    private var restricted: [FamilyMember] { circle.family.map(\.member).filter(\.isRestricted) }

    func content() -> Component {
        ComponentGroup {
            BackLink(route: .students(), text: "Back to students")
            NoticeBanner(text: notice?.text)
            PageHeading(text: student.displayName, caption: "Year \(student.yearGroup), \(schoolName)")
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
                if let preferred = student.preferredName, preferred != student.legalGivenName {
                    SummaryRow(key: "Legal name") { T("\(student.legalGivenName) \(student.legalFamilyName)") }
                    SummaryRow(key: "Goes by") { T(preferred) }
                }
                SummaryRow(key: "Date of birth") {
                    T(student.dateOfBirth.map { DateText.birthday($0) } ?? "Not recorded")
                }
                SummaryRow(key: "Languages at home") {
                    T(
                        student.homeLanguages.isEmpty
                            ? "Not recorded" : student.homeLanguages.map(LanguageName.of).joined(separator: ", "))
                }
                SummaryRow(key: "Support") {
                    SupportTags(student: student)
                }
            }
            El("h2", .class("heading-m")) { T("Meetings") }
            if meetings.isEmpty {
                El("p") { T("No meetings about \(name) yet.") }
            } else {
                El("ul", .class("list list--rows")) {
                    for meeting in meetings {
                        El("li") {
                            El("a", .href(.meeting(meeting.id!))) { T(meeting.type.label) }
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
                    El("a", .class("button"), .href(.newMeeting(student: student.id!))) { T("Plan a meeting") }
                }
            }
            if mayManage {
                El("p") {
                    El("a", .href(.editStudent(student.id!))) {
                        T("Change details")
                        El("span", .class("visually-hidden")) { T(" for \(student.displayName)") }
                    }
                }
            }
            if let helps = student.whatHelpsMe {
                El("h2", .class("heading-m")) { T("What helps \(name), in their own words") }
                El("blockquote", .class("quote")) { El("p") { T(helps) } }
            }
            El("h2", .class("heading-m")) { T("Family and trusted adults") }
            if circle.family.isEmpty {
                El("p") { T("No family members are recorded yet.") }
            } else {
                El("ul", .class("card-list")) {
                    for entry in circle.family {
                        FamilyCard(link: entry.link, member: entry.member, studentName: name, studentID: student.id!)
                    }
                }
            }
            if mayManage {
                El("p") {
                    El("a", .class("button button--secondary"), .href(.addFamilyMember(student: student.id!))) {
                        T("Add someone to \(name)'s family")
                    }
                }
            }
            StudentStaffSection(
                student: student, name: name, circle: circle, mayManage: mayManage)
            StudentAgenciesSection(
                student: student, name: name, circle: circle, mayManage: mayManage)
        }
    }

}

struct FamilyCard: Component {
    var link: StudentFamilyLink
    var member: FamilyMember
    var studentName: String
    var studentID: UUID

    var body: Component {
        El("li", .class(member.isRestricted ? "card card--restricted" : "card")) {
            El("h3", .class("heading-s")) { T(member.displayName) }
            El("p", .class("card__meta")) { T(link.relationship.label) }
            if let restriction = member.restriction, member.isRestricted {
                El("p", .class("restriction")) {
                    El("strong") { T("Do not contact. ") }
                    T(restriction)
                }
            }
            El("p", .class("tags")) {
                if link.hasParentalResponsibility {
                    StatusTag(text: "Parental responsibility", tone: "green")
                } else {
                    StatusTag(text: "No parental responsibility", tone: "grey")
                }
                if link.livesWithStudent { StatusTag(text: "Lives with \(studentName)", tone: "blue") }
            }
            if !member.isRestricted {
                El("dl", .class("facts")) {
                    Fact(key: "Language") {
                        T(LanguageName.of(member.preferredLanguage))
                        if member.needsInterpreter {
                            T(
                                ", needs an interpreter (\(LanguageName.of(member.interpreterLanguage ?? member.preferredLanguage)))"
                            )
                        }
                    }
                    Fact(key: "Best way to reach") { T(member.preferredContact.label) }
                    Fact(key: "Prefers to meet") { T(member.preferredMeetingMode.label) }
                    if let needs = member.accessibilityNeeds { Fact(key: "Access needs") { T(needs) } }
                }
            }
            El("p", .class("card__action")) {
                El("a", .href(.familyMember(member.id!, student: studentID))) {
                    T("Change details")
                    El("span", .class("visually-hidden")) { T(" for \(member.displayName)") }
                }
            }
        }
    }

}

enum LanguageName {
    /// "ar" → "Arabic", "zh-Hans" → "Chinese (Simplified)", for English-speaking staff.
    static func of(_ code: String) -> String { of(code, in: Locale(identifier: "en_GB")) }

    static func of(_ code: String, in locale: Locale) -> String {
        locale.localizedString(forIdentifier: code) ?? code
    }

    /// The languages a form offers, by name: the usual list, plus any code already on the
    /// record (so nothing stored is lost by saving the form).
    static func options(
        keeping kept: [String], in locale: Locale = Locale(identifier: "en_GB")
    ) -> [(
        value: String, label: String
    )] {
        var codes = FamilyContactForm.languages
        for code in kept where !code.isEmpty && !codes.contains(code) { codes.append(code) }
        return codes.map { ($0, of($0, in: locale)) }.sorted { $0.label < $1.label }
    }
}

extension ContactChannel {
    var label: String {
        switch self {
        case .email: "Email"
        case .phone: "Phone call"
        case .text: "Text message"
        case .letter: "Letter"
        }
    }
}

extension MeetingMode {
    var label: String {
        switch self {
        case .inPerson: "In person"
        case .video: "Video call"
        case .phone: "Phone call"
        }
    }
}
