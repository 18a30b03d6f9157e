import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// A parent, carer or trusted adult. One record per person, shared by all their children.
final class FamilyMember: Model, @unchecked Sendable {
    static let schema = "family_members"

    @ID(key: .id) var id: UUID?
    @Parent(key: "organisation_id") var organisation: Organisation
    @OptionalField(key: "sourced_id") var sourcedID: String?
    @Field(key: "given_name") var givenName: String
    @Field(key: "family_name") var familyName: String
    /// Folded names for searching (see `NameSearch`); kept in step by `setNames`.
    @Field(key: "search_name") var searchName: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    /// BCP 47 code of the language they would like to read and speak in.
    @Field(key: "preferred_language") var preferredLanguage: String
    @Enum(key: "preferred_contact") var preferredContact: ContactChannel
    @Enum(key: "preferred_meeting_mode") var preferredMeetingMode: MeetingMode
    @Field(key: "needs_interpreter") var needsInterpreter: Bool
    @OptionalField(key: "interpreter_language") var interpreterLanguage: String?
    @OptionalField(key: "accessibility_needs") var accessibilityNeeds: String?
    /// When set, this person never receives invitations or records (for example a court order).
    @OptionalField(key: "restriction") var restriction: String?
    /// When a restriction was last set; kept when it is lifted (see `ContactRule.openLink`).
    @OptionalField(key: "contact_stopped_at") var contactStoppedAt: Date?
    /// Set when they turned reminders off from their page; nil means reminders come.
    @OptionalField(key: "reminders_off_at") var remindersOffAt: Date?
    /// False once the roster marks the person `tobedeleted`; history stays.
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var displayName: String { "\(givenName) \(familyName)" }

    func setNames(given: String, family: String) {
        givenName = given
        familyName = family
        searchName = NameSearch.key([given, family])
    }

    var isRestricted: Bool { ContactRule.isRestriction(restriction) }

    var contactPerson: ContactRule.Person {
        .family(restriction: restriction, stoppedAt: contactStoppedAt)
    }
}

/// How one family member stands to one student.
final class StudentFamilyLink: Model, @unchecked Sendable {
    static let schema = "student_family_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: Student
    @Parent(key: "family_member_id") var familyMember: FamilyMember
    @Enum(key: "relationship") var relationship: FamilyRelationship
    @Field(key: "has_parental_responsibility") var hasParentalResponsibility: Bool
    @Field(key: "lives_with_student") var livesWithStudent: Bool

    init() {}

    init(
        studentID: UUID, familyMemberID: UUID, relationship: FamilyRelationship, parentalResponsibility: Bool,
        livesWith: Bool
    ) {
        self.$student.id = studentID
        self.$familyMember.id = familyMemberID
        self.relationship = relationship
        self.hasParentalResponsibility = parentalResponsibility
        self.livesWithStudent = livesWith
    }
}

/// A member of staff who works with a student (from class lists, or set by hand).
final class StaffStudentLink: Model, @unchecked Sendable {
    static let schema = "staff_student_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Parent(key: "student_id") var student: Student
    /// `roster` or `manual`: a later import replaces roster links and keeps manual ones.
    @Field(key: "source") var source: String

    init() {}

    init(userID: UUID, studentID: UUID, source: String) {
        self.$user.id = userID
        self.$student.id = studentID
        self.source = source
    }
}
