import Fluent
import Foundation
import RoundtableCore
import SQLKit

extension Meetings {
    /// Holds the meeting's row until the transaction ends, so that writers of its agenda take
    /// turns: two moves at once each read the order the other left, and positions stay 0..<n
    /// without duplicates. (SQLite's transactions already take turns; PostgreSQL's row lock
    /// makes the second wait here.)
    static func lockAgenda(of meetingID: UUID, on db: any Database) async throws {
        try await db.sql().raw("UPDATE meetings SET run_revision = run_revision WHERE id = \(bind: meetingID)").run()
    }

    /// The item's words and minutes, and its place (`AgendaOrder`), in one transaction. A
    /// place beyond the end (an item went meanwhile) means last. False when the item is not
    /// on this meeting's agenda.
    static func changeAgendaItem(
        _ itemID: UUID, to checked: AgendaItemEditForm.Checked, in meeting: Meeting, context: AuditContext,
        on db: any Database
    ) async throws -> Bool {
        let meetingID = try meeting.requireID()
        return try await db.transaction { db in
            try await lockAgenda(of: meetingID, on: db)
            let items = try await AgendaItem.query(on: db).filter(\.$meeting.$id == meetingID)
                .sort(\.$position).sort(\.$id).all()
            guard let item = items.first(where: { $0.id == itemID }),
                let order = AgendaOrder.move(
                    itemID, to: min(checked.position, items.count), in: items.compactMap(\.id))
            else { return false }
            item.title = checked.item.title
            item.minutes = checked.item.minutes
            item.notes = checked.item.notes
            for (position, id) in order.enumerated() {
                if let moving = items.first(where: { $0.id == id }) { moving.position = position }
            }
            for changed in items where changed.hasChanges { try await changed.save(on: db) }
            try await audit(meeting, "Changed “\(checked.item.title)” on the agenda", context: context, on: db)
            return true
        }
    }
}
