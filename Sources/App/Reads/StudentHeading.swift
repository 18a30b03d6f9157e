import Foundation
import RoundtableCore
import RoundtableViews

/// The student a page about their record or circle is headed with: the access check loaded
/// them already, so this costs no query.
struct StudentHeading {
    var id: StudentID
    /// The name they go by (preferred, else legal given name).
    var name: String
    var displayName: String

    init(_ student: Student) throws {
        id = StudentID(try student.requireID())
        name = student.preferredName ?? student.legalGivenName
        displayName = student.displayName
    }
}
