import Foundation
import RoundtableCore

/// A family member's contact details and needs, reached from one of their children's pages;
/// leaders also change how the person stands to that child, or take them out of the family.
public struct FamilyMemberPage: HTMLPage, Sendable, Equatable {
    public var studentID: StudentID
    /// The name the student goes by, and their full name.
    public var studentName: String
    public var studentDisplayName: String
    public var memberID: FamilyMemberID
    public var memberGivenName: String
    public var memberName: String
    public var relationship: FamilyRelationship
    /// The restriction, when the person must not be contacted.
    public var restriction: String?
    /// The person came from the school's roster.
    public var fromRoster: Bool
    public var form: FamilyContactForm
    public var mayChangeRestriction: Bool
    /// Leaders and administrators also change how the person stands to the student.
    public var mayManage: Bool
    public var linkForm: FamilyLinkForm
    public var errors: FieldErrors

    public init(
        studentID: StudentID, studentName: String, studentDisplayName: String, memberID: FamilyMemberID,
        memberGivenName: String, memberName: String, relationship: FamilyRelationship, restriction: String?,
        fromRoster: Bool, form: FamilyContactForm, mayChangeRestriction: Bool, mayManage: Bool,
        linkForm: FamilyLinkForm, errors: FieldErrors = FieldErrors()
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.studentDisplayName = studentDisplayName
        self.memberID = memberID
        self.memberGivenName = memberGivenName
        self.memberName = memberName
        self.relationship = relationship
        self.restriction = restriction
        self.fromRoster = fromRoster
        self.form = form
        self.mayChangeRestriction = mayChangeRestriction
        self.mayManage = mayManage
        self.linkForm = linkForm
        self.errors = errors
    }

    public var title: String { memberName }
    public var hasErrors: Bool { !errors.isEmpty }
    public var area: StaffArea? { .students }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .show()), text: "Back to \(studentDisplayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: memberName, caption: "\(relationship.label) of \(studentName)")
            if let restriction {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Do not contact. ") }
                    T(restriction)
                    if !mayChangeRestriction {
                        T(" Only a school leader can see or change this person's contact details.")
                    }
                }
            }
            if restriction == nil || mayChangeRestriction {
                El("p", .class("lead")) {
                    T("How to reach \(memberGivenName), and what helps them take part in meetings.")
                }
                PostForm(action: .student(studentID, .familyMember(memberID))) {
                    FamilyContactFields(
                        form: form, errors: errors, mayChangeRestriction: mayChangeRestriction, fromRoster: fromRoster)
                    PrimaryButton(text: "Save details")
                }
            }
            if mayManage {
                El("h2", .class("heading-m")) { T("How they stand to \(studentName)") }
                PostForm(action: .student(studentID, .familyLink(memberID))) {
                    FamilyLinkFields(form: linkForm, errors: errors, studentName: studentName)
                    PrimaryButton(text: "Save")
                }
                El("p") {
                    El("a", .href(.student(studentID, .removeFamilyMember(memberID)))) {
                        T("Take \(memberName) out of \(studentName)'s family")
                    }
                }
            }
        }
    }
}
