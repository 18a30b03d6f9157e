import Fluent
import Foundation
import RoundtableCore
import RoundtableViews

/// The person at the centre of every meeting.
final class Student: Model, @unchecked Sendable {
    static let schema = "students"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    /// The identifier in the school's roster export (OneRoster `sourcedId`), when imported.
    @OptionalField(key: "sourced_id") var sourcedID: String?
    @Field(key: "legal_given_name") var legalGivenName: String
    @Field(key: "legal_family_name") var legalFamilyName: String
    /// The name the student goes by; shown everywhere a name is shown.
    @OptionalField(key: "preferred_name") var preferredName: String?
    /// Folded names for searching (see `NameSearch`); kept in step by `setNames`.
    @Field(key: "search_name") var searchName: String
    /// Unknown when the roster has no demographics.
    @OptionalField(key: "date_of_birth") var dateOfBirth: Date?
    /// The school's year or grade number (Year 7, Grade 2, ...).
    @Field(key: "year_group") var yearGroup: Int
    /// The form (tutor group) as the school names it, like "7A".
    @OptionalField(key: "form_group") var formGroup: String?
    /// Language codes (BCP 47) spoken at home, most used first.
    @Field(key: "home_languages") var homeLanguages: [String]
    @Field(key: "has_special_needs") var hasSpecialNeeds: Bool
    @Field(key: "is_disadvantaged") var isDisadvantaged: Bool
    /// `RecordedSex` from the roster's demographics.csv; nil when it did not say.
    @OptionalField(key: "sex") var sex: String?
    @Field(key: "learns_english_as_additional_language") var learnsEnglishAsAdditionalLanguage: Bool
    /// In the student's own words, when they want to say it.
    @OptionalField(key: "what_helps_me") var whatHelpsMe: String?
    @Field(key: "is_active") var isActive: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    var displayName: String { "\(preferredName ?? legalGivenName) \(legalFamilyName)" }

    /// "García, Lucía (Lucy)": sorted lists read best by family name.
    var listName: String {
        let preferred = preferredName.map { " (\($0))" } ?? ""
        return "\(legalFamilyName), \(legalGivenName)\(preferred)"
    }

    func setNames(given: String, family: String, preferred: String?) {
        legalGivenName = given
        legalFamilyName = family
        preferredName = preferred.flatMap { $0.isEmpty ? nil : $0 }
        searchName = NameSearch.key([given, family, preferredName])
    }

    var facts: StudentFacts {
        StudentFacts(
            schoolID: $school.id, organisationID: organisationID ?? UUID(), yearGroup: yearGroup,
            hasSpecialNeeds: hasSpecialNeeds)
    }

    /// Set by queries that join the school, for the access check.
    var organisationID: UUID?
}
