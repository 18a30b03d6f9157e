import Fluent
import SQLKit

/// Where each goal and action stands, stored on its entry (`current_status`, `current_review`)
/// instead of worked out from its lines on every read. The staff work count runs on every staff
/// page and read `follow_through_current` for each goal and action of the person's meetings:
/// with 1,000 entries that was four correlated subqueries an entry, 4 ms of the home page's
/// query on SQLite (see docs/DECISIONS.md). Triggers on each new line work the two columns out
/// again from the lines, in the line's own statement and transaction, whoever writes it (the
/// app, the demo, a script), so the copy cannot drift from the lines. `follow_through_current`
/// keeps its columns, so no reader changes. An entry with no line yet keeps NULL (the view
/// says where every goal or action starts).
struct StoreFollowThroughState: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        try await database.schema(RecordEntry.schema).field("current_status", .string).update()
        try await database.schema(RecordEntry.schema).field("current_review", .datetime).update()
        let sql = try database.sql()
        try await sql.raw(SQLQueryString(Self.workOut(where: "kind IN ('goal', 'action')"))).run()
        for statement in sql.dialect.name == "postgresql" ? Self.postgres : Self.sqlite {
            try await sql.raw(SQLQueryString(statement)).run()
        }
        try await sql.raw("DROP VIEW follow_through_current").run()
        try await sql.raw(SQLQueryString("CREATE VIEW follow_through_current AS " + Self.view)).run()
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER action_status_updates_current ON action_status_updates").run()
            try await sql.raw("DROP TRIGGER goal_progress_updates_current ON goal_progress_updates").run()
            try await sql.raw("DROP FUNCTION follow_through_line_added()").run()
        } else {
            try await sql.raw("DROP TRIGGER action_status_updates_current").run()
            try await sql.raw("DROP TRIGGER goal_progress_updates_current").run()
        }
        try await sql.raw("DROP VIEW follow_through_current").run()
        try await sql.raw(SQLQueryString("CREATE VIEW follow_through_current AS " + CreateFollowThroughView.fromLines))
            .run()
        // One column a statement: SQLite drops one at a time.
        try await database.schema(RecordEntry.schema).deleteField("current_review").update()
        try await database.schema(RecordEntry.schema).deleteField("current_status").update()
    }

    /// The same columns as before, read from the entry.
    static let view = """
        SELECT e.id AS entry_id, e.meeting_id, e.kind, e.label, e.text, e.author_id,
            COALESCE(e.current_status, CASE WHEN e.kind = 'action' THEN 'open' ELSE 'not_started' END) AS status,
            COALESCE(e.current_review, e.date) AS due
        FROM record_entries e
        WHERE e.kind IN ('goal', 'action')
        """

    /// The last line's status and the latest review date said, exactly as
    /// `CreateFollowThroughView.fromLines` orders the lines (time, then id).
    static func workOut(where condition: String) -> String {
        """
        UPDATE record_entries SET
            current_status = CASE WHEN kind = 'action'
                THEN (SELECT a.status FROM action_status_updates a WHERE a.entry_id = record_entries.id
                      ORDER BY a.at DESC, a.id DESC LIMIT 1)
                ELSE (SELECT g.status FROM goal_progress_updates g WHERE g.entry_id = record_entries.id
                      ORDER BY g.at DESC, g.id DESC LIMIT 1)
            END,
            current_review = (SELECT g.next_review FROM goal_progress_updates g
                WHERE g.entry_id = record_entries.id AND g.next_review IS NOT NULL
                ORDER BY g.at DESC, g.id DESC LIMIT 1)
        WHERE \(condition)
        """
    }

    static let sqlite = ["action_status_updates", "goal_progress_updates"].map { table in
        """
        CREATE TRIGGER \(table)_current AFTER INSERT ON \(table)
        BEGIN
            \(workOut(where: "id = NEW.entry_id"));
        END
        """
    }

    static let postgres =
        [
            """
            CREATE FUNCTION follow_through_line_added() RETURNS trigger AS $$
            BEGIN
                \(workOut(where: "id = NEW.entry_id"));
                RETURN NULL;
            END
            $$ LANGUAGE plpgsql
            """
        ]
        + ["action_status_updates", "goal_progress_updates"].map { table in
            """
            CREATE TRIGGER \(table)_current AFTER INSERT ON \(table)
            FOR EACH ROW EXECUTE PROCEDURE follow_through_line_added()
            """
        }
}
