import Fluent
import SQLKit

/// Each school's number of active students, kept exact by the database itself on every insert,
/// update and delete of a student (whoever writes: a form, the API, a roster import, a script).
/// The unfiltered student list shows this number instead of counting 60,000 index entries on
/// every page (8 ms on SQLite, and again on PostgreSQL). Triggers, not application code, so no
/// write path can forget it; the upsert is one statement, so writers at once cannot lose a count.
struct AddSchoolStudentCounts: AsyncMigration {
    static let table = "school_student_counts"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.table)
            .field("school_id", .uuid, .identifier(auto: false))
            .field("active", .int, .required)
            .create()
        let sql = try database.sql()
        try await sql.raw(
            """
            INSERT INTO school_student_counts (school_id, active)
            SELECT school_id, COUNT(*) FROM students WHERE is_active = \(bind: true) GROUP BY school_id
            """
        ).run()
        for statement in sql.dialect.name == "postgresql" ? Self.postgres : Self.sqlite {
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TRIGGER students_counted ON students").run()
            try await sql.raw("DROP TRIGGER students_counted_update ON students").run()
            try await sql.raw("DROP FUNCTION count_school_students()").run()
        } else {
            for name in ["students_counted_insert", "students_counted_delete", "students_counted_update"] {
                try await sql.raw(SQLQueryString("DROP TRIGGER \(name)")).run()
            }
        }
        try await database.schema(Self.table).delete()
    }

    static let sqlite = [
        """
        CREATE TRIGGER students_counted_insert AFTER INSERT ON students WHEN NEW.is_active
        BEGIN
            INSERT INTO school_student_counts (school_id, active) VALUES (NEW.school_id, 1)
            ON CONFLICT (school_id) DO UPDATE SET active = active + 1;
        END
        """,
        """
        CREATE TRIGGER students_counted_delete AFTER DELETE ON students WHEN OLD.is_active
        BEGIN
            UPDATE school_student_counts SET active = active - 1 WHERE school_id = OLD.school_id;
        END
        """,
        """
        CREATE TRIGGER students_counted_update AFTER UPDATE OF is_active, school_id ON students
        WHEN OLD.is_active IS NOT NEW.is_active OR OLD.school_id IS NOT NEW.school_id
        BEGIN
            UPDATE school_student_counts SET active = active - 1
            WHERE OLD.is_active AND school_id = OLD.school_id;
            INSERT INTO school_student_counts (school_id, active) SELECT NEW.school_id, 1 WHERE NEW.is_active
            ON CONFLICT (school_id) DO UPDATE SET active = active + 1;
        END
        """,
    ]

    static let postgres = [
        """
        CREATE FUNCTION count_school_students() RETURNS trigger AS $$
        BEGIN
            IF TG_OP <> 'INSERT' AND OLD.is_active THEN
                UPDATE school_student_counts SET active = active - 1 WHERE school_id = OLD.school_id;
            END IF;
            IF TG_OP <> 'DELETE' AND NEW.is_active THEN
                INSERT INTO school_student_counts AS c (school_id, active) VALUES (NEW.school_id, 1)
                ON CONFLICT (school_id) DO UPDATE SET active = c.active + 1;
            END IF;
            RETURN NULL;
        END;
        $$ LANGUAGE plpgsql
        """,
        """
        CREATE TRIGGER students_counted AFTER INSERT OR DELETE ON students
        FOR EACH ROW EXECUTE FUNCTION count_school_students()
        """,
        """
        CREATE TRIGGER students_counted_update AFTER UPDATE OF is_active, school_id ON students
        FOR EACH ROW WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.school_id IS DISTINCT FROM NEW.school_id)
        EXECUTE FUNCTION count_school_students()
        """,
    ]
}
