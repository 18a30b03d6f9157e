import Fluent
import Foundation
import RoundtableCore
import SQLKit

extension Meetings {
    /// Moves the meeting from the state it was read in to `next` in one conditional statement,
    /// inside the caller's transaction. Of two requests racing (a double click, two tabs, two
    /// members of staff), one moves it and the other is refused with `refusal`, so what follows
    /// a move (invitations, cancellations) happens once.
    static func move(_ meeting: Meeting, to next: MeetingState, refusal: String, on db: any Database) async throws {
        let moved = try await db.sql().raw(
            """
            UPDATE meetings SET state = \(bind: next.rawValue)
            WHERE id = \(bind: meeting.requireID()) AND state = \(bind: meeting.state.rawValue)
            RETURNING id
            """
        ).all()
        guard !moved.isEmpty else { throw AppError.badRequest(refusal) }
        meeting.state = next
    }
}
