import Fluent

/// What closing decided about each thing a meeting did not finish (issue 12).
struct CreateLooseEnds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LooseEnd.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("source", .string, .required)
            .field("ref_id", .uuid, .required)
            .field("title", .string, .required)
            .field("outcome", .string, .required)
            .field("reason", .string)
            .field("by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("at", .datetime, .required)
            // Closing answers once per thing; a second close cannot add a second answer.
            .unique(on: "meeting_id", "ref_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LooseEnd.schema).delete()
    }
}

/// Goals and actions the lead shared with a later meeting whose people differ (issue 12).
struct CreateCarriedShares: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CarriedShare.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(Meeting.schema, "id", onDelete: .cascade))
            .field("entry_id", .uuid, .required, .references(RecordEntry.schema, "id", onDelete: .cascade))
            .field("by_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("at", .datetime, .required)
            .unique(on: "meeting_id", "entry_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CarriedShare.schema).delete()
    }
}
