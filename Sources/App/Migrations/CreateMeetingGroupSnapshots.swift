import Fluent
import Foundation
import SQLKit

/// Sex as the roster's demographics.csv gives it (issue 15); null when it did not.
struct AddStudentSex: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Student.schema).field("sex", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Student.schema).deleteField("sex").update()
    }
}

/// Each student's groups as they were when their meeting closed (issue 15). Meetings closed
/// before this table existed are filled in from the values current now, marked `backfilled`
/// (see docs/DECISIONS.md).
struct CreateMeetingGroupSnapshots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingGroupSnapshot.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references(Student.schema, "id", onDelete: .cascade))
            .field("year_group", .int, .required)
            .field("home_language", .string)
            .field("needs_interpreter", .bool, .required)
            .field("special_needs", .bool, .required)
            .field("separated_parents", .bool, .required)
            .field("sex", .string)
            .field("disadvantaged", .bool, .required)
            .field("recorded_at", .datetime, .required)
            .field("backfilled", .bool, .required)
            .unique(on: "meeting_id", "student_id")
            .create()
        try await database.createIndex(on: MeetingGroupSnapshot.schema, columns: ["student_id"])
        try await GroupSnapshots.backfill(on: database.sql(), now: Date())
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingGroupSnapshot.schema).delete()
    }
}

/// The school's terms, for counting insight figures by term (issue 15).
struct CreateSchoolTerms: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SchoolTermRecord.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("start_day", .string, .required)
            .field("end_day", .string, .required)
            .unique(on: "school_id", "start_day")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SchoolTermRecord.schema).delete()
    }
}
