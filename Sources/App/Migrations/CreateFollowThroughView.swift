import Fluent
import SQLKit

/// `follow_through_current`: each goal and action with where it stands now (the last line said
/// about it, or where every one starts) and its date (an action's due date; a goal's latest
/// review date). One definition, so the student's plan, the staff home page, reminders and the
/// API cannot disagree about what "open" or "due" means. The lines are the truth; since
/// `StoreFollowThroughState` the view reads a copy of this, kept by triggers on each new line.
struct CreateFollowThroughView: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql().raw(SQLQueryString("CREATE VIEW follow_through_current AS " + Self.fromLines)).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().raw("DROP VIEW follow_through_current").run()
    }

    /// Where each goal and action stands, worked out from its lines (`StoreFollowThroughState`
    /// fills its copy from this, and puts it back on revert).
    static let fromLines = """
        SELECT e.id AS entry_id, e.meeting_id, e.kind, e.label, e.text, e.author_id,
            COALESCE(
                CASE WHEN e.kind = 'action'
                    THEN (SELECT a.status FROM action_status_updates a WHERE a.entry_id = e.id
                          ORDER BY a.at DESC, a.id DESC LIMIT 1)
                    ELSE (SELECT g.status FROM goal_progress_updates g WHERE g.entry_id = e.id
                          ORDER BY g.at DESC, g.id DESC LIMIT 1)
                END,
                CASE WHEN e.kind = 'action' THEN 'open' ELSE 'not_started' END) AS status,
            COALESCE(
                (SELECT g.next_review FROM goal_progress_updates g
                 WHERE g.entry_id = e.id AND g.next_review IS NOT NULL
                 ORDER BY g.at DESC, g.id DESC LIMIT 1),
                e.date) AS due
        FROM record_entries e
        WHERE e.kind IN ('goal', 'action')
        """
}
