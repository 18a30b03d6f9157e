import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

/// What the meeting's letters still state that its plan no longer says, while a change waits
/// to be told. No query otherwise; one when it does: the letters and the school's rooms.
enum StaleLetterRead {
    static func read(_ meeting: Meeting, timeZone: TimeZone, on db: any SQLDatabase) async throws -> [String] {
        guard meeting.changesPendingAt != nil, meeting.lifecycle.allows(.tellChanges),
            let startsAt = meeting.startsAt
        else { return [] }
        struct Row: Decodable {
            var kind: String
            var text: String
            var id: UUID
        }
        let rows = try await db.raw(
            """
            SELECT 'letter' AS kind, body AS text, meeting_id AS id FROM invitation_texts
                WHERE meeting_id = \(bind: try meeting.requireID())
            UNION ALL
            SELECT 'room' AS kind, name AS text, id FROM spaces WHERE school_id = \(bind: meeting.$school.id)
            """
        ).all(decoding: Row.self)
        let rooms = rows.filter { $0.kind == "room" }
        let plan = InvitationCheck.PlanNow(
            startsAt: startsAt, lengthMinutes: meeting.lengthMinutes,
            placeName: rooms.first { $0.id == meeting.$space.id }?.text,
            otherPlaces: rooms.filter { $0.id != meeting.$space.id }.map(\.text), timeZone: timeZone)
        var seen: Set<String> = []
        return rows.filter { $0.kind == "letter" }.flatMap { InvitationCheck.staleDetails(in: $0.text, plan: plan) }
            .filter { seen.insert($0).inserted }
    }
}
