import Fluent
import Foundation

/// The groups one student of a meeting belonged to when it closed (Core `GroupAttributes`),
/// kept so later changes to the student or their family do not rewrite insight figures.
final class MeetingGroupSnapshot: Model, @unchecked Sendable {
    static let schema = "meeting_group_snapshots"

    @ID(key: .id) var id: UUID?
    @Parent(key: "meeting_id") var meeting: Meeting
    @Parent(key: "student_id") var student: Student
    @Field(key: "year_group") var yearGroup: Int
    @OptionalField(key: "home_language") var homeLanguage: String?
    @Field(key: "needs_interpreter") var needsInterpreter: Bool
    @Field(key: "special_needs") var specialNeeds: Bool
    @Field(key: "separated_parents") var separatedParents: Bool
    /// `RecordedSex`; nil when the roster did not give it.
    @OptionalField(key: "sex") var sex: String?
    @Field(key: "disadvantaged") var disadvantaged: Bool
    @Field(key: "recorded_at") var recordedAt: Date
    /// Written by the backfill from the values current then, not at the close itself.
    @Field(key: "backfilled") var backfilled: Bool

    init() {}
}

/// One of the school's terms (Core `SchoolTerm`); days as "YYYY-MM-DD", which sort as dates
/// on both databases.
final class SchoolTermRecord: Model, @unchecked Sendable {
    static let schema = "school_terms"

    @ID(key: .id) var id: UUID?
    @Parent(key: "school_id") var school: School
    @Field(key: "name") var name: String
    @Field(key: "start_day") var startDay: String
    @Field(key: "end_day") var endDay: String
    @OptionalField(key: "saved_at") var savedAt: Date?

    init() {}
}
