import Foundation
import RoundtableCore

/// "Are you sure?" before a family member is taken out of a student's family.
public struct RemoveFamilyMemberPage: HTMLPage, Sendable, Equatable {
    public var studentID: StudentID
    /// The name the student goes by, and their full name.
    public var studentName: String
    public var studentDisplayName: String
    public var memberID: FamilyMemberID
    public var memberName: String

    public init(
        studentID: StudentID, studentName: String, studentDisplayName: String, memberID: FamilyMemberID,
        memberName: String
    ) {
        self.studentID = studentID
        self.studentName = studentName
        self.studentDisplayName = studentDisplayName
        self.memberID = memberID
        self.memberName = memberName
    }

    public var title: String { "Take \(memberName) out of \(studentName)'s family?" }
    public var area: StaffArea? { .students }

    public func content() -> Component {
        ComponentGroup {
            BackLink(route: .student(studentID, .familyMember(memberID)))
            PageHeading(text: title, caption: studentDisplayName)
            El("p") {
                T(
                    "They will no longer be invited to \(studentName)'s meetings or see \(studentName)'s records. Their record stays, and so does anything they are part of for other children. The audit log keeps a note of this change."
                )
            }
            PostForm(action: .student(studentID, .removeFamilyMember(memberID))) {
                El("button", .type("submit"), .class("button button--warning")) { T("Yes, take them out") }
            }
            El("p") { El("a", .href(.student(studentID, .familyMember(memberID)))) { T("No, keep them") } }
        }
    }
}
