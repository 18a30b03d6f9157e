import FluentKit
import SQLKit
import Vapor

extension Request {
    /// The request's database as SQL. Page reads use it to decode rows straight into their
    /// view model, without Fluent's model reflection; both SQLite and PostgreSQL speak it.
    var sql: any SQLDatabase {
        guard let sql = db as? any SQLDatabase else {
            preconditionFailure("Roundtable runs only on SQL databases (SQLite, PostgreSQL)")
        }
        return sql
    }
}
