import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension MeetingPage {
    /// How each person was reached, once the meeting is shared: one query for the page (each
    /// person's address, their newest email's status, and their hand-over and reminder marks),
    /// none before sharing. The states are `DeliveryState`'s and `ReplyChase`'s to decide.
    static func readDelivery(
        for page: MeetingPage, lifecycle: MeetingLifecycle, mailConfigured: Bool, on db: any SQLDatabase
    ) async throws -> Delivery? {
        guard page.sharing.hasBeenShared else { return nil }
        let rows = try await db.raw(
            """
            SELECT p.id, p.handed_count, p.handed_at,
                CASE p.kind WHEN 'family' THEN f.email WHEN 'staff' THEN u.email WHEN 'agency' THEN a.email END
                    AS email,
                (SELECT o.status FROM outbox_messages o WHERE o.participant_id = p.id
                    ORDER BY o.created_at DESC LIMIT 1) AS last_status,
                (SELECT COALESCE(o.sent_at, o.next_attempt_at) FROM outbox_messages o WHERE o.participant_id = p.id
                    ORDER BY o.created_at DESC LIMIT 1) AS last_at
            FROM meeting_participants p
            LEFT JOIN family_members f ON f.id = p.family_member_id
            LEFT JOIN users u ON u.id = p.user_id
            LEFT JOIN agency_contacts a ON a.id = p.agency_contact_id
            WHERE p.meeting_id = \(bind: page.id.rawValue)
            """
        ).all(decoding: DeliveryRow.self)
        let byID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let mayIssue = lifecycle.allows(.issueLink)
        return Delivery(
            mailConfigured: mailConfigured,
            rows: page.people.compactMap { person in
                guard let row = byID[person.id.rawValue] else { return nil }
                let contact = ContactRule.Person(kind: person.kind, restricted: person.isContactRestricted)
                let hasEmail = row.email.flatMap(EmailAddress.init) != nil
                return Delivery.Row(
                    id: person.id, name: person.name, role: person.role,
                    state: DeliveryState.of(
                        contact: contact, hasEmail: hasEmail,
                        latest: row.last_status.flatMap(DeliveryState.Message.init(rawValue:)).map {
                            ($0, row.last_at)
                        }, handedAt: row.handed_at),
                    handedCount: row.handed_count,
                    mayHandOver: mayIssue && ContactRule.mayHandOver(contact),
                    chase: lifecycle.allows(.reply)
                        ? ReplyChase.way(
                            kind: person.kind, contact: contact, hasReplied: person.reply != nil, hasEmail: hasEmail,
                            mailConfigured: mailConfigured)
                        : nil)
            }, mayAct: page.flags.mayChange)
    }

    struct DeliveryRow: Decodable {
        var id: UUID
        var handed_count: Int
        var handed_at: Date?
        var email: String?
        var last_status: String?
        var last_at: Date?
    }
}
