import Fluent
import SQLKit

/// The audit log, made append-only by the database itself: even a bug or a careless query
/// in the application cannot rewrite history.
struct CreateAuditEvent: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEvent.schema)
            .id()
            .field("occurred_at", .datetime, .required)
            .field("organisation_id", .uuid)
            .field("school_id", .uuid)
            .field("actor_id", .uuid)
            .field("actor_name", .string)
            .field("action", .string, .required)
            .field("subject_type", .string)
            .field("subject_id", .uuid)
            .field("summary", .string)
            .field("ip_address", .string)
            .field("request_id", .string)
            .create()
        try await database.createIndex(on: AuditEvent.schema, columns: ["organisation_id", "occurred_at"])
        try await database.createIndex(on: AuditEvent.schema, columns: ["school_id", "occurred_at"])

        let sql = try database.sql()
        switch sql.dialect.name {
        case "postgresql":
            try await sql.raw(
                """
                CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END;
                $$ LANGUAGE plpgsql
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """
            ).run()
        default:
            try await sql.raw(
                """
                CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """
            ).run()
            try await sql.raw(
                """
                CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """
            ).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = try database.sql()
        try await database.schema(AuditEvent.schema).delete()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP FUNCTION IF EXISTS audit_events_append_only()").run()
        }
    }
}
