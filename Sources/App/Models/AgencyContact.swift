import Fluent
import Foundation

/// A person at an outside service (health, social care, a charity) who supports students
/// of one school. One record per person, shared by every student they support.
final class AgencyContact: Model, @unchecked Sendable {
    static let schema = "agency_contacts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    /// The service or organisation: "Children's mental health service".
    @Field(key: "agency") var agency: String
    @Field(key: "name") var name: String
    @OptionalField(key: "role") var role: String?
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// An agency contact's work with one student, and the consent that allows it.
final class StudentAgencyLink: Model, @unchecked Sendable {
    static let schema = "student_agency_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "student_id") var student: Student
    @Parent(key: "agency_contact_id") var agencyContact: AgencyContact
    /// Who agreed, in words: "Amira Haddad (mother)".
    @Field(key: "consent_from") var consentFrom: String
    @Field(key: "consent_date") var consentDate: Date
    @OptionalField(key: "consent_notes") var consentNotes: String?
    @OptionalParent(key: "recorded_by_id") var recordedBy: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
