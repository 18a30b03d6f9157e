import Fluent

struct CreateAgencies: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgencyContact.schema)
            .id()
            .field("school_id", .uuid, .required, .references(School.schema, "id", onDelete: .cascade))
            .field("agency", .string, .required)
            .field("name", .string, .required)
            .field("role", .string)
            .field("email", .string)
            .field("phone", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.createIndex(on: AgencyContact.schema, columns: ["school_id", "agency"])
        try await database.schema(StudentAgencyLink.schema)
            .id()
            .field("student_id", .uuid, .required, .references(Student.schema, "id", onDelete: .cascade))
            .field(
                "agency_contact_id", .uuid, .required, .references(AgencyContact.schema, "id", onDelete: .cascade)
            )
            .field("consent_from", .string, .required)
            .field("consent_date", .date, .required)
            .field("consent_notes", .string)
            .field("recorded_by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .unique(on: "student_id", "agency_contact_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StudentAgencyLink.schema).delete()
        try await database.schema(AgencyContact.schema).delete()
    }
}
