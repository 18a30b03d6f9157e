import Fluent
import SQLKit

/// Emails sent before delivery tracking (`AddDeliveryTracking`) name no participant, so the
/// meeting page said "Nothing sent" for people whose email the outbox holds. Each such email
/// about a meeting is given the participant it was for: the family member it names, else the
/// member of staff or agency contact at its address.
struct BackfillDeliveryParticipants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql().raw(
            """
            UPDATE outbox_messages SET participant_id = (
                SELECT p.id FROM meeting_participants p
                LEFT JOIN users u ON u.id = p.user_id
                LEFT JOIN agency_contacts a ON a.id = p.agency_contact_id
                WHERE p.meeting_id = outbox_messages.meeting_id AND (
                    (outbox_messages.family_member_id IS NOT NULL
                        AND p.family_member_id = outbox_messages.family_member_id)
                    OR (outbox_messages.family_member_id IS NULL AND p.family_member_id IS NULL
                        AND (LOWER(u.email) = LOWER(outbox_messages.to_email)
                            OR LOWER(a.email) = LOWER(outbox_messages.to_email))))
                ORDER BY p.created_at LIMIT 1)
            WHERE participant_id IS NULL AND meeting_id IS NOT NULL
            """
        ).run()
    }

    /// Nothing to undo: which rows were filled in is not kept, and the filled-in participant is
    /// what the row would have held had tracking existed when it was sent.
    func revert(on database: any Database) async throws {}
}
