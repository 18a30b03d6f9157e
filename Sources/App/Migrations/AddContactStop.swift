import Fluent
import Foundation
import SQLKit

/// A contact restriction stops a person's links from the moment it is set, and their queued
/// mail with them: the time of the stop on the person, and on each email whom it is for.
struct AddContactStop: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FamilyMember.schema).field("contact_stopped_at", .datetime).update()
        try await database.schema(OutboxMessage.schema).field("family_member_id", .uuid).update()
        try await database.createIndex(on: OutboxMessage.schema, columns: ["family_member_id", "status"])
        // Mail queued before this change has no person on it: find them by address, within
        // the school's organisation, so a restriction can withdraw it too.
        try await database.sql().raw(
            """
            UPDATE outbox_messages SET family_member_id = (
                SELECT f.id FROM family_members f JOIN schools s ON s.organisation_id = f.organisation_id
                WHERE s.id = outbox_messages.school_id AND lower(f.email) = lower(outbox_messages.to_email)
                LIMIT 1)
            WHERE family_member_id IS NULL
            """
        ).run()
        // Restrictions already set stop links from now on, as a new one would.
        let now = Date()
        // Only the columns that exist at this point: the model has since grown (reminders_off_at).
        for member in try await FamilyMember.query(on: database).filter(\.$restriction != nil)
            .field(\.$id).field(\.$restriction).all()
        where member.isRestricted {
            try await ContactStop.stop(member, now: now, on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql().drop(index: "idx_outbox_messages_family_member_id_status").run()
        try await database.schema(OutboxMessage.schema).deleteField("family_member_id").update()
        try await database.schema(FamilyMember.schema).deleteField("contact_stopped_at").update()
    }
}
