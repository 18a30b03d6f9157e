import Fluent

/// The lead's choice of page for a student participant; empty means "by age".
struct AddStudentPageVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(MeetingParticipant.schema).field("page_version", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(MeetingParticipant.schema).deleteField("page_version").update()
    }
}
