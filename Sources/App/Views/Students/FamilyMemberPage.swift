import Foundation
import RoundtableCore
import RoundtableViews

struct FamilyMemberPage: HTMLPage {
    var student: Student
    var member: FamilyMember
    var link: StudentFamilyLink
    var form: FamilyContactForm
    var mayChangeRestriction: Bool
    /// Leaders and administrators also change how the person stands to the student.
    var mayManage: Bool
    var linkForm: FamilyLinkForm
    var errors = FieldErrors()

    var title: String { member.displayName }
    var hasErrors: Bool { !errors.isEmpty }
    var area: StaffArea? { .students }

    func content() -> Component {
        let studentName = student.preferredName ?? student.legalGivenName
        return ComponentGroup {
            BackLink(route: .student(student.id!), text: "Back to \(student.displayName)")
            ErrorSummary(errors: errors)
            PageHeading(text: member.displayName, caption: "\(link.relationship.label) of \(studentName)")
            if member.isRestricted {
                El("div", .class("warning-text"), .attr("role", "note")) {
                    El("strong") { T("Do not contact. ") }
                    T(member.restriction ?? "")
                    if !mayChangeRestriction {
                        T(" Only a school leader can see or change this person's contact details.")
                    }
                }
            }
            if !member.isRestricted || mayChangeRestriction {
                El("p", .class("lead")) {
                    T("How to reach \(member.givenName), and what helps them take part in meetings.")
                }
                contactForm()
            }
            if mayManage {
                El("h2", .class("heading-m")) { T("How they stand to \(studentName)") }
                PostForm(action: .familyLink(member.id!, student: student.id!)) {
                    FamilyLinkFields(form: linkForm, errors: errors, studentName: studentName)
                    PrimaryButton(text: "Save")
                }
                El("p") {
                    El("a", .href(.removeFamilyMember(member.id!, student: student.id!))) {
                        T("Take \(member.displayName) out of \(studentName)'s family")
                    }
                }
            }
        }
    }

    private func contactForm() -> Component {
        PostForm(action: .familyMember(member.id!, student: student.id!)) {
            FamilyContactFields(
                form: form, errors: errors, mayChangeRestriction: mayChangeRestriction,
                fromRoster: member.sourcedID != nil)
            PrimaryButton(text: "Save details")
        }
    }
}
