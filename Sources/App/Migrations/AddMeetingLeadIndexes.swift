import Fluent
import SQLKit

/// Every staff page counts what needs the person (`StaffWorkRead`), starting from the meetings
/// they lead (or planned, when nobody leads): without these, that is a walk through every
/// meeting of every school on each page.
struct AddMeetingLeadIndexes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createIndex(on: Meeting.schema, columns: ["lead_id"])
        try await database.createIndex(on: Meeting.schema, columns: ["created_by_id"])
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "idx_meetings_created_by_id").run()
        try await database.sql().drop(index: "idx_meetings_lead_id").run()
    }
}
