import Foundation
import RoundtableCore
import RoundtableViews
import SQLKit

extension AgendaItemPage {
    /// One query: the meeting's agenda in order, for the item and the places around it. Nil
    /// when the item is not on this meeting's agenda.
    static func read(
        _ context: MeetingContext, item itemID: AgendaItemID, on db: any SQLDatabase
    ) async throws
        -> AgendaItemPage?
    {
        struct Row: Decodable {
            var id: UUID
            var title: String
            var minutes: Int
            var notes: String?
            var proposed_by: String
            var proposed_by_participant_id: UUID?
        }
        let meetingID = try context.meeting.requireID()
        let rows = try await db.raw(
            """
            SELECT id, title, minutes, notes, proposed_by, proposed_by_participant_id FROM agenda_items
            WHERE meeting_id = \(bind: meetingID) ORDER BY position, id
            """
        ).all(decoding: Row.self)
        guard let index = rows.firstIndex(where: { $0.id == itemID.rawValue }) else { return nil }
        let row = rows[index]
        return AgendaItemPage(
            meetingID: MeetingID(meetingID), itemID: itemID, type: context.meeting.type,
            studentNames: context.students.map(\.displayName), proposedBy: row.proposed_by,
            wordsLocked: !AgendaItemEditForm.mayChangeWords(addedByParticipant: row.proposed_by_participant_id != nil),
            otherTitles: rows.filter { $0.id != row.id }.map(\.title),
            form: AgendaItemEditForm(
                item: AgendaItemForm(title: row.title, minutes: String(row.minutes), notes: row.notes ?? ""),
                position: String(index + 1)))
    }
}
