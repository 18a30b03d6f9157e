import Fluent
import Foundation
import RoundtableCore
import SQLKit

/// Records that a personal page was opened, once per visit (`LinkVisit`): reloads within a
/// visit write nothing, and of two opens at the same moment only one is recorded.
enum LinkVisits {
    /// Marks the link used at `now` if this open starts a new visit, and audits the visit.
    /// Within a visit, a page that showed "what changed since you last looked" also marks the
    /// link used (without a second audit entry), so what was seen is not shown as new again.
    /// Returns whether a new visit was recorded.
    @discardableResult
    static func record(
        _ link: ParticipantLink, participant: MeetingParticipant, meeting: Meeting, showedChanges: Bool,
        context: AuditContext, now: Date, on db: any Database
    ) async throws -> Bool {
        guard LinkVisit.isNew(lastUsedAt: link.lastUsedAt, now: now) else {
            if showedChanges {
                try await db.sql().update(ParticipantLink.schema).set("last_used_at", to: now)
                    .where("id", .equal, link.requireID()).run()
            }
            return false
        }
        return try await db.transaction { db in
            let started = try await db.sql().raw(
                """
                UPDATE participant_links SET last_used_at = \(bind: now)
                WHERE id = \(bind: link.requireID())
                AND (last_used_at IS NULL OR last_used_at <= \(bind: LinkVisit.visitStart(now: now))
                    OR last_used_at > \(bind: now))
                RETURNING id
                """
            ).all()
            guard !started.isEmpty else { return false }
            try await AuditLog.record(
                .participantPageOpened, on: db, context: context, schoolID: meeting.$school.id,
                subjectType: "meeting", subjectID: meeting.id, summary: participant.role)
            return true
        }
    }
}
