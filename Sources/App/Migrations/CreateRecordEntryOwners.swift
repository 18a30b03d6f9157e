import Fluent

/// The people who own a goal or an action, chosen from the meeting's people (issue 12). The
/// record's `owners` text stays as the names read at the time, for old entries and exports.
struct CreateRecordEntryOwners: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RecordEntryOwner.schema)
            .id()
            .field("entry_id", .uuid, .required, .references(RecordEntry.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("user_id", .uuid, .references(User.schema, "id", onDelete: .cascade))
            .field("family_member_id", .uuid, .references(FamilyMember.schema, "id", onDelete: .cascade))
            .field("student_id", .uuid, .references(Student.schema, "id", onDelete: .cascade))
            .field("agency_contact_id", .uuid, .references(AgencyContact.schema, "id", onDelete: .cascade))
            .create()
        try await database.createIndex(on: RecordEntryOwner.schema, columns: ["entry_id"])
        try await database.createIndex(on: RecordEntryOwner.schema, columns: ["user_id"])
        try await database.createIndex(on: RecordEntryOwner.schema, columns: ["family_member_id"])
        try await database.createIndex(on: RecordEntryOwner.schema, columns: ["student_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RecordEntryOwner.schema).delete()
    }
}
