import Fluent
import SQLKit

/// `follow_through_current`: each goal and action with where it stands now (the last line said
/// about it, or where every one starts) and its date (an action's due date; a goal's latest
/// review date). One definition, so the student's plan, the staff home page, reminders and the
/// API cannot disagree about what "open" or "due" means. A view, not a stored copy: the lines
/// are the truth and nothing has to be kept in step with them.
struct CreateFollowThroughView: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql().raw(
            """
            CREATE VIEW follow_through_current AS
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
        ).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql().raw("DROP VIEW follow_through_current").run()
    }
}
