import Fluent

struct CreateMeetingRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingRequest.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id", onDelete: .cascade))
            .field("student_id", .uuid, .required, .references(Student.schema, "id", onDelete: .cascade))
            .field("family_member_id", .uuid, .required, .references(FamilyMember.schema, "id", onDelete: .cascade))
            .field(
                "participant_id", .uuid, .required, .references(MeetingParticipant.schema, "id", onDelete: .cascade)
            )
            .field("topic", .string, .required)
            .field("urgency", .string, .required)
            .field("suitable_times", .string)
            .field("status", .string, .required)
            .field("answer", .string)
            .field("meeting_id", .uuid, .references(Meeting.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex(on: MeetingRequest.schema, columns: ["school_id", "status"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingRequest.schema).delete()
    }
}
